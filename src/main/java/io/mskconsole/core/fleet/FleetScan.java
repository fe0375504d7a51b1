package io.mskconsole.core.fleet;

import io.mskconsole.core.account.Account;
import io.mskconsole.core.account.Accounts;
import io.mskconsole.core.account.Session;
import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.errors.GatewayException;
import io.mskconsole.core.levels.LevelsSeen;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.Semaphore;

/**
 * Scans a fleet: every cluster of every account and region asked (ListClustersV2 gives each cluster's log delivery,
 * so no cluster is described one by one), each checked against the policy. Regions are read in parallel, at most
 * {@link #REGIONS_AT_ONCE} per account; a region that fails is reported and the others go on. The same for the window
 * and {@code fleet scan}. Blocking: call it off the UI thread.
 */
public final class FleetScan {
    /** How many regions of one account are read at once. */
    public static final int REGIONS_AT_ONCE = 8;

    /** Told as each region comes in (from the scanning threads). */
    public interface Progress {
        Progress NONE = new Progress() {
        };

        default void regionRead(Account account, String region, int clusters) {
        }

        /** The region's clusters with their findings, as soon as they are checked (before {@link #regionRead}). */
        default void rowsRead(Account account, String region, List<FleetReport.Row> rows) {
        }

        default void regionFailed(Account account, String region, String message) {
        }
    }

    private final Accounts accounts;
    private final Executor executor;
    private final Clock clock;
    private final LevelsSeen levels;

    /** @param executor where regions are read; each waits for nothing but its own calls */
    public FleetScan(Accounts accounts, Executor executor, Clock clock) {
        this(accounts, executor, clock, LevelsSeen.NONE);
    }

    /** @param levels the brokers' log levels read in this run, for the rules about levels */
    public FleetScan(Accounts accounts, Executor executor, Clock clock, LevelsSeen levels) {
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.levels = Objects.requireNonNull(levels, "levels");
    }

    /**
     * @param regions the regions to read, or empty for every region of each account's partition
     */
    public FleetReport scan(List<Account> chosen, List<String> regions, FleetPolicy policy, Progress progress,
                            Cancellation cancellation) {
        Instant began = clock.instant();
        ConcurrentLinkedQueue<FleetReport.Row> rows = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<FleetReport.RegionFailure> failures = new ConcurrentLinkedQueue<>();
        List<Session> sessions = new ArrayList<>();
        List<CompletableFuture<Void>> reads = new ArrayList<>();
        List<String> allRegions = new ArrayList<>();
        try {
            for (Account account : chosen) {
                Session session;
                try {
                    session = accounts.open(account);
                } catch (GatewayException unusable) {
                    failures.add(new FleetReport.RegionFailure(account, "", unusable.getMessage()));
                    progress.regionFailed(account, "", unusable.getMessage());
                    continue;
                }
                sessions.add(session);
                List<String> ofAccount = regions.isEmpty() ? session.regions() : regions;
                ofAccount.stream().filter(r -> !allRegions.contains(r)).forEach(allRegions::add);
                Semaphore slots = new Semaphore(REGIONS_AT_ONCE);
                DestinationLookups lookups = new DestinationLookups(session);
                List<String> known = session.regions();
                for (String region : ofAccount) {
                    if (!known.isEmpty() && !known.contains(region)) {
                        String message = region + " is not a region of " + account.displayName() + "'s partition ("
                                + known.size() + " regions, e.g. " + String.join(", ", known.subList(0,
                                Math.min(3, known.size()))) + "): check its spelling.";
                        failures.add(new FleetReport.RegionFailure(account, region, message));
                        progress.regionFailed(account, region, message);
                        continue;
                    }
                    reads.add(CompletableFuture.runAsync(() -> read(account, session, region, policy, lookups, slots,
                            rows, failures, progress, cancellation), executor));
                }
            }
            reads.forEach(CompletableFuture::join);
        } finally {
            sessions.forEach(Session::close);
        }
        List<FleetReport.Row> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing((FleetReport.Row r) -> r.account().displayName())
                .thenComparing(FleetReport.Row::region)
                .thenComparing(r -> r.cluster().name() == null ? "" : r.cluster().name(),
                        String.CASE_INSENSITIVE_ORDER));
        List<FleetReport.RegionFailure> failed = new ArrayList<>(failures);
        failed.sort(Comparator.comparing((FleetReport.RegionFailure f) -> f.account().displayName())
                .thenComparing(FleetReport.RegionFailure::region));
        allRegions.sort(Comparator.naturalOrder());
        return new FleetReport(began, chosen, allRegions, policy, sorted, failed);
    }

    private void read(Account account, Session session, String region, FleetPolicy policy,
                             DestinationLookups lookups, Semaphore slots,
                             ConcurrentLinkedQueue<FleetReport.Row> rows,
                             ConcurrentLinkedQueue<FleetReport.RegionFailure> failures, Progress progress,
                             Cancellation cancellation) {
        if (cancellation.isCancelled()) {
            return;
        }
        try {
            slots.acquire();
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
            return;
        }
        try {
            List<Cluster> clusters = session.clusters(region).listClusters(cancellation);
            List<FleetReport.Row> read = new ArrayList<>();
            for (Cluster cluster : clusters) {
                read.add(new FleetReport.Row(account, region, cluster, policy.check(cluster, lookups, levels)));
            }
            rows.addAll(read);
            progress.rowsRead(account, region, List.copyOf(read));
            progress.regionRead(account, region, clusters.size());
        } catch (GatewayException failed) {
            failures.add(new FleetReport.RegionFailure(account, region, failed.getMessage()));
            progress.regionFailed(account, region, failed.getMessage());
        } finally {
            slots.release();
        }
    }
}
