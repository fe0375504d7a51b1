package io.mskconsole.core.fleet;

import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.levels.LevelsSeen;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rules a fleet is held to. The default holds every provisioned cluster to delivering broker logs; a policy file
 * ({@link FleetPolicyFile}) turns rules on or off, sets their severities and their parameters.
 *
 * @param version the policy file format's version (1)
 */
public record FleetPolicy(int version, List<FleetRule> rules) {
    public static final int VERSION = 1;

    public FleetPolicy {
        rules = List.copyOf(rules);
    }

    /**
     * What an administrator expects without saying anything: broker logs delivered somewhere, and to destinations
     * that exist (in the cluster's region), both high; authorizer logs where IAM access control is on, medium; no
     * CloudWatch Logs delivery from brokers seen logging at DEBUG or TRACE, low.
     */
    public static FleetPolicy standard() {
        return new FleetPolicy(VERSION, List.of(new BrokerLogsDelivered(Severity.HIGH),
                new DestinationsExist(Severity.HIGH), new AuthorizerLogsWithIam(Severity.MEDIUM),
                new QuietBrokersToCloudWatch(Severity.LOW)));
    }

    /** Every rule's findings for the cluster, in the policy's order, by its own settings only. */
    public List<Finding> check(Cluster cluster) {
        return check(cluster, DestinationLookups.NONE);
    }

    /** Every rule's findings for the cluster, in the policy's order, looking its destinations up in its account. */
    public List<Finding> check(Cluster cluster, DestinationLookups lookups) {
        return check(cluster, lookups, LevelsSeen.NONE);
    }

    /** The same, judging brokers' log levels by those read in this run. */
    public List<Finding> check(Cluster cluster, DestinationLookups lookups, LevelsSeen levels) {
        List<Finding> findings = new ArrayList<>();
        for (FleetRule rule : rules) {
            Optional<Finding> found = rule instanceof QuietBrokersToCloudWatch quiet ? quiet.check(cluster, levels)
                    : rule.check(cluster, lookups);
            found.ifPresent(findings::add);
        }
        return List.copyOf(findings);
    }

    /** The most severe of the findings, or empty when there are none. */
    public static Optional<Severity> worst(List<Finding> findings) {
        return findings.stream().map(Finding::severity).max(Enum::compareTo);
    }
}
