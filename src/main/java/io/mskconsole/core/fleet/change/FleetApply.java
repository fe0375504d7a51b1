package io.mskconsole.core.fleet.change;

import io.mskconsole.core.account.Account;
import io.mskconsole.core.account.Accounts;
import io.mskconsole.core.account.Session;
import io.mskconsole.core.clusters.ClusterGateway;
import io.mskconsole.core.clusters.ClusterOperation;
import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.concurrent.Pacer;
import io.mskconsole.core.concurrent.Pause;
import io.mskconsole.core.delivery.ApplyOutcome;
import io.mskconsole.core.delivery.ApplyProgress;
import io.mskconsole.core.delivery.LogDeliveryUpdate;
import io.mskconsole.core.delivery.SendOutcomeUnknownException;
import io.mskconsole.core.delivery.UpdateRefusedException;
import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Applies a fleet plan, the same for the window and {@code fleet apply}: each cluster to change exactly as the single
 * editor applies ({@link LogDeliveryUpdate}: a fresh version, refused when its delivery is no longer what the plan
 * saw, UpdateMonitoring once, other monitoring and authorizer logs as they are unless the change names them, the
 * operation followed when asked). Regions run in parallel; within a region at most {@code concurrency} clusters at
 * once, every call paced by the region's {@link Pacer} (MSK's 429 slows the region down and is asked again, never
 * reported while it clears). A failure on one cluster never stops or undoes the others; a stale version (someone
 * changed the cluster between the read and the send) is read again once. {@code stop} starts nothing new and lets the
 * running clusters finish; {@code abandon} also stops waiting and following (the operations go on in AWS).
 */
public final class FleetApply {
    /** Clusters of one region applied at once, unless told otherwise. */
    public static final int DEFAULT_CONCURRENCY = 3;
    /** MSK calls a second per region to start at (MSK publishes no limits; the pacer slows down on a 429). */
    public static final double DEFAULT_RATE = 2.0;

    /**
     * @param concurrency   clusters of one region at once (at least 1)
     * @param ratePerRegion MSK calls a second per region at most
     * @param follow        whether to follow each cluster operation to its end
     */
    public record Options(int concurrency, double ratePerRegion, boolean follow) {
        public Options {
            if (concurrency < 1) {
                throw new IllegalArgumentException("concurrency must be at least 1: " + concurrency);
            }
            if (!(ratePerRegion > 0)) {
                throw new IllegalArgumentException("ratePerRegion must be positive: " + ratePerRegion);
            }
        }

        public static Options standard(boolean follow) {
            return new Options(DEFAULT_CONCURRENCY, DEFAULT_RATE, follow);
        }
    }

    /** Told as each cluster moves on, and of throttles met (from the applying threads). */
    public interface Progress {
        Progress NONE = (cluster, status, detail) -> {
        };

        void status(PlannedCluster cluster, ApplyStatus status, String detail);

        /** UpdateMonitoring was taken: the change is under way in AWS as this operation. */
        default void sent(PlannedCluster cluster, String operationArn) {
        }

        default void throttled(String region, String operation, Duration backoff) {
        }
    }

    private final Accounts accounts;
    private final Executor executor;
    private final Clock clock;
    private final Pause pause;

    /**
     * @param pause how the pacers wait (the real wait in the app; tests move their clock)
     */
    public FleetApply(Accounts accounts, Executor executor, Clock clock, Pause pause) {
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.pause = Objects.requireNonNull(pause, "pause");
    }

    /** Applies the plan and waits for every cluster to end. Blocking: call it off the UI thread. */
    public FleetApplyReport apply(FleetPlan plan, Options options, Progress progress, Cancellation stop,
                                  Cancellation abandon) {
        Instant started = clock.instant();
        Map<String, ClusterResult> results = new ConcurrentHashMap<>();
        Map<Account, Map<String, List<PlannedCluster>>> byPlace = new LinkedHashMap<>();
        for (PlannedCluster planned : plan.clusters()) {
            if (!planned.willChange()) {
                results.put(planned.key(), new ClusterResult(planned, ApplyStatus.LEFT_OUT, planned.reason(), null));
                continue;
            }
            progress.status(planned, ApplyStatus.WAITING, "");
            byPlace.computeIfAbsent(planned.account(), a -> new LinkedHashMap<>())
                    .computeIfAbsent(planned.region(), r -> new ArrayList<>()).add(planned);
        }
        AtomicInteger throttles = new AtomicInteger();
        List<Session> sessions = new ArrayList<>();
        List<CompletableFuture<Void>> workers = new ArrayList<>();
        Queue<CompletableFuture<Void>> followers = new ConcurrentLinkedQueue<>();
        try {
            for (Map.Entry<Account, Map<String, List<PlannedCluster>>> account : byPlace.entrySet()) {
                Session session;
                try {
                    session = accounts.open(account.getKey());
                } catch (GatewayException unusable) {
                    account.getValue().values().forEach(clusters -> clusters.forEach(c -> end(results, progress,
                            new ClusterResult(c, ApplyStatus.FAILED, unusable.getMessage(), null))));
                    continue;
                }
                sessions.add(session);
                for (Map.Entry<String, List<PlannedCluster>> region : account.getValue().entrySet()) {
                    workers.addAll(startRegion(session, region.getKey(), region.getValue(), options, progress,
                            results, throttles, followers, stop, abandon));
                }
            }
            // every worker ends (applyOne never throws), so no session is closed under a running cluster
            CompletableFuture.allOf(workers.toArray(CompletableFuture[]::new)).handle((done, failed) -> done).join();
            CompletableFuture.allOf(followers.toArray(CompletableFuture[]::new)).handle((done, failed) -> done).join();
        } finally {
            sessions.forEach(Session::close);
        }
        List<ClusterResult> ordered = new ArrayList<>();
        for (PlannedCluster planned : plan.clusters()) {
            ordered.add(results.getOrDefault(planned.key(),
                    new ClusterResult(planned, ApplyStatus.NOT_STARTED, "Stopped before it started: nothing was sent.",
                            null)));
        }
        return new FleetApplyReport(started, clock.instant(), ordered, throttles.get());
    }

    private List<CompletableFuture<Void>> startRegion(Session session, String region, List<PlannedCluster> clusters,
                                                      Options options, Progress progress,
                                                      Map<String, ClusterResult> results, AtomicInteger throttles,
                                                      Queue<CompletableFuture<Void>> followers,
                                                      Cancellation stop, Cancellation abandon) {
        Pacer pacer = new Pacer(options.ratePerRegion(), clock, pause);
        ClusterGateway gateway;
        try {
            gateway = new PacedClusterGateway(session.clusters(region).pacedByCaller(), pacer, stop, abandon,
                    (operation, backoff) -> {
                throttles.incrementAndGet();
                progress.throttled(region, operation, backoff);
            });
        } catch (GatewayException unavailable) {
            clusters.forEach(c -> end(results, progress,
                    new ClusterResult(c, ApplyStatus.FAILED, unavailable.getMessage(), null)));
            return List.of();
        }
        LogDeliveryUpdate update = new LogDeliveryUpdate(gateway, session.operationPollInterval(), pause);
        Queue<PlannedCluster> queue = new ConcurrentLinkedQueue<>(clusters);
        List<CompletableFuture<Void>> workers = new ArrayList<>();
        for (int i = 0; i < Math.min(options.concurrency(), clusters.size()); i++) {
            workers.add(CompletableFuture.runAsync(() -> {
                PlannedCluster next;
                while (!stop.isCancelled() && !abandon.isCancelled() && (next = queue.poll()) != null) {
                    ClusterResult sent = send(update, next, progress, stop, abandon);
                    if (sent.status() == ApplyStatus.SENT && options.follow()) {
                        // following takes no sending slot: the region's next cluster is sent meanwhile
                        PlannedCluster following = next;
                        progress.status(following, ApplyStatus.FOLLOWING, "Sent: " + sent.operationArn());
                        followers.add(CompletableFuture.runAsync(() -> end(results, progress,
                                follow(update, following, sent.operationArn(), progress, abandon)), executor));
                    } else {
                        end(results, progress, sent);
                    }
                }
            }, executor));
        }
        return workers;
    }

    /**
     * One cluster up to UpdateMonitoring taken (SENT, with its operation) or an end; never throws. Stop counts until
     * UpdateMonitoring is sent.
     */
    static ClusterResult send(LogDeliveryUpdate update, PlannedCluster planned, Progress progress, Cancellation stop,
                              Cancellation abandon) {
        progress.status(planned, ApplyStatus.APPLYING, "Reading the cluster for its current version");
        AtomicBoolean sending = new AtomicBoolean();
        ApplyProgress told = new ApplyProgress() {
            @Override
            public void stage(String message) {
                if (message.startsWith("Sending")) {
                    sending.set(true);
                }
            }

            @Override
            public void operation(ClusterOperation operation) {
                progress.status(planned, ApplyStatus.FOLLOWING, operation.state());
            }
        };
        ApplyOutcome sent;
        boolean readAgain = false;
        while (true) {
            try {
                sent = update.apply(planned.arn(), planned.target(), planned.current(), null, false, told,
                        Cancellation.anyOf(stop, abandon));
                break;
            } catch (GatewayException e) {
                if (e.failure() == Failure.STALE_VERSION && !readAgain) {
                    readAgain = true; // someone changed it between the read and the send: read it once more
                    sending.set(false);
                    continue;
                }
                return new ClusterResult(planned, ApplyStatus.FAILED, e.getMessage(), null);
            } catch (UpdateRefusedException refused) {
                return new ClusterResult(planned, ApplyStatus.REFUSED, refused.getMessage(), null);
            } catch (SendOutcomeUnknownException unknown) {
                return new ClusterResult(planned, ApplyStatus.OUTCOME_UNKNOWN, unknown.getMessage(), null);
            } catch (CancellationException stopped) {
                return sending.get() && !(stopped instanceof PacedClusterGateway.NotSent)
                        ? new ClusterResult(planned, ApplyStatus.OUTCOME_UNKNOWN, "Stopped while UpdateMonitoring's "
                        + "answer was awaited: the change may have been taken. Read the cluster to see.", null)
                        : new ClusterResult(planned, ApplyStatus.NOT_STARTED, "Stopped before anything was sent.",
                        null);
            } catch (RuntimeException unexpected) {
                return sending.get()
                        ? new ClusterResult(planned, ApplyStatus.OUTCOME_UNKNOWN, "UpdateMonitoring may have been "
                        + "taken, then: " + describe(unexpected), null)
                        : new ClusterResult(planned, ApplyStatus.FAILED, describe(unexpected), null);
            }
        }
        if (sent.status() == ApplyOutcome.Status.UNCHANGED) {
            return new ClusterResult(planned, ApplyStatus.UNCHANGED, "Already delivers as planned: nothing was sent.",
                    null);
        }
        String operationArn = sent.operationArn();
        progress.sent(planned, operationArn);
        return new ClusterResult(planned, ApplyStatus.SENT, "UpdateMonitoring taken: " + operationArn, operationArn);
    }

    /**
     * Follows a sent cluster's operation to its end; never throws. Only abandoning ends it early (the change goes on
     * in AWS, and the result says so with its operation).
     */
    static ClusterResult follow(LogDeliveryUpdate update, PlannedCluster planned, String operationArn,
                                Progress progress, Cancellation abandon) {
        ApplyProgress told = new ApplyProgress() {
            @Override
            public void operation(ClusterOperation operation) {
                progress.status(planned, ApplyStatus.FOLLOWING, operation.state());
            }
        };
        try {
            ClusterOperation operation = update.follow(operationArn, told, abandon);
            if (operation == null || !operation.isFinished()) {
                return notFollowed(planned, operationArn, "following stopped");
            }
            return operation.isFailed()
                    ? new ClusterResult(planned, ApplyStatus.FAILED, "The cluster operation failed"
                    + failure(operation), operationArn)
                    : new ClusterResult(planned, ApplyStatus.COMPLETED, "The update completed: " + operationArn,
                    operationArn);
        } catch (CancellationException stopped) {
            return notFollowed(planned, operationArn, "following stopped");
        } catch (RuntimeException unreadable) {
            return notFollowed(planned, operationArn, "following failed: " + describe(unreadable));
        }
    }

    private static ClusterResult notFollowed(PlannedCluster planned, String operationArn, String why) {
        return new ClusterResult(planned, ApplyStatus.NOT_FOLLOWED, "Sent as " + operationArn + "; " + why
                + ". The operation goes on in AWS.", operationArn);
    }

    private static String describe(RuntimeException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static String failure(ClusterOperation operation) {
        if (operation == null || operation.errorMessage() == null) {
            return ".";
        }
        return ": " + (operation.errorCode() == null ? "" : operation.errorCode() + ": ") + operation.errorMessage();
    }

    private static void end(Map<String, ClusterResult> results, Progress progress, ClusterResult result) {
        results.put(result.planned().key(), result);
        progress.status(result.planned(), result.status(), result.message());
    }
}
