package io.mskconsole.cli;

import io.mskconsole.core.account.AccountSignIn;
import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.signin.DeviceCode;
import io.mskconsole.core.signin.SignInPrompt;
import io.mskconsole.core.signin.SignInResult;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code msk-console login}: the window's Sign in, for scripts. IAM Identity Center's device authorization for the
 * profile's sign-in; the address and code on standard error (and the browser opened, unless {@code --no-browser});
 * the token written to the AWS CLI's cache, so {@code aws} commands share it. Exit 0 signed in, 1 refused or
 * expired, 130 on Ctrl-C.
 */
@Command(name = "login", mixinStandardHelpOptions = true, versionProvider = CliVersion.class,
        description = {"Sign in to the IAM Identity Center (SSO) session of --profile, as `aws sso login` does, and "
                + "share the sign-in with the AWS CLI.",
                "Exit codes: 0 signed in; 1 the code was refused or expired, or IAM Identity Center could not be "
                        + "reached; 2 not an SSO profile, or its settings are incomplete; 130 Ctrl-C."})
final class LoginCommand implements Callable<Integer> {
    private final CliEnvironment env;
    private final GlobalOptions global;

    @Option(names = "--no-browser", description = "Only print the address and code; do not open a browser.")
    boolean noBrowser;

    LoginCommand(CliEnvironment env, GlobalOptions global) {
        this.env = env;
        this.global = global;
    }

    @Override
    public Integer call() {
        AccountSignIn signIn = SignInCommands.signInOf(env, global);
        Cancellation cancellation = new Cancellation();
        SignInPrompt prompt = new SignInPrompt() {
            @Override
            public void show(DeviceCode code) {
                env.err().println("Signing in to " + signIn.describe() + ".");
                env.err().println("Open this address and check that it shows code " + code.userCode()
                        + ", then approve:");
                env.err().println("  " + code.addressToOpen());
                if (signIn.login().sandbox()) {
                    env.err().println("(Sandbox: nothing to open; the code is approved by itself in a few seconds.)");
                } else if (!noBrowser && !SystemBrowser.open(code.addressToOpen())) {
                    env.err().println("(No browser could be opened: open the address yourself.)");
                }
                env.err().println("Waiting for approval… (Ctrl-C to stop)");
                env.err().flush();
            }

            @Override
            public void slowedDown(Duration interval) {
                env.err().println("IAM Identity Center asked to be asked less often: every " + interval.toSeconds()
                        + " s now.");
            }
        };
        SignInResult result;
        try (Interrupts.Registration ctrlC = env.interrupts().install(cancellation::cancel)) {
            result = signIn.signIn(prompt, cancellation);
        }
        switch (result.outcome()) {
            case SIGNED_IN -> {
                env.err().println("Signed in to " + signIn.describe() + ". The AWS CLI shares the sign-in.");
                return ExitCodes.OK;
            }
            case CANCELLED -> {
                env.err().println("Stopped: not signed in.");
                return ExitCodes.INTERRUPTED;
            }
            default -> {
                env.err().println(CliErrors.PREFIX + result.message());
                return ExitCodes.FAILED;
            }
        }
    }
}
