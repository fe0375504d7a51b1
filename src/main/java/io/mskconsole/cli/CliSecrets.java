package io.mskconsole.cli;

import io.mskconsole.core.levels.Secret;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Passwords for the broker connections: never from an argument (it would show in the process list and the shell's
 * history). From an environment variable when set, else typed at the terminal without echo, else the first line of
 * standard input (for pipes).
 */
final class CliSecrets {
    private CliSecrets() {
    }

    /**
     * @param variable the environment variable that may hold it, e.g. MSK_CONSOLE_SCRAM_PASSWORD
     * @param what     what it is, for the prompt and messages ("the SASL/SCRAM password of user msk-admin")
     * @throws CliFailure (usage) when there is none
     */
    static Secret read(CliEnvironment env, String variable, String what) {
        String fromVariable = env.variables().get(variable);
        if (fromVariable != null && !fromVariable.isEmpty()) {
            return Secret.of(fromVariable);
        }
        Console console = System.console();
        if (env.in() == System.in && console != null) {
            char[] typed = console.readPassword("Enter %s: ", what);
            if (typed != null && typed.length > 0) {
                Secret secret = Secret.of(typed);
                java.util.Arrays.fill(typed, '\0');
                return secret;
            }
        } else {
            try {
                String line = new BufferedReader(new InputStreamReader(env.in(), StandardCharsets.UTF_8)).readLine();
                if (line != null && !line.isEmpty()) {
                    return Secret.of(line);
                }
            } catch (IOException unreadable) {
                // reported below as no password
            }
        }
        throw CliFailure.usage("No password for " + what + ": set " + variable + ", or pipe it on standard input "
                + "(it is never taken as an argument).");
    }
}
