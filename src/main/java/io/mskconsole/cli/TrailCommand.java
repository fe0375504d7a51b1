package io.mskconsole.cli;

import io.mskconsole.core.account.Account;
import io.mskconsole.core.concurrent.DaemonThreads;
import io.mskconsole.core.trail.LookupAttribute;
import io.mskconsole.core.trail.RecordSink;
import io.mskconsole.core.trail.TrailEvent;
import io.mskconsole.core.trail.TrailExport;
import io.mskconsole.core.trail.TrailFiles;
import io.mskconsole.core.trail.TrailFilter;
import io.mskconsole.core.trail.TrailSource;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code msk-console trail}: MSK's CloudTrail events on stdout, looked up with LookupEvents at CloudTrail's pace in
 * one region or several at once, or read from trail log files ({@code --files}). The events are printed at the end,
 * newest first and once each; progress, notes and problems go to stderr.
 */
@Command(name = "trail", mixinStandardHelpOptions = true, versionProvider = CliVersion.class,
        description = {"List MSK's CloudTrail events (MSK API calls, Kafka actions) from LookupEvents, trail "
                + "files, the trail's S3 bucket or Athena.",
                "Looks up the events of each --region at once, each at CloudTrail's pace of 2 calls a second, "
                        + "progress on stderr; prints them at the end, newest first, once each. LookupEvents "
                        + "keeps 90 days: for older history, read the trail's files from its bucket (--s3 --trail "
                        + "NAME), query them with Athena (--athena --trail NAME), or read files on disk (--files).",
                "Exit codes: 0 done (also with no events; with --files, at least one file read), 1 a region's "
                        + "lookup failed (the other regions' events are printed), with --s3 a file or folder not "
                        + "read, with --athena a query Athena failed or more rows than kept, 2 bad input, usage or "
                        + "setup (with --files: no file could be read), 130 stopped by Ctrl-C (what had arrived is "
                        + "printed)."})
final class TrailCommand implements Callable<Integer> {
    static final Duration DEFAULT_SINCE = Duration.ofHours(24);
    static final String SANDBOX_NOTE = "Note: the Sandbox keeps trail events in us-east-1 and eu-west-1; "
            + "--region us-east-1,eu-west-1 shows both.";
    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d{1,2}");

    enum Source {
        msk(TrailSource.Preset.MSK), kafka(TrailSource.Preset.KAFKA), both(TrailSource.Preset.BOTH);

        final TrailSource.Preset preset;

        Source(TrailSource.Preset preset) {
            this.preset = preset;
        }
    }

    enum Format { table, json, csv }

    private final CliEnvironment env;
    private final GlobalOptions global;

    @Option(names = "--source", paramLabel = "msk|kafka|both", defaultValue = "both",
            description = "msk: MSK API calls (kafka.amazonaws.com); kafka: Kafka actions on clusters with IAM "
                    + "access control (kafka-cluster.amazonaws.com); both (default).")
    Source source;

    @Option(names = "--since", paramLabel = "TIME",
            description = "From this time: an age (1h, 24h, 7d, 90d) or ISO-8601 (2024-05-01, "
                    + "2024-05-01T10:00:00Z; a date is midnight UTC). Default: 24h; with --files, the oldest record.")
    String since;

    @Option(names = "--until", paramLabel = "TIME", description = "Up to this time, in the same forms (default: now).")
    String until;

    @Option(names = "--lookup", paramLabel = "Key=Value",
            description = "The one attribute LookupEvents filters on: EventId, EventName, ReadOnly, Username, "
                    + "ResourceType, ResourceName, EventSource or AccessKeyId, e.g. EventName=UpdateMonitoring.")
    String lookup;

    @Option(names = "--filter", paramLabel = "TEXT",
            description = "Keep the events whose fields (name, source, region, user, source IP, error, cluster, "
                    + "topic, group, event id) hold every word of TEXT, ignoring case.")
    String filter;

    @Option(names = "--format", paramLabel = "table|json|csv", defaultValue = "table",
            description = "table: aligned columns (default); json: a CloudTrail-style {\"Records\":[...]} document "
                    + "of the whole records, one a line; csv: RFC 4180, formulas defused for spreadsheets.")
    Format format;

    @Option(names = "--s3", description = "Read the trail's log files straight from its S3 bucket (with --trail), "
            + "for history beyond LookupEvents' 90 days.")
    boolean s3;

    @Mixin
    AthenaOptions athena = new AthenaOptions();

    @Option(names = "--trail", paramLabel = "NAME", description = "With --s3 or --athena: the trail (its name or ARN).")
    String trail;

    @Option(names = "--trail-account", paramLabel = "ID[,ID...]", split = ",",
            description = "With --s3: the accounts whose files to read (default: every account the bucket holds); "
                    + "with --athena: the accounts asked of an organization trail (default: all).")
    List<String> trailAccounts;

    @Option(names = "--no-cache", description = "Ask CloudTrail for the whole range (LookupEvents), or read every "
            + "listing and file from the bucket (--s3), neither using nor filling the app's caches.")
    boolean noCache;

    @Option(names = "--files", arity = "1..*", paramLabel = "PATH",
            description = "Read these trail log files (.json, .json.gz) and folders (walked to the bottom) instead "
                    + "of LookupEvents; no AWS credentials needed. --region then keeps those regions' events.")
    List<String> files;

    TrailCommand(CliEnvironment env, GlobalOptions global) {
        this.env = env;
        this.global = global;
    }

    @Override
    public Integer call() {
        Instant now = env.clock().instant();
        Instant end = until == null ? now : TrailTimes.parse("--until", until, now);
        Instant start = since != null ? TrailTimes.parse("--since", since, now)
                : files != null ? null : now.minus(DEFAULT_SINCE);
        if (start != null && !start.isBefore(end)) {
            throw CliFailure.usage("The time range is empty: --since " + TrailTimes.NOTE.format(start)
                    + " is not before --until " + TrailTimes.NOTE.format(end) + ".");
        }
        List<String> regions = regions(global.region);
        Predicate<TrailEvent> wanted = TrailFilter.text(filter).predicate();
        if (athena.givenWithout()) {
            throw CliFailure.usage("--database, --workgroup, --output-location, --athena-region, --table, "
                    + "--create-table, --question and --topic go with --athena.");
        }
        if (athena.athena && noCache) {
            throw CliFailure.usage("--no-cache goes with LookupEvents and --s3: Athena reads the files in S3 itself.");
        }
        if (athena.athena && (s3 || files != null)) {
            throw CliFailure.usage("--athena queries the trail with Athena; --s3 and --files read files: choose one.");
        }
        if (files != null) {
            if (s3) {
                throw CliFailure.usage("--s3 reads the trail's bucket and --files files on disk: choose one.");
            }
            if (lookup != null) {
                throw CliFailure.usage("--lookup asks LookupEvents, which --files does not use: narrow the events "
                        + "with --filter TEXT or --source instead.");
            }
            if (noCache) {
                throw CliFailure.usage("--no-cache goes with LookupEvents and --s3: --files reads only the files "
                        + "given.");
            }
            return fromFiles(start, end, regions, wanted);
        }
        if (s3 || athena.athena) {
            String how = s3 ? "--s3" : "--athena";
            if (trail == null || trail.isBlank()) {
                throw CliFailure.usage(how + " reads one trail's files: name it with --trail NAME.");
            }
            if (lookup != null) {
                throw CliFailure.usage("--lookup asks LookupEvents, which " + how + " does not use: narrow the events "
                        + "with --filter TEXT or --source instead.");
            }
            if (athena.athena) {
                return new TrailFromAthena(env, global, source.preset, wanted, this::write).run(trail.strip(),
                        athena.ask(), trailAccounts == null ? null : trailAccounts.stream().map(String::strip)
                        .toList(), regions, start, end);
            }
            return new TrailFromBucket(env, global, source.preset, wanted, this::write, !noCache).run(trail.strip(),
                    trailAccounts == null ? null : trailAccounts.stream().map(String::strip).toList(), regions,
                    start, end);
        }
                LookupAttribute attribute = lookup == null ? null : attribute(lookup);
        return new TrailLookup(env, source.preset, attribute, wanted, this::write, !noCache).run(account(), regions, start, end,
                now, global.sandbox && regions == null ? SANDBOX_NOTE : null);
    }

    private Account account() {
        return Connection.account(env.accounts().profiles(), global);
    }

    private int fromFiles(Instant start, Instant end, List<String> regions, Predicate<TrailEvent> wanted) {
        List<Path> paths = files.stream().map(name -> LoggingFiles.resolve(env, name)).toList();
        TrailFiles.Result result;
        ExecutorService pool = DaemonThreads.cachedPool("msk-console-trail-files");
        try (RecordSink records = env.keeping().records().get()) {
            int cores = Runtime.getRuntime().availableProcessors();
            result = TrailFiles.read(paths, source.preset, records, pool, cores);
            return fromFiles(result, start, end, regions, wanted);
        } finally {
            pool.shutdownNow();
        }
    }

    private int fromFiles(TrailFiles.Result result, Instant start, Instant end, List<String> regions,
                          Predicate<TrailEvent> wanted) {
        result.problems().forEach(problem -> env.err().println(CliErrors.PREFIX + CliErrors.oneLine(
                problem.toString())));
        if (result.filesRead() == 0) {
            env.err().println(CliErrors.PREFIX + "No trail log file could be read.");
            return ExitCodes.USAGE;
        }
        Predicate<TrailEvent> inRange = event -> (start == null || !event.time().isBefore(start))
                && !event.time().isAfter(end) && (regions == null || regions.contains(event.region()));
        List<TrailEvent> shown = result.events().stream().filter(inRange.and(wanted)).toList();
        write(shown);
        env.err().println(filesSummary(result, shown.size()));
        return ExitCodes.OK;
    }

    /** "Read 3 files: 340 events (2 duplicates dropped, 1 broken record skipped); 120 shown." */
    static String filesSummary(TrailFiles.Result result, int shown) {
        StringBuilder line = new StringBuilder("Read ").append(TrailLookupProgress.count(result.filesRead(), "file"))
                .append(": ").append(TrailLookupProgress.count(result.events().size(), "event"));
        StringBuilder notes = new StringBuilder();
        if (result.duplicates() > 0) {
            notes.append(TrailLookupProgress.count(result.duplicates(), "duplicate")).append(" dropped");
        }
        if (result.skipped() > 0) {
            notes.append(notes.isEmpty() ? "" : ", ").append(result.skipped() == 1 ? "1 broken record"
                    : result.skipped() + " broken records").append(" skipped");
        }
        if (result.otherSources() > 0) {
            notes.append(notes.isEmpty() ? "" : ", ").append(result.otherSources())
                    .append(" of other sources left out");
        }
        if (!notes.isEmpty()) {
            line.append(" (").append(notes).append(')');
        }
        if (shown != result.events().size()) {
            line.append("; ").append(shown).append(" shown");
        }
        return line.append('.').toString();
    }

    /** The events in the chosen format on stdout. */
    void write(List<TrailEvent> events) {
        if (format == Format.table) {
            env.out().print(TrailTable.format(events));
            env.out().flush();
            return;
        }
        Writer out = new OutputStreamWriter(env.out(), StandardCharsets.UTF_8);
        try {
            if (format == Format.json) {
                TrailExport.json(events, out);
            } else {
                TrailExport.csv(events, out);
            }
            out.flush();
        } catch (IOException e) {
            throw CliFailure.failed("Cannot write the events: " + e.getMessage());
        }
    }

    /** The --region list, in order, once each; null when not given. */
    static List<String> regions(String option) {
        if (option == null) {
            return null;
        }
        Set<String> regions = new LinkedHashSet<>();
        for (String part : option.split(",")) {
            String region = part.strip().toLowerCase(Locale.ROOT);
            if (region.isEmpty()) {
                continue;
            }
            if (!REGION.matcher(region).matches()) {
                throw CliFailure.usage("--region: '" + part.strip() + "' is not a region name (e.g. us-east-1; "
                        + "several: us-east-1,eu-west-1).");
            }
            regions.add(region);
        }
        if (regions.isEmpty()) {
            throw CliFailure.usage("--region: name at least one region, e.g. us-east-1 or us-east-1,eu-west-1.");
        }
        return List.copyOf(regions);
    }

    static LookupAttribute attribute(String text) {
        try {
            return LookupAttribute.parse(text);
        } catch (IllegalArgumentException e) {
            throw CliFailure.usage("--lookup: " + e.getMessage());
        }
    }
}
