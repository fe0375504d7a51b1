package io.mskconsole.cli;

import io.mskconsole.core.account.AccountSignIn;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code msk-console logout}: signs out of the profile's IAM Identity Center sign-in, as {@code aws sso logout}. */
@Command(name = "logout", mixinStandardHelpOptions = true, versionProvider = CliVersion.class,
        description = "Sign out of the IAM Identity Center (SSO) session of --profile: the portal is told, and the "
                + "token is removed from the AWS CLI's cache (the AWS CLI is signed out too).")
final class LogoutCommand implements Callable<Integer> {
    private final CliEnvironment env;
    private final GlobalOptions global;

    LogoutCommand(CliEnvironment env, GlobalOptions global) {
        this.env = env;
        this.global = global;
    }

    @Override
    public Integer call() {
        AccountSignIn signIn = SignInCommands.signInOf(env, global);
        boolean wasSignedIn = signIn.state().signedIn();
        String note = signIn.signOut();
        env.err().println(!note.isEmpty() ? note : wasSignedIn ? "Signed out of " + signIn.describe() + "."
                : signIn.describe() + " was not signed in; nothing to sign out of.");
        return ExitCodes.OK;
    }
}
