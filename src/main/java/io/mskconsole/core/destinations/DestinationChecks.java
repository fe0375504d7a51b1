package io.mskconsole.core.destinations;

import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.delivery.LogDelivery;
import io.mskconsole.core.delivery.LogKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The preflight checks of a log delivery draft (broker and authorizer logs): every known trap, before anything is sent. The lookups of
 * one run go out concurrently on the given executor and are cached per resource in the {@link CheckCache}. A check
 * whose lookup fails says so ({@link Severity#COULD_NOT_CHECK}); it never passes silently.
 */
public final class DestinationChecks {
    private static final long WAIT_SLICE_MS = 50;
    private final DestinationServices services;
    private final CheckCache cache;
    private final Executor executor;

    public DestinationChecks(DestinationServices services, CheckCache cache, Executor executor) {
        this.services = Objects.requireNonNull(services, "services");
        this.cache = Objects.requireNonNull(cache, "cache");
        this.executor = Objects.requireNonNull(executor, "executor");
    }

    /**
     * Runs every check that applies to the draft and waits for all of them.
     *
     * @throws CancellationException when cancelled before they finished
     */
    public CheckReport run(CheckRequest request, Cancellation cancellation) {
        if (cancellation.isCancelled()) {
            throw new CancellationException("The checks were cancelled.");
        }
        CompletableFuture<List<Finding>> all = start(request);
        while (true) {
            if (cancellation.isCancelled()) {
                throw new CancellationException("The checks were cancelled.");
            }
            try {
                return new CheckReport(all.get(WAIT_SLICE_MS, TimeUnit.MILLISECONDS));
            } catch (TimeoutException notYet) {
                // look at the cancellation again
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new CancellationException("The checks were interrupted.");
            } catch (ExecutionException unexpected) {
                throw new IllegalStateException("A check failed unexpectedly: " + CheckRun.reason(unexpected),
                        unexpected.getCause());
            }
        }
    }

    /**
     * Starts every check that applies, for broker logs and for authorizer logs when any of their destinations is on;
     * the future completes with all their findings, each naming the kinds it is about. A finding both kinds give
     * alike (a destination serving both, the same permission) is given once, naming both.
     */
    CompletableFuture<List<Finding>> start(CheckRequest request) {
        List<CompletableFuture<List<Finding>>> kinds = new ArrayList<>();
        for (LogKind kind : LogKind.values()) {
            if (kind == LogKind.BROKER || request.logging().delivery(kind).anyEnabled()) {
                kinds.add(start(new CheckRun(services, cache, executor, request, kind)));
            }
        }
        return CompletableFuture.allOf(kinds.toArray(CompletableFuture[]::new)).thenApply(done -> {
            List<Finding> tagged = new ArrayList<>();
            kinds.forEach(kind -> tagged.addAll(kind.join()));
            return KindMerge.merge(tagged);
        });
    }

    private static CompletableFuture<List<Finding>> start(CheckRun run) {
        LogDelivery logs = run.logs();
        List<CompletableFuture<List<Finding>>> parts = new ArrayList<>();
        parts.add(CompletableFuture.completedFuture(StaticChecks.check(run.request.context(), logs, run.kind)));
        if (logs.anyEnabled() || !run.request.isNewCluster()) {
            parts.add(PermissionCheck.run(run));
        }
        if (logs.cloudWatchLogs().enabled() && PermissionNeeds.present(logs.cloudWatchLogs().logGroup())) {
            parts.add(LogGroupCheck.run(run));
        }
        if (logs.s3().enabled() && PermissionNeeds.present(logs.s3().bucket())) {
            parts.add(BucketCheck.run(run));
        }
        if (logs.firehose().enabled() && PermissionNeeds.present(logs.firehose().deliveryStream())) {
            parts.add(StreamCheck.run(run));
        }
        return CompletableFuture.allOf(parts.toArray(CompletableFuture[]::new)).thenApply(done -> {
            List<Finding> findings = new ArrayList<>();
            parts.forEach(part -> part.join().forEach(f -> findings.add(f.withKinds(Set.of(run.kind)))));
            return findings;
        });
    }

    public CheckCache cache() {
        return cache;
    }
}
