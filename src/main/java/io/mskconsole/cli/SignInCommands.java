package io.mskconsole.cli;

import io.mskconsole.core.account.Account;
import io.mskconsole.core.account.AccountSignIn;

/** What the sign-in commands share: the sign-in the options name, or a usage error saying why there is none. */
final class SignInCommands {
    private SignInCommands() {
    }

    /**
     * The IAM Identity Center sign-in of {@code --profile} (or of the Sandbox with {@code --sandbox}).
     *
     * @throws CliFailure (usage) when the profile does not sign in through IAM Identity Center
     */
    static AccountSignIn signInOf(CliEnvironment env, GlobalOptions global) {
        if (global.account != null || global.role != null) {
            throw CliFailure.usage("--account and --role choose an account to work in; signing in and listing "
                    + "accounts are done for the profile's sign-in: leave them out.");
        }
        Account account = Connection.signInAccount(env.accounts().profiles(), global);
        if (!account.isSandbox() && !env.accounts().profiles().profiles().contains(account.profile())) {
            // opening it says where the profiles were looked for
            env.accounts().profiles().open(account.profile()).close();
        }
        return env.accounts().signInOf(account).orElseThrow(() -> CliFailure.usage(Connection.label(account)
                + " does not sign in through IAM Identity Center (it has no sso_session or sso_start_url). Name an "
                + "SSO profile with --profile, or make one with `aws configure sso`."));
    }
}
