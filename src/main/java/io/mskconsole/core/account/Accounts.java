package io.mskconsole.core.account;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Every account the app can open: the Sandbox, the AWS profiles, and the accounts and roles an IAM Identity Center
 * sign-in grants. The windows and the headless commands both open accounts through this, so they run on the same
 * code.
 */
public final class Accounts {
    private final ProfileDirectory profiles;
    private final Supplier<Session> sandbox;
    private final SandboxSignIn sandboxSignIn;

    /**
     * The Sandbox's sample sign-in and the sessions of the accounts it grants.
     *
     * @param signIn the sample login, served offline
     * @param roles  opens a granted account and role of the sample login
     */
    public record SandboxSignIn(AccountSignIn signIn, Function<AccountRole, Session> roles) {
    }

    public Accounts(ProfileDirectory profiles, Supplier<Session> sandbox) {
        this(profiles, sandbox, null);
    }

    /** @param sandboxSignIn the Sandbox's sample sign-in, or null for none */
    public Accounts(ProfileDirectory profiles, Supplier<Session> sandbox, SandboxSignIn sandboxSignIn) {
        this.profiles = profiles;
        this.sandbox = sandbox;
        this.sandboxSignIn = sandboxSignIn;
    }

    public ProfileDirectory profiles() {
        return profiles;
    }

    /**
     * The Sandbox first, then the profiles, then the accounts granted by the sign-ins whose accounts were listed
     * since they signed in (asking no portal: see {@link #grantedAccounts}). Reads the shared config files: not on
     * the UI thread.
     */
    public List<Account> list() {
        Set<Account> accounts = new LinkedHashSet<>();
        accounts.add(Account.SANDBOX);
        profiles.profiles().forEach(name -> accounts.add(Account.profile(name)));
        for (AccountSignIn signIn : signIns()) {
            accounts.addAll(signIn.knownGrantedAccounts());
        }
        return List.copyOf(accounts);
    }

    /**
     * The accounts granted by every sign-in that is signed in, asking each portal once (then remembered until it
     * signs in or out again). A sign-in that cannot be asked is left out; its failure is passed to
     * {@code failed}.
     */
    public List<Account> grantedAccounts(BiConsumer<AccountSignIn, RuntimeException> failed) {
        List<Account> granted = new ArrayList<>();
        for (AccountSignIn signIn : signIns()) {
            try {
                // a session that has ended (a refresh token the portal no longer takes) is simply not signed in
                if (signIn.working()) {
                    granted.addAll(signIn.grantedAccounts(false));
                }
            } catch (RuntimeException e) {
                failed.accept(signIn, e);
            }
        }
        return List.copyOf(granted);
    }

    /** The sign-ins of the profiles (one per login) and the Sandbox's, the Sandbox's first. */
    public List<AccountSignIn> signIns() {
        List<AccountSignIn> all = new ArrayList<>();
        if (sandboxSignIn != null) {
            all.add(sandboxSignIn.signIn());
        }
        all.addAll(profiles.signIns());
        return List.copyOf(all);
    }

    /** The sign-in an account (or the account it was granted through) goes through, if it is an SSO account. */
    public Optional<AccountSignIn> signInOf(Account account) {
        if (account.isSandbox()) {
            return Optional.ofNullable(sandboxSignIn).map(SandboxSignIn::signIn);
        }
        return profiles.signInOf(account.profile());
    }

    public Session open(Account account) {
        if (account.isSandbox()) {
            if (account.role() != null && sandboxSignIn != null) {
                return sandboxSignIn.roles().apply(account.role());
            }
            return sandbox.get();
        }
        return profiles.open(account);
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
