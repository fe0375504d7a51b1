package io.mskconsole.core.fleet.change;

import io.mskconsole.core.account.Account;
import io.mskconsole.core.account.Accounts;
import io.mskconsole.core.account.Session;
import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.clusters.ClusterState;
import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.delivery.LogDeliveryUpdate;
import io.mskconsole.core.delivery.LoggingInfo;
import io.mskconsole.core.delivery.UpdateMonitoringRequest;
import io.mskconsole.core.delivery.UpdateRefusedException;
import io.mskconsole.core.destinations.CheckCache;
import io.mskconsole.core.destinations.CheckReport;
import io.mskconsole.core.destinations.CheckRequest;
import io.mskconsole.core.destinations.DeliveryContext;
import io.mskconsole.core.destinations.DestinationChecks;
import io.mskconsole.core.destinations.Finding;
import io.mskconsole.core.destinations.Severity;
import io.mskconsole.core.errors.GatewayException;
import io.mskconsole.core.fleet.FleetReport;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;

/**
 * Plans one change for many clusters, the same for the window and {@code fleet plan}: per cluster, what the single
 * editor would send ({@link LogDeliveryUpdate#prepare}), or why nothing would be; then the destination checks of what
 * would be sent, one check cache per account and region so a destination many clusters share is looked up once.
 * Regions are planned in parallel. Blocking: call it off the UI thread.
 */
public final class FleetPlanner {
    /** Told as each region's clusters are planned (from the planning threads). */
    public interface Progress {
        Progress NONE = (account, region, clusters) -> {
        };

        void regionPlanned(Account account, String region, int clusters);
    }

    private final Accounts accounts;
    private final Executor executor;
    private final Clock clock;

    public FleetPlanner(Accounts accounts, Executor executor, Clock clock) {
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * @param chosen the clusters to plan for, as a scan read them (apply refuses any whose delivery changed since)
     * @throws CancellationException if cancelled before every region was planned
     */
    public FleetPlan plan(List<FleetReport.Row> chosen, FleetChange change, Progress progress,
                          Cancellation cancellation) {
        Map<Account, Map<String, List<Cluster>>> byPlace = new LinkedHashMap<>();
        Map<String, Account> planned = new java.util.HashMap<>();
        List<PlannedCluster> twice = new ArrayList<>();
        for (FleetReport.Row row : chosen) {
            Account first = planned.putIfAbsent(row.cluster().arn(), row.account());
            if (first != null) {
                // the same cluster through another profile or role: changed once, through the first
                twice.add(entry(row.account(), row.region(), row.cluster(), PlannedCluster.Action.SKIP,
                        "Also in the plan through " + first.displayName() + ": changed once, from there.",
                        row.cluster().logging(), List.of()));
                continue;
            }
            byPlace.computeIfAbsent(row.account(), a -> new LinkedHashMap<>())
                    .computeIfAbsent(row.region(), r -> new ArrayList<>()).add(row.cluster());
        }
        List<Session> sessions = new ArrayList<>();
        List<CompletableFuture<List<PlannedCluster>>> regions = new ArrayList<>();
        try {
            for (Map.Entry<Account, Map<String, List<Cluster>>> account : byPlace.entrySet()) {
                Session session = open(account.getKey());
                if (session != null) {
                    sessions.add(session);
                }
                for (Map.Entry<String, List<Cluster>> region : account.getValue().entrySet()) {
                    regions.add(CompletableFuture.supplyAsync(() -> planRegion(account.getKey(), session,
                            region.getKey(), region.getValue(), change, progress, cancellation), executor));
                }
            }
            List<PlannedCluster> all = new ArrayList<>();
            for (CompletableFuture<List<PlannedCluster>> region : regions) {
                all.addAll(join(region));
            }
            all.addAll(twice);
            return new FleetPlan(clock.instant(), change, all);
        } finally {
            sessions.forEach(Session::close);
        }
    }

    private Session open(Account account) {
        try {
            return accounts.open(account);
        } catch (GatewayException unusable) {
            return null; // every check of the account then says why it could not run
        }
    }

    private List<PlannedCluster> planRegion(Account account, Session session, String region, List<Cluster> clusters,
                                            FleetChange change, Progress progress, Cancellation cancellation) {
        DestinationChecks checks = null;
        String unavailable = null;
        try {
            if (session == null) {
                throw new GatewayException(io.mskconsole.core.errors.Failure.CONFIGURATION, "open",
                        "Account " + account.displayName() + " could not be opened.");
            }
            checks = new DestinationChecks(session.destinations(region), new CheckCache(), executor);
        } catch (GatewayException e) {
            unavailable = e.getMessage();
        }
        List<PlannedCluster> planned = new ArrayList<>();
        for (Cluster cluster : clusters) {
            if (cancellation.isCancelled()) {
                throw new CancellationException("Planning was cancelled.");
            }
            planned.add(planCluster(account, region, cluster, change, checks, unavailable, cancellation));
        }
        progress.regionPlanned(account, region, clusters.size());
        return planned;
    }

    /** One cluster's entry: what the single editor would do with the change, and the checks of what it would send. */
    static PlannedCluster planCluster(Account account, String region, Cluster cluster, FleetChange change,
                                      DestinationChecks checks, String checksUnavailable, Cancellation cancellation) {
        if (!cluster.supportsBrokerLogs()) {
            return entry(account, region, cluster, PlannedCluster.Action.SKIP, "Serverless: serverless clusters have "
                    + "no broker or authorizer logs.", cluster.logging(), List.of());
        }
        UpdateMonitoringRequest request;
        try {
            request = LogDeliveryUpdate.prepare(cluster, change.desiredFor(cluster));
        } catch (UpdateRefusedException refused) {
            return entry(account, region, cluster, PlannedCluster.Action.SKIP, refused.getMessage(),
                    cluster.logging(), List.of());
        }
        LoggingInfo target = request.logging();
        if (cluster.logging().sameDeliveryAs(target)) {
            return entry(account, region, cluster, PlannedCluster.Action.NOTHING_TO_CHANGE,
                    "Already delivers as asked.", target, List.of());
        }
        if (cluster.state() != ClusterState.ACTIVE) {
            return entry(account, region, cluster, PlannedCluster.Action.SKIP, "Cluster " + cluster.name() + " is "
                    + cluster.state() + ": MSK accepts changes only while a cluster is ACTIVE. Plan again when it is.",
                    target, List.of());
        }
        List<PlanCheck> found = new ArrayList<>();
        if (checks == null) {
            found.add(new PlanCheck(Severity.COULD_NOT_CHECK, "Could not check the destinations",
                    "CloudWatch Logs, Amazon S3, Firehose, KMS and IAM could not be reached in " + region + ": "
                            + checksUnavailable, "Make sure each destination exists in " + region + "."));
        } else {
            CheckReport report = checks.run(new CheckRequest(new DeliveryContext(region, cluster.isExpress(), false),
                    target, cluster.arn()), cancellation);
            report.findings().stream().filter(f -> f.severity() != Severity.INFO).map(PlanCheck::of)
                    .forEach(found::add);
            if (report.blocksApply()) {
                String errors = report.withSeverity(Severity.ERROR).stream().map(Finding::title)
                        .collect(Collectors.joining("; "));
                return entry(account, region, cluster, PlannedCluster.Action.BLOCKED, errors, target, found);
            }
        }
        return entry(account, region, cluster, PlannedCluster.Action.CHANGE, null, target, found);
    }

    private static PlannedCluster entry(Account account, String region, Cluster cluster,
                                        PlannedCluster.Action action, String reason, LoggingInfo target,
                                        List<PlanCheck> checks) {
        return new PlannedCluster(account, region, cluster.arn(), cluster.name(), cluster.currentVersion(), action,
                reason, cluster.logging(), target, checks);
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException failed) {
            if (failed.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw failed;
        }
    }
}
