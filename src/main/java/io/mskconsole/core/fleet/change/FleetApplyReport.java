package io.mskconsole.core.fleet.change;

import java.time.Instant;
import java.util.List;

/** What a fleet apply did, cluster by cluster, in the plan's order. */
public record FleetApplyReport(Instant startedAt, Instant finishedAt, List<ClusterResult> results, int throttles) {
    public FleetApplyReport {
        results = List.copyOf(results);
    }

    public long count(ApplyStatus status) {
        return results.stream().filter(r -> r.status() == status).count();
    }

    /** Whether every cluster the plan changes ended as planned. */
    public boolean allSucceeded() {
        return results.stream().filter(r -> r.status() != ApplyStatus.LEFT_OUT).allMatch(r -> r.status().succeeded());
    }

    /** "5 completed, 1 unchanged, 1 failed, 2 left out": only the statuses met. */
    public String summary() {
        StringBuilder text = new StringBuilder();
        for (ApplyStatus status : ApplyStatus.values()) {
            long n = count(status);
            if (n > 0) {
                text.append(text.length() == 0 ? "" : ", ").append(n).append(' ').append(status.word());
            }
        }
        return text.length() == 0 ? "nothing to apply" : text.toString();
    }
}
