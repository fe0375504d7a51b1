package io.mskconsole.cli;

import io.mskconsole.core.account.Account;
import io.mskconsole.core.account.Session;
import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.concurrent.DaemonThreads;
import io.mskconsole.core.trail.LookupAttribute;
import io.mskconsole.core.trail.LookupCache;
import io.mskconsole.core.trail.RecordSink;
import io.mskconsole.core.trail.TrailEvent;
import io.mskconsole.core.trail.TrailFetch;
import io.mskconsole.core.trail.TrailProgress;
import io.mskconsole.core.trail.TrailQuery;
import io.mskconsole.core.trail.TrailSource;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The lookup of {@code trail}: opens the account, looks up every region at once at CloudTrail's pace with
 * {@link TrailFetch}, progress on stderr, then hands the events that arrived (filtered, newest first) to the
 * output, also when stopped by Ctrl-C or when a region failed.
 */
final class TrailLookup {
    private final CliEnvironment env;
    private final TrailSource.Preset preset;
    private final LookupAttribute attribute;
    private final Predicate<TrailEvent> wanted;
    private final Consumer<List<TrailEvent>> output;
    private final boolean cached;

    /** @param cached whether to use and fill the LookupEvents cache */
    TrailLookup(CliEnvironment env, TrailSource.Preset preset, LookupAttribute attribute,
                Predicate<TrailEvent> wanted, Consumer<List<TrailEvent>> output, boolean cached) {
        this.cached = cached;
        this.env = env;
        this.preset = preset;
        this.attribute = attribute;
        this.wanted = wanted;
        this.output = output;
    }

    /**
     * @param chosenRegions the --region list, or null for the account's default region
     * @param note          printed on stderr once the region is known, or null
     */
    int run(Account account, List<String> chosenRegions, Instant start, Instant end, Instant now, String note) {
        try (Session session = env.accounts().open(account)) {
            List<String> regions = chosenRegions != null ? chosenRegions
                    : List.of(session.defaultRegion().orElseThrow(() -> CliFailure.usage(
                    "No region: pass --region (several: --region us-east-1,eu-west-1).")));
            if (note != null) {
                env.err().println(note);
            }
            Instant oldest = now.minus(TrailQuery.LOOKUP_HISTORY);
            if (start.isBefore(oldest)) {
                env.err().println("Note: LookupEvents keeps the last 90 days only, from "
                        + TrailTimes.NOTE.format(oldest) + "; for older events read the trail's log files from "
                        + "S3 with --files PATH.");
                start = oldest;
            }
            if (!start.isBefore(end)) {
                output.accept(List.of());
                env.err().println("No events: the whole time range is older than 90 days.");
                return ExitCodes.OK;
            }
            return lookUp(session, new TrailQuery(preset, attribute, start, end, regions));
        }
    }

    private int lookUp(Session session, TrailQuery query) {
        env.err().println("Looking up " + what() + " in " + String.join(", ", query.regions()) + " from "
                + TrailTimes.NOTE.format(query.start()) + " to " + TrailTimes.NOTE.format(query.end())
                + (attribute == null ? "" : " with " + attribute.key().apiName() + "=" + attribute.value())
                + ", 2 calls a second per region...");
        TrailLookupProgress progress = new TrailLookupProgress(query.regions(), env.err());
        ExecutorService pool = DaemonThreads.cachedPool("msk-console-trail");
        Cancellation cancellation = new Cancellation();
        Interrupts.Registration ctrlC = env.interrupts().install(cancellation::cancel);
        Account reader = session.account();
        if (cached && attribute != null && attribute.key() != io.mskconsole.core.trail.LookupKey.EVENT_SOURCE
                && !reader.isSandbox()) {
            env.err().println("--lookup " + attribute.key().apiName() + " asks CloudTrail for all of the range: the "
                    + "cache keeps lookups by source.");
        }
        String home = query.regions().get(0);
        // the Sandbox's events are made anew each run: nothing of them is kept
        LookupCache cache = !cached || reader.isSandbox() ? LookupCache.NONE : LookupCache.resolvedBy(() ->
                env.keeping().lookups().of(reader.key() + " in " + session.destinations(home).permissions().caller()
                        .account()));
        try (RecordSink records = env.keeping().records().get()) {
            TrailFetch fetch = new TrailFetch(region -> progress.counting(session.trail(region), region), pool,
                    env.ticker(), TrailFetch.CALLS_PER_SECOND).withCache(cache, env.clock()).keepingIn(records);
            TrailProgress last = fetch.run(query, progress, cancellation);
            List<TrailEvent> arrived = progress.close();
            List<TrailEvent> shown = arrived.stream().filter(wanted).sorted(TrailEvent.NEWEST_FIRST).toList();
            // Printed before the Ctrl-C registration closes and lets the JVM exit.
            output.accept(shown);
            env.err().println(summary(last, arrived.size(), shown.size()));
            last.problems().stream().distinct()
                    .forEach(problem -> env.err().println(CliErrors.PREFIX + CliErrors.oneLine(problem)));
            last.warnings().forEach(warning -> env.err().println(CliErrors.PREFIX + "warning: "
                    + CliErrors.oneLine(warning))); // the events are printed all the same: no failure
            if (cancellation.isCancelled()) {
                return CliErrors.report(new CliFailure(ExitCodes.INTERRUPTED, "Stopped by Ctrl-C: printed the "
                        + TrailLookupProgress.count(shown.size(), "event") + " that had arrived."), env.err());
            }
            return last.problems().isEmpty() ? ExitCodes.OK : ExitCodes.FAILED;
        } finally {
            ctrlC.close();
            pool.shutdownNow();
        }
    }

    private String what() {
        return switch (preset) {
            case MSK -> "MSK API calls";
            case KAFKA -> "Kafka actions";
            case BOTH -> "MSK API calls and Kafka actions";
        };
    }

    /** "412 events, 14 pages, 9.3 s; 37 match --filter." and what was absorbed or skipped. */
    private String summary(TrailProgress last, int arrived, int shown) {
        StringBuilder line = new StringBuilder(TrailLookupProgress.count(arrived, "event")).append(", ")
                .append(TrailLookupProgress.count(last.pages(), "page")).append(", ")
                .append(TrailLookupProgress.seconds(last.elapsed()));
        if (last.fromCache() > 0) {
            line.append(String.format(java.util.Locale.ROOT, "; %,d kept from %s", last.fromCache(),
                    last.cachedWhen(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", java.util.Locale.ROOT)
                            .withZone(java.time.ZoneOffset.UTC))));
        }
        if (shown != arrived) {
            line.append("; ").append(shown).append(" match --filter");
        }
        if (last.throttled() > 0) {
            line.append("; CloudTrail throttled ").append(TrailLookupProgress.count(last.throttled(), "call"))
                    .append(", retried after a pause");
        }
        if (last.skipped() > 0) {
            line.append("; ").append(last.skipped() == 1 ? "1 broken record" : last.skipped() + " broken records")
                    .append(" skipped");
        }
        return line.append('.').toString();
    }
}
