package io.mskconsole.core.fleet.change;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A fleet change planned: every cluster asked with its current and new delivery, its destination checks, and the
 * clusters left out with the reason. Applying it changes only the clusters to change, each only while it still
 * delivers as planned.
 *
 * @param createdAt when the plan was made
 */
public record FleetPlan(int version, Instant createdAt, FleetChange change, List<PlannedCluster> clusters) {
    public static final int VERSION = 1;

    public FleetPlan {
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(change, "change");
        clusters = List.copyOf(clusters);
    }

    public FleetPlan(Instant createdAt, FleetChange change, List<PlannedCluster> clusters) {
        this(VERSION, createdAt, change, clusters);
    }

    public List<PlannedCluster> toChange() {
        return clusters.stream().filter(PlannedCluster::willChange).toList();
    }

    public long count(PlannedCluster.Action action) {
        return clusters.stream().filter(c -> c.action() == action).count();
    }

    /** "3 to change, 1 nothing to change, 2 skipped, 1 blocked". */
    public String summary() {
        return count(PlannedCluster.Action.CHANGE) + " to change, " + count(PlannedCluster.Action.NOTHING_TO_CHANGE)
                + " nothing to change, " + count(PlannedCluster.Action.SKIP) + " skipped, "
                + count(PlannedCluster.Action.BLOCKED) + " blocked";
    }
}
