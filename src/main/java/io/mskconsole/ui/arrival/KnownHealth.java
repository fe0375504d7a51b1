package io.mskconsole.ui.arrival;

import io.mskconsole.core.arrival.DeliveryHealth;
import io.mskconsole.core.arrival.DeliveryHealthCheck;
import io.mskconsole.core.arrival.LikelyCauses;
import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.delivery.LogKind;
import io.mskconsole.ui.common.TaskExecutor;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/**
 * The delivery health read in this window, per cluster, kept {@link #KEPT}: what the details show and what the
 * cluster list's column asks for as its rows come into view (lazily: only clusters seen, {@link #AT_ONCE} at a time,
 * each once a minute at most, without the checks behind the causes, so a row costs one or two calls per
 * destination). On the UI thread; reads run through the executor.
 */
public final class KnownHealth {
    public static final Duration KEPT = Duration.ofMinutes(1);
    /** How many clusters the column reads at once. */
    static final int AT_ONCE = 2;

    private final TaskExecutor executor;
    private final Clock clock;
    private final Supplier<HealthTarget> target;
    private final ObservableMap<String, DeliveryHealth> known = FXCollections.observableHashMap();
    private final Deque<Cluster> waiting = new ArrayDeque<>();
    private final Set<String> asked = new HashSet<>();
    private int reading;
    /** Counts {@link #clear()}s: a read started before one is dropped (another account or region is shown). */
    private int generation;

    public KnownHealth(TaskExecutor executor, Clock clock, Supplier<HealthTarget> target) {
        this.executor = executor;
        this.clock = clock;
        this.target = target;
    }

    /** Every health read, by cluster ARN (the column follows it). */
    public ObservableMap<String, DeliveryHealth> all() {
        return known;
    }

    /** The cluster's health when read less than {@link #KEPT} ago. */
    public DeliveryHealth fresh(String clusterArn) {
        DeliveryHealth health = known.get(clusterArn);
        return health != null && Duration.between(health.checkedAt(), clock.instant()).compareTo(KEPT) < 0
                ? health : null;
    }

    public void put(DeliveryHealth health) {
        known.put(health.clusterArn(), health);
    }

    /** Reads the cluster's health in the background unless it is fresh or already asked for. */
    public void request(Cluster cluster) {
        if (cluster == null || !cluster.supportsBrokerLogs() || cluster.logging().enabledKinds().isEmpty()
                || fresh(cluster.arn()) != null || !asked.add(cluster.arn())) {
            return;
        }
        waiting.add(cluster);
        next();
    }

    /** Forgets what was read (another account or region is shown). */
    public void clear() {
        generation++;
        reading = 0;
        known.clear();
        waiting.clear();
        asked.clear();
    }

    private void next() {
        while (reading < AT_ONCE && !waiting.isEmpty()) {
            Cluster cluster = waiting.poll();
            HealthTarget where;
            try {
                where = target.get();
            } catch (io.mskconsole.core.errors.GatewayException unavailable) {
                where = null;
            }
            if (where == null) {
                asked.remove(cluster.arn());
                continue;
            }
            HealthTarget read = where;
            reading++;
            int mine = generation;
            executor.execute(c -> new DeliveryHealthCheck(read.arrival(), read.clusters(), clock).check(cluster,
                    EnumSet.allOf(LogKind.class), LikelyCauses.NONE), health -> {
                        if (mine != generation) {
                            return;
                        }
                        reading--;
                        asked.remove(cluster.arn());
                        put(health);
                        next();
                    }, failure -> {
                        if (mine != generation) {
                            return;
                        }
                        reading--;
                        next(); // stays asked: a failed read is not retried by scrolling
                    });
        }
    }
}
