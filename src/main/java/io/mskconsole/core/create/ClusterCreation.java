package io.mskconsole.core.create;

import io.mskconsole.core.clusters.ClusterState;
import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;

/**
 * Creates a provisioned cluster the safe way, for the window and the headless command alike: refuse a draft that
 * breaks a rule, send CreateClusterV2 once, then follow the cluster from CREATING to ACTIVE, or to FAILED with the
 * service's reason. Following can be cancelled at any time (creation goes on in AWS) and tolerates a few passing
 * failures in a row.
 */
public final class ClusterCreation {
    /** Following gives up, rethrowing, at this many consecutive passing failures (fewer are tolerated). */
    static final int MAX_POLL_FAILURES = 5;

    private final CreationGateway gateway;
    private final Duration pollInterval;
    private final Clock clock;

    public ClusterCreation(CreationGateway gateway, Duration pollInterval) {
        this(gateway, pollInterval, Clock.systemUTC());
    }

    /** @param clock measures how long following has taken, for progress */
    public ClusterCreation(CreationGateway gateway, Duration pollInterval, Clock clock) {
        this.gateway = Objects.requireNonNull(gateway, "gateway");
        this.pollInterval = Objects.requireNonNull(pollInterval, "pollInterval");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The request for a draft that passes every rule with what is known of the region.
     *
     * @throws CreateRefusedException with the problems otherwise: nothing may be sent
     */
    public static CreateClusterRequest prepare(ClusterDraft draft, RegionFacts facts) {
        List<DraftProblem> problems = ClusterDraftRules.check(draft, facts);
        if (!problems.isEmpty()) {
            throw new CreateRefusedException(problems);
        }
        return new CreateClusterRequest(draft);
    }

    /**
     * Sends CreateClusterV2 once and returns the new cluster's ARN.
     *
     * @throws CancellationException        if cancelled before sending: nothing was sent
     * @throws CreateOutcomeUnknownException if no answer came: the cluster may or may not be being created
     * @throws GatewayException              if MSK refused the request (nothing was created)
     */
    public String send(CreateClusterRequest request, CreationProgress progress, Cancellation cancellation) {
        if (cancellation.isCancelled()) {
            throw new CancellationException("Stopped before sending: no cluster was created.");
        }
        progress.stage("Sending CreateClusterV2 for " + request.clusterName());
        String arn;
        try {
            arn = gateway.createCluster(request);
        } catch (GatewayException e) {
            throw e.answerMayBeLost() ? new CreateOutcomeUnknownException(request.clusterName(), e) : e;
        }
        progress.sent(arn);
        return arn;
    }

    /**
     * Polls the cluster until it is ACTIVE, FAILED or being deleted, or following is cancelled. A cluster not found
     * yet right after creation, or a passing failure, is polled again, up to {@link #MAX_POLL_FAILURES} times in a
     * row; a cluster that was seen and then disappears was deleted.
     *
     * @throws GatewayException when polling fails for good (the cluster's creation goes on regardless)
     */
    public CreationOutcome follow(String clusterArn, CreationProgress progress, Cancellation cancellation) {
        Instant start = clock.instant();
        ClusterDetails last = null;
        int failures = 0;
        while (!cancellation.isCancelled()) {
            try {
                last = gateway.describeCluster(clusterArn);
                failures = 0;
                progress.state(last, Duration.between(start, clock.instant()));
                CreationOutcome.Status ended = ended(last.state());
                if (ended != null) {
                    return new CreationOutcome(ended, clusterArn, last);
                }
            } catch (GatewayException e) {
                if (e.failure() == Failure.NOT_FOUND && last != null) {
                    return new CreationOutcome(CreationOutcome.Status.DELETED, clusterArn, last);
                }
                boolean passing = e.isTransient() || e.failure() == Failure.NOT_FOUND;
                if (!passing || ++failures >= MAX_POLL_FAILURES) {
                    throw e;
                }
                progress.stage("Still following the cluster after an error (" + e.getMessage() + ")");
            }
            if (cancellation.sleep(pollInterval)) {
                break;
            }
        }
        return new CreationOutcome(CreationOutcome.Status.STOPPED_FOLLOWING, clusterArn, last);
    }

    private static CreationOutcome.Status ended(ClusterState state) {
        return switch (state) {
            case ACTIVE -> CreationOutcome.Status.ACTIVE;
            case FAILED -> CreationOutcome.Status.FAILED;
            case DELETING -> CreationOutcome.Status.DELETED;
            default -> null;
        };
    }
}
