package io.mskconsole.app;

import io.mskconsole.aws.StubAccount;
import io.mskconsole.cli.CliEnvironment;
import io.mskconsole.cli.Interrupts;
import io.mskconsole.cli.MskConsoleCli;
import io.mskconsole.core.account.Accounts;
import io.mskconsole.sandbox.SandboxSession;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * For {@link HeadlessLoggersOverHttpTest}: runs one command as the launcher does, on the process's own streams (where
 * the libraries' logging goes too), against the stub profile of folder {@code args[0]} and the stub MSK at
 * {@code args[1]}; the rest of the arguments are the command. Exits with the command's code.
 */
public final class HeadlessLoggersMain {
    private HeadlessLoggersMain() {
    }

    public static void main(String[] args) {
        // as the launcher does for a command
        io.mskconsole.app.logs.AppLogging.forCommands();
        Accounts accounts = new Accounts(StubAccount.directory(Path.of(args[0]), StubAccount.patientSettings(args[1])),
                SandboxSession::open);
        CliEnvironment env = new CliEnvironment(accounts, System.in, System.out, System.err, Path.of(args[0]), null,
                Interrupts.NONE);
        System.exit(MskConsoleCli.run(Arrays.copyOfRange(args, 2, args.length), env));
    }
}
