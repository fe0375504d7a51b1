package io.mskconsole.core.fleet;

import io.mskconsole.core.clusters.Cluster;
import java.util.Optional;

/** A rule that needs the cluster's destinations looked up: without an account at hand, it says nothing it knows. */
interface LookupRule extends FleetRule {
    @Override
    default Optional<Finding> check(Cluster cluster) {
        return check(cluster, DestinationLookups.NONE);
    }

    @Override
    Optional<Finding> check(Cluster cluster, DestinationLookups lookups);
}
