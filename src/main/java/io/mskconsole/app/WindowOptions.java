package io.mskconsole.app;

import io.mskconsole.core.account.Account;
import java.util.List;

/**
 * What the window takes from its command line: {@code --sandbox}, {@code --profile NAME}, {@code --region REGION}
 * (also as {@code --opt=value}). Anything else is left to the headless commands, which decide what a command is.
 */
record WindowOptions(Account account, String region) {
    static WindowOptions parse(List<String> args) {
        Account account = null;
        String region = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--sandbox")) {
                account = Account.SANDBOX;
            } else if (arg.startsWith("--profile")) {
                String value = value(args, i, "--profile");
                account = value == null ? account : Account.profile(value);
                i += arg.contains("=") ? 0 : 1;
            } else if (arg.startsWith("--region")) {
                region = value(args, i, "--region");
                i += arg.contains("=") ? 0 : 1;
            }
        }
        return new WindowOptions(account, region);
    }

    private static String value(List<String> args, int at, String option) {
        String arg = args.get(at);
        if (arg.startsWith(option + "=")) {
            return arg.substring(option.length() + 1);
        }
        return at + 1 < args.size() ? args.get(at + 1) : null;
    }
}
