package io.mskconsole.cli;

import io.mskconsole.core.account.Account;
import io.mskconsole.core.account.AccountRole;
import io.mskconsole.core.account.AccountSignIn;
import io.mskconsole.core.signin.GrantedAccount;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Which accounts and regions a fleet command reads: {@code fleet scan} and {@code fleet plan} alike. */
final class FleetSelection {
    @Option(names = "--accounts", paramLabel = "PROFILE,...", split = ",",
            description = "Profiles to read (default: --profile, or the default profile).")
    List<String> profiles;

    @Option(names = "--granted", paramLabel = "ROLE",
            description = "Every account the IAM Identity Center sign-in of --profile (or --sandbox) grants, "
                    + "as ROLE in each (accounts without it are skipped and named).")
    String grantedRole;

    @Option(names = "--regions", paramLabel = "R1,R2|all", split = ",",
            description = "Regions to read (default: all of the partition's regions).")
    List<String> regions;

    /** The regions asked, or empty for all of each account's partition. */
    List<String> regions() {
        return regions == null || regions.stream().anyMatch(r -> r.strip().equalsIgnoreCase("all"))
                ? List.of() : regions.stream().map(String::strip).filter(r -> !r.isEmpty()).toList();
    }

    List<Account> accounts(CliEnvironment env, GlobalOptions global) {
        if (grantedRole != null) {
            if (profiles != null && !profiles.isEmpty()) {
                throw CliFailure.usage("--granted reads the accounts of one sign-in; leave out --accounts.");
            }
            return granted(env, global);
        }
        if (profiles == null || profiles.isEmpty()) {
            return List.of(Connection.account(env.accounts().profiles(), global));
        }
        if (global.sandbox) {
            throw CliFailure.usage("--accounts names profiles; leave out --sandbox, or leave out --accounts.");
        }
        List<String> known = env.accounts().profiles().profiles();
        List<Account> chosen = new ArrayList<>();
        for (String profile : profiles.stream().map(String::strip).filter(p -> !p.isEmpty()).distinct().toList()) {
            if (!known.contains(profile)) {
                throw CliFailure.usage("--accounts: profile " + profile + " is not in the AWS config files (known: "
                        + String.join(", ", known) + ").");
            }
            chosen.add(Account.profile(profile));
        }
        return chosen;
    }

    /** Every account the sign-in grants, as the role asked; those without it named on standard error. */
    private List<Account> granted(CliEnvironment env, GlobalOptions global) {
        AccountSignIn signIn = SignInCommands.signInOf(env, global);
        String role = grantedRole.strip();
        List<Account> chosen = new ArrayList<>();
        List<String> without = new ArrayList<>();
        for (GrantedAccount granted : signIn.grants(false)) {
            if (granted.roles().contains(role)) {
                chosen.add(signIn.account().withRole(new AccountRole(granted.accountId(), role,
                        granted.accountName())));
            } else {
                without.add(granted.accountName().isBlank() ? granted.accountId()
                        : granted.accountName() + " (" + granted.accountId() + ")");
            }
        }
        if (!without.isEmpty()) {
            env.err().println("Skipped, without role " + role + ": " + String.join(", ", without) + ".");
        }
        if (chosen.isEmpty()) {
            throw CliFailure.usage("--granted " + role + ": no account " + signIn.describe() + " grants has role "
                    + role + " (see `msk-console accounts`).");
        }
        return chosen;
    }
}
