package io.mskconsole.core.fleet;

import io.mskconsole.core.clusters.Cluster;
import java.util.Optional;

/** One rule of the fleet policy: what it checks of a cluster, by the cluster's own settings. */
public interface FleetRule {
    /** The rule's id in policy files, e.g. {@code broker-logs-delivered}. */
    String id();

    /** What the rule asks of every cluster, in a sentence for reports. */
    String description();

    Severity severity();

    /** What is wrong with the cluster by this rule, or empty when nothing is (or the rule does not apply to it). */
    Optional<Finding> check(Cluster cluster);

    /** As {@link #check(Cluster)}, for rules that look the cluster's destinations up (each once for the fleet). */
    default Optional<Finding> check(Cluster cluster, DestinationLookups lookups) {
        return check(cluster);
    }
}
