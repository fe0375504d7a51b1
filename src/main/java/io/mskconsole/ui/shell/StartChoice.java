package io.mskconsole.ui.shell;

import io.mskconsole.core.account.Account;
import io.mskconsole.core.account.Accounts;
import io.mskconsole.core.account.LastUsed;
import io.mskconsole.ui.common.Messages;
import java.util.List;
import java.util.stream.Stream;

/**
 * What the main window opens on at start: the accounts to offer, the one to open and its region, and what to say
 * about the choice. Reads the profiles: not on the UI thread.
 *
 * @param notice why the Sandbox (no credentials), or why only the Sandbox (profiles unreadable); "" otherwise
 */
record StartChoice(List<Account> accounts, Account account, String region, String notice) {
    static final String NO_CREDENTIALS = "No AWS credentials were found, so MSK Console opened the Sandbox: offline "
            + "sample data. Configure a profile (aws configure, or aws configure sso) to work with your clusters.";

    /**
     * The account given at start ({@code --sandbox}, {@code --profile}) if any, else the one remembered if it still
     * exists, else the starting account (AWS_PROFILE, default, or the Sandbox without credentials).
     *
     * @param forcedAccount the account given at start, or null
     * @param forcedRegion  the region given at start, or null (then the one remembered)
     */
    static StartChoice of(Accounts accounts, LastUsed remembered, Account forcedAccount, String forcedRegion) {
        String region = forcedRegion != null ? forcedRegion : remembered.region();
        List<Account> all;
        try {
            all = accounts.list();
        } catch (RuntimeException unreadable) {
            Account chosen = forcedAccount != null && forcedAccount.isSandbox() ? forcedAccount : Account.SANDBOX;
            return new StartChoice(List.of(Account.SANDBOX), chosen, region, "The AWS profiles could not be read, so "
                    + "only the Sandbox is offered: " + Messages.of(unreadable));
        }
        Account chosen = forcedAccount;
        if (chosen == null) {
            Account last = Account.fromKey(remembered.accountKey());
            if (grantedThroughAProfileThatExists(last, all)) {
                // its sign-in lists it again once asked; until then it is offered as remembered
                all = Stream.concat(all.stream(), Stream.of(last)).toList();
            }
            chosen = last != null && all.contains(last) ? last : accounts.startingAccount();
        }
        boolean noCredentials = forcedAccount == null && chosen.isSandbox()
                && !accounts.profiles().credentialsConfigured();
        return new StartChoice(all, chosen, region, noCredentials ? NO_CREDENTIALS : "");
    }

    /**
     * An account and role granted through a profile's sign-in, the profile still there: opened again at start. The
     * Sandbox's sample accounts are not: each run gives them fresh sample worlds, so there is nothing to go back to.
     */
    private static boolean grantedThroughAProfileThatExists(Account last, List<Account> all) {
        return last != null && last.role() != null && !last.isSandbox() && !all.contains(last)
                && all.contains(last.signInAccount());
    }
}
