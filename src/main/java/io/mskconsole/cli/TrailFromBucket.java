package io.mskconsole.cli;

import io.mskconsole.core.account.Account;
import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.concurrent.DaemonThreads;
import io.mskconsole.core.trail.TrailEvent;
import io.mskconsole.core.trail.TrailSource;
import io.mskconsole.core.trailbucket.TrailBucketGateway;
import io.mskconsole.core.trailbucket.TrailBucketRead;
import io.mskconsole.core.trailbucket.TrailFolders;
import io.mskconsole.core.trailbucket.TrailInfo;
import io.mskconsole.core.trailbucket.TrailLayout;
import io.mskconsole.core.trailcache.TrailFileCache;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * {@code trail --s3 --trail NAME}: the trail's log files read straight from its bucket ({@link TrailBucketRead}), for
 * the accounts asked (or every account the bucket holds) and the regions asked (or the account's region). Progress
 * on standard error, events on standard output at the end, newest first; Ctrl-C prints what had arrived. Files and
 * closed days' listings already read come from the environment's trail file cache (shared with the window) unless
 * {@code --no-cache}.
 */
final class TrailFromBucket {
    /** How many files are read at the same time. */
    static final int CONNECTIONS = TrailBucketRead.CONNECTIONS;
    /** A progress line every this many files read. */
    static final int PROGRESS_EVERY = 25;

    private final CliEnvironment env;
    private final GlobalOptions global;
    private final TrailSource.Preset preset;
    private final Predicate<TrailEvent> wanted;
    private final Consumer<List<TrailEvent>> output;
    private final boolean cached;

    /** @param cached whether to use (and fill) the environment's trail file cache */
    TrailFromBucket(CliEnvironment env, GlobalOptions global, TrailSource.Preset preset, Predicate<TrailEvent> wanted,
                    Consumer<List<TrailEvent>> output, boolean cached) {
        this.env = env;
        this.cached = cached;
        this.global = global;
        this.preset = preset;
        this.wanted = wanted;
        this.output = output;
    }

    /**
     * @param trailName the trail's name or ARN
     * @param accounts  the accounts asked, or null for every account the bucket holds
     * @param regions   the regions asked, or null for the connection's region
     */
    int run(String trailName, List<String> accounts, List<String> regions, Instant start, Instant end) {
        if (java.time.Duration.between(start, end).toDays() >= TrailLayout.MOST_DAYS - 1) {
            throw CliFailure.usage("--since: " + TrailTimes.NOTE.format(start) + " to " + TrailTimes.NOTE.format(end)
                    + " spans more than " + (TrailLayout.MOST_DAYS - 2) + " days: read it in parts (several --since"
                    + " and --until), or query it with Athena.");
        }
        try (Connection connection = Connection.open(env, global, regions == null ? null : regions.get(0))) {
            TrailLayout.check(accounts == null ? List.of() : accounts, regions != null ? regions
                    : List.of(connection.region()), start, end); // bad input is said before anything is read
            TrailBucketGateway bucket = connection.session().trailBucket(connection.region());
            if (cached) {
                Account reader = connection.session().account();
                bucket = env.trailCache().cached(bucket, reader.isSandbox() ? TrailFileCache.SANDBOX : reader.key());
            }
            TrailInfo trail = trail(bucket, trailName, connection.region());
            String organization = TrailFolders.organizationOf(bucket, trail);
            String root = TrailLayout.root(trail.keyPrefix(), organization);
            List<String> asked = accounts != null ? TrailFolders.asked(bucket, trail, root, accounts)
                    : accounts(bucket, trail, root);
            List<String> where = regions != null ? regions : List.of(connection.region());
            env.err().println("Reading " + trail.describe() + ": " + asked.size() + (asked.size() == 1 ? " account"
                    : " accounts") + ", " + String.join(", ", where) + ", from " + TrailTimes.NOTE.format(start)
                    + " to " + TrailTimes.NOTE.format(end) + ", " + CONNECTIONS + " requests at a time...");
            return read(bucket, new TrailBucketRead.Request(trail, organization, asked, where, start, end, preset));
        } catch (IllegalArgumentException badRange) {
            throw CliFailure.usage(badRange.getMessage());
        }
    }

    private int read(TrailBucketGateway bucket, TrailBucketRead.Request request) {
        ExecutorService pool = DaemonThreads.cachedPool("msk-console-trail-files");
        Cancellation cancellation = new Cancellation();
        Interrupts.Registration ctrlC = env.interrupts().install(cancellation::cancel);
        try (io.mskconsole.core.trail.RecordSink records = env.keeping().records().get()) {
            TrailBucketRead.Result result = new TrailBucketRead(bucket, pool, CONNECTIONS).keepingIn(records).read(
                    request,
                    new TrailBucketRead.Listener() {
                        @Override
                        public void events(List<TrailEvent> batch) {
                        }

                        @Override
                        public void progress(TrailBucketRead.Progress now) {
                            if (now.filesRead() > 0 && now.filesRead() % PROGRESS_EVERY == 0) {
                                env.err().println(now.describe());
                            }
                        }
                    }, cancellation);
            List<TrailEvent> shown = result.events().stream().filter(wanted).toList();
            output.accept(shown); // printed before the Ctrl-C registration closes and lets the JVM exit
            env.err().println("Read " + result.progress().describe() + (result.duplicates() == 0 ? ""
                    : "; " + TrailLookupProgress.count(result.duplicates(), "duplicate") + " dropped")
                    + (shown.size() == result.events().size() ? "" : "; " + shown.size() + " shown") + ".");
            result.problems().forEach(problem -> env.err().println(CliErrors.PREFIX + CliErrors.oneLine(problem)));
            if (cancellation.isCancelled()) {
                return CliErrors.report(new CliFailure(ExitCodes.INTERRUPTED, "Stopped by Ctrl-C: printed the "
                        + TrailLookupProgress.count(shown.size(), "event") + " that had arrived."), env.err());
            }
            return result.problems().isEmpty() ? ExitCodes.OK : ExitCodes.FAILED;
        } finally {
            ctrlC.close();
            pool.shutdownNow();
        }
    }

    /** The trail of that name or ARN (DescribeTrails), or a usage failure naming the trails there are. */
    static TrailInfo trail(TrailBucketGateway bucket, String trailName, String region) {
        List<TrailInfo> trails = bucket.trails();
        return trails.stream().filter(t -> t.name().equals(trailName) || trailName.equals(t.arn())).findFirst()
                .orElseThrow(() -> CliFailure.usage("--trail: no trail named " + trailName + " in " + region
                        + (trails.isEmpty() ? " (the account has none)." : "; the trails: " + String.join(", ",
                        trails.stream().map(TrailInfo::name).toList()) + ".")));
    }

    /** Every account folder under the root, or a failure saying there is none. */
    private static List<String> accounts(TrailBucketGateway bucket, TrailInfo trail, String root) {
        List<String> found = TrailFolders.accounts(bucket, trail, root);
        if (found.isEmpty()) {
            throw CliFailure.failed("s3://" + trail.bucket() + "/" + root + " holds no account folder: trail "
                    + trail.name() + " has delivered nothing there.");
        }
        return found;
    }
}
