package io.mskconsole.cli;

import io.mskconsole.core.clusters.ClusterArn;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The options every command takes, before or after the command's name. Declared once on the root command and
 * inherited by every subcommand, so all of them share this one instance.
 */
final class GlobalOptions {
    @Option(names = "--profile", paramLabel = "NAME", scope = ScopeType.INHERIT,
            description = "AWS profile to use (default: AWS_PROFILE, else \"default\").")
    String profile;

    @Option(names = "--region", paramLabel = "REGION", scope = ScopeType.INHERIT,
            description = "AWS region (default: the region of --cluster, else AWS_REGION, AWS_DEFAULT_REGION or "
                    + "the profile's region). trail takes several, comma-separated.")
    String region;

    @Option(names = "--account", paramLabel = "ID", scope = ScopeType.INHERIT,
            description = "With an SSO profile (or --sandbox): the account to work in, one the sign-in grants "
                    + "(see 'accounts'). Needs --role.")
    String account;

    @Option(names = "--role", paramLabel = "NAME", scope = ScopeType.INHERIT,
            description = "With --account: the role to take in it (IAM Identity Center permission set).")
    String role;

    @Option(names = "--sandbox", scope = ScopeType.INHERIT,
            description = "Use the offline sample account instead of AWS. Nothing leaves this machine.")
    boolean sandbox;

    /**
     * The region a command about one cluster works in: the ARN's, which {@code --region} may repeat but not
     * contradict.
     *
     * @throws CliFailure (usage) if the ARN is not an MSK cluster ARN or {@code --region} names another region
     */
    String regionOfCluster(String clusterArn) {
        if (!ClusterArn.looksValid(clusterArn)) {
            throw CliFailure.usage("--cluster: '" + clusterArn + "' is not an MSK cluster ARN "
                    + "(expected arn:aws:kafka:REGION:ACCOUNT:cluster/NAME/ID).");
        }
        String arnRegion = ClusterArn.region(clusterArn);
        if (region != null && !region.equals(arnRegion)) {
            throw CliFailure.usage("--region " + region + " does not match the cluster's region " + arnRegion
                    + " (from its ARN): leave --region out or make them agree.");
        }
        return arnRegion;
    }
}
