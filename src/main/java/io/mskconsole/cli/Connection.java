package io.mskconsole.cli;

import io.mskconsole.core.account.Account;
import io.mskconsole.core.account.AccountRole;
import io.mskconsole.core.account.ProfileDirectory;
import io.mskconsole.core.account.Session;
import io.mskconsole.core.clusters.ClusterGateway;
import java.time.Duration;

/**
 * An opened account and the region a command works in. A headless command never falls back to the Sandbox:
 * without {@code --sandbox} it needs AWS credentials, and says so when there are none.
 */
record Connection(Session session, String region, ClusterGateway gateway, Duration pollInterval)
        implements AutoCloseable {

    static final String NO_CREDENTIALS = "No AWS credentials found: configure a profile (aws configure / "
            + "aws configure sso) or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or pass --sandbox to try "
            + "the offline sample account.";

    /**
     * Opens the account the options name and picks the region.
     *
     * @param region the region decided by the command (e.g. from a cluster ARN), or null for --region or the
     *               account's default
     */
    static Connection open(CliEnvironment env, GlobalOptions options, String region) {
        Account account = account(env.accounts().profiles(), options);
        Session session = env.accounts().open(account);
        try {
            String chosen = region != null ? region : options.region != null ? options.region
                    : session.defaultRegion().orElseThrow(() -> CliFailure.usage(noRegion(account)));
            Duration poll = env.pollInterval() != null ? env.pollInterval() : session.operationPollInterval();
            return new Connection(session, chosen, session.clusters(chosen), poll);
        } catch (RuntimeException e) {
            session.close();
            throw e;
        }
    }

    static Account account(ProfileDirectory profiles, GlobalOptions options) {
        Account account = signInAccount(profiles, options);
        if (options.account == null && options.role == null) {
            return account;
        }
        if (options.account == null || options.role == null) {
            throw CliFailure.usage(options.account == null ? "--role needs --account ID: the account to take it in."
                    : "--account needs --role NAME: the role to take in it (see 'msk-console accounts').");
        }
        try {
            return account.withRole(new AccountRole(options.account.strip(), options.role.strip(), ""));
        } catch (IllegalArgumentException wrong) {
            throw CliFailure.usage("--account/--role: " + wrong.getMessage() + ".");
        }
    }

    /** The account the options name, before any --account/--role: the Sandbox or a profile. */
    static Account signInAccount(ProfileDirectory profiles, GlobalOptions options) {
        if (options.sandbox) {
            if (options.profile != null) {
                throw CliFailure.usage("--sandbox and --profile " + options.profile + " cannot be used together: "
                        + "pick one.");
            }
            return Account.SANDBOX;
        }
        if (!profiles.credentialsConfigured()) {
            throw CliFailure.usage(NO_CREDENTIALS);
        }
        // With credentials only in the environment there may be no profile at all: "default" is what the AWS
        // SDK and CLI use then.
        String profile = options.profile != null ? options.profile : profiles.defaultProfile().orElse("default");
        return Account.profile(profile);
    }

    private static String noRegion(Account account) {
        return account.isSandbox() ? "No region: pass --region (the Sandbox has no default region)."
                : "No region: pass --region or set region in profile " + account.profile()
                  + " (aws configure set region REGION --profile " + account.profile() + ").";
    }

    /** "profile prod", "the Sandbox" or "account 222233334444 · MskAdmin through profile dev-sso", for notes. */
    String accountLabel() {
        return label(session.account());
    }

    static String label(Account account) {
        String own = account.isSandbox() ? "the Sandbox" : "profile " + account.profile();
        return account.role() == null ? own : "account " + account.role().accountId() + " · "
                + account.role().roleName() + " through " + own;
    }

    @Override
    public void close() {
        session.close();
    }
}
