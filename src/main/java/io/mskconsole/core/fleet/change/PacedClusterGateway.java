package io.mskconsole.core.fleet.change;

import io.mskconsole.core.clusters.ClusterGateway;
import io.mskconsole.core.clusters.ForwardingClusterGateway;
import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.clusters.ClusterOperation;
import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.concurrent.Pacer;
import io.mskconsole.core.delivery.UpdateMonitoringRequest;
import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;

/**
 * A region's MSK calls for a fleet apply, every one paced by the region's {@link Pacer}. A throttled call
 * (429 TooManyRequestsException) was not taken by MSK, so it is asked again after the pacer's backoff, UpdateMonitoring
 * included; after {@link #MAX_THROTTLES} throttles in a row for one call, the last one is reported.
 */
final class PacedClusterGateway extends ForwardingClusterGateway {
    static final int MAX_THROTTLES = 8;

    /** Told of each throttle met (from the applying threads). */
    interface Throttles {
        void throttled(String operation, java.time.Duration backoff);
    }

    /** UpdateMonitoring was not sent: Stop (or closing) came while it waited for its turn. */
    static final class NotSent extends CancellationException {
        NotSent(String message) {
            super(message);
        }
    }

    private final Pacer pacer;
    private final Cancellation abandon;
    private final Cancellation stopOrAbandon;
    private final Throttles throttles;

    /**
     * @param abandon stops every wait (closing the window): reads and following end
     * @param stop    stops sending: an UpdateMonitoring still waiting for its turn is not sent
     */
    PacedClusterGateway(ClusterGateway delegate, Pacer pacer, Cancellation stop, Cancellation abandon,
                        Throttles throttles) {
        super(delegate);
        this.pacer = pacer;
        this.abandon = abandon;
        this.stopOrAbandon = Cancellation.anyOf(stop, abandon);
        this.throttles = throttles;
    }

    @Override
    public Cluster describeCluster(String clusterArn) {
        return paced("DescribeClusterV2", abandon, () -> delegate.describeCluster(clusterArn));
    }

    @Override
    public String updateMonitoring(UpdateMonitoringRequest request) {
        return paced("UpdateMonitoring", stopOrAbandon, () -> delegate.updateMonitoring(request));
    }

    @Override
    public ClusterOperation describeOperation(String operationArn) {
        return paced("DescribeClusterOperationV2", abandon, () -> delegate.describeOperation(operationArn));
    }

    private <T> T paced(String operation, Cancellation cancellation, Supplier<T> call) {
        for (int throttled = 0; ; throttled++) {
            if (!pacer.acquire(cancellation) || cancellation.isCancelled()) {
                throw new NotSent("Stopped before " + operation + " was sent.");
            }
            try {
                T answer = call.get();
                pacer.answered();
                return answer;
            } catch (GatewayException e) {
                if (e.failure() != Failure.THROTTLED) {
                    throw e;
                }
                // every throttle slows the region down, the last one too, before it is reported
                throttles.throttled(operation, pacer.throttled());
                if (throttled + 1 >= MAX_THROTTLES) {
                    throw e;
                }
            }
        }
    }
}
