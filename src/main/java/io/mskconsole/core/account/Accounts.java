package io.mskconsole.core.account;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Every account the app can open: the Sandbox and the AWS profiles. The windows and the headless commands both
 * open accounts through this, so they run on the same code.
 */
public final class Accounts {
    private final ProfileDirectory profiles;
    private final Supplier<Session> sandbox;

    public Accounts(ProfileDirectory profiles, Supplier<Session> sandbox) {
        this.profiles = profiles;
        this.sandbox = sandbox;
    }

    public ProfileDirectory profiles() {
        return profiles;
    }

    /** The Sandbox first, then the profiles. Reads the shared config files: not on the UI thread. */
    public List<Account> list() {
        List<Account> accounts = new ArrayList<>();
        accounts.add(Account.SANDBOX);
        profiles.profiles().forEach(name -> accounts.add(Account.profile(name)));
        return List.copyOf(accounts);
    }

    public Session open(Account account) {
        return account.isSandbox() ? sandbox.get() : profiles.open(account.profile());
    }

    /**
     * The account to start on when none is remembered: the default profile where credentials are configured,
     * otherwise the Sandbox.
     */
    public Account startingAccount() {
        if (!profiles.credentialsConfigured()) {
            return Account.SANDBOX;
        }
        return profiles.defaultProfile()
                .map(Account::profile)
                .or(() -> profiles.profiles().stream().findFirst().map(Account::profile))
                .orElse(Account.SANDBOX);
    }
}
