package io.mskconsole.core.arrival;

import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.delivery.DestinationType;
import io.mskconsole.core.delivery.LogKind;
import io.mskconsole.core.destinations.CheckCache;
import io.mskconsole.core.destinations.CheckRequest;
import io.mskconsole.core.destinations.DeliveryContext;
import io.mskconsole.core.destinations.DestinationChecks;
import io.mskconsole.core.destinations.DestinationServices;
import io.mskconsole.core.errors.GatewayException;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * The likely causes of silence, from the destination checks of the cluster's delivery as it is: run once, and only
 * when a destination is found not arriving (an arriving cluster costs no check). Checks that cannot run leave the
 * causes empty rather than failing the health.
 */
public final class CheckedCauses implements LikelyCauses {
    private final Supplier<DestinationServices> services;
    private final Cluster cluster;
    private final Executor lookups;
    private final Cancellation cancellation;
    private LikelyCauses found;

    /**
     * @param services the destination services of the cluster's region, opened only when needed
     * @param lookups  where the checks fan their lookups out (not a bounded pool)
     */
    public CheckedCauses(Supplier<DestinationServices> services, Cluster cluster, Executor lookups,
                         Cancellation cancellation) {
        this.services = services;
        this.cluster = cluster;
        this.lookups = lookups;
        this.cancellation = cancellation;
    }

    @Override
    public synchronized List<String> of(LogKind kind, DestinationType type) {
        if (found == null) {
            try {
                found = LikelyCauses.from(new DestinationChecks(services.get(), new CheckCache(), lookups).run(
                        new CheckRequest(new DeliveryContext(cluster.region(), cluster.isExpress(), false),
                                cluster.logging(), cluster.arn()), cancellation));
            } catch (GatewayException | java.util.concurrent.CancellationException unavailable) {
                found = LikelyCauses.NONE;
            }
        }
        return found.of(kind, type);
    }
}
