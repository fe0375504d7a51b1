package io.mskconsole.sandbox;

import static io.mskconsole.sandbox.SandboxRefusals.require;
import static io.mskconsole.sandbox.SandboxRefusals.refused;
import static io.mskconsole.sandbox.SandboxRefusals.notFound;

import io.mskconsole.core.brokerlogs.InsightsQuery;
import io.mskconsole.core.brokerlogs.InsightsResults;
import io.mskconsole.core.brokerlogs.LogEvent;
import io.mskconsole.core.brokerlogs.LogEventPage;
import io.mskconsole.core.brokerlogs.LogSourceGateway;
import io.mskconsole.core.delivery.DestinationType;
import io.mskconsole.core.delivery.LogKind;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;

/**
 * What the log viewer reads in one Sandbox region: the lines of {@link SandboxLogLines}, in the log streams and
 * objects {@link SandboxArrivalGateway} lists, only for the times each destination receives ({@link SandboxArrival});
 * nothing random, so the same world at the same time answers the same. Each call waits the session's call delay first.
 *
 * <ul>
 * <li>{@link #events}: FilterLogEvents over the streams of the group (one per broker of each cluster delivering to it,
 *     each up to its newest event as DescribeLogStreams gives it), oldest first, at most {@code limit} events and about
 *     1 MB a page. The next token is the position after the page's last event (opaque, base64). A page searches at
 *     most {@value #SEARCH_HOURS} hours of the range, so a long quiet range can give an empty page with a token, as
 *     CloudWatch Logs may. The filter pattern is not CloudWatch's syntax: it matches as a plain, case-sensitive
 *     substring of the message (a pattern wholly in double quotes as the text inside them); null or blank matches
 *     everything. A stream named that the group does not hold is NOT_FOUND, as is a group the region lacks.</li>
 * <li>{@link #open}: the gzip of one broker's lines of the 5 minutes an object of the delivery layout covers, for a
 *     key as ListObjectsV2 lists it (written by now); NoSuchBucket or NoSuchKey otherwise. A bucket of any region is
 *     read, as GetObject follows a bucket to its region. The objects' sizes as listed are made up and differ from
 *     these bytes.</li>
 * <li>{@link #startQuery}: a Logs Insights query, run at once over the group's streams (those the query names, when
 *     it names them) in its range of whole seconds, at its level or more severe ({@link InsightsQuery#levelLets}),
 *     newest first up to its limit; {@link SandboxInsights} then says it
 *     is running once and complete after. Its text is not interpreted: the Sandbox runs the query the reader
 *     makes.</li>
 * </ul>
 */
final class SandboxLogSources implements LogSourceGateway {
    static final int MAX_EVENTS = 10_000;
    static final int MAX_STREAMS = 100;
    static final int PAGE_BYTES = 1_048_576;
    /** Per event, CloudWatch Logs counts 26 bytes more than its message toward a page's 1 MB. */
    static final int EVENT_OVERHEAD = 26;
    static final int SEARCH_HOURS = 6;
    private static final Duration CHUNK = Duration.ofMinutes(15);
    private static final String TOKEN_PREFIX = "sandbox1\n";
    private static final Pattern OBJECT_NAME = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2}-\\d{2})/Broker-(\\d{1,4})_\\d{2}-(\\d{2})_[0-9a-f]{8}\\.log\\.gz");
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("yyyy-MM-dd-HH", Locale.ROOT);

    private final SandboxWorld world;
    private final String region;
    private final SandboxLatency latency;
    private final SandboxInsights insights = new SandboxInsights();

    SandboxLogSources(SandboxWorld world, String region, SandboxLatency latency) {
        this.world = Objects.requireNonNull(world, "world");
        this.region = Objects.requireNonNull(region, "region");
        this.latency = Objects.requireNonNull(latency, "latency");
    }

    @Override
    public String region() {
        return region;
    }

    /** One broker's stream of the group, from when it receives to its newest event (exclusive end). */
    private record Stream(String name, SandboxLogLines.Source source, Instant from, Instant until) {
    }

    /** Where a page ended: events after this time, or at it in a stream of a later name, come next. */
    private record Cursor(Instant time, String stream) {
        String token() {
            return Base64.getUrlEncoder().withoutPadding().encodeToString((TOKEN_PREFIX + time + "\n" + stream)
                    .getBytes(StandardCharsets.UTF_8));
        }

        static Cursor of(String token) {
            try {
                String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
                if (!text.startsWith(TOKEN_PREFIX)) {
                    return null;
                }
                String[] parts = text.substring(TOKEN_PREFIX.length()).split("\n", 2);
                if (parts.length != 2) {
                    return null;
                }
                return new Cursor(Instant.parse(parts[0]), parts[1]);
            } catch (IllegalArgumentException | DateTimeParseException malformed) {
                return null;
            }
        }

        boolean isBefore(LogEvent event) {
            int byTime = event.timestamp().compareTo(time);
            return byTime > 0 || (byTime == 0 && event.stream().compareTo(stream) > 0);
        }
    }

    @Override
    public LogEventPage events(String logGroup, List<String> streams, Instant from, Instant to, String filterPattern,
                               String nextToken, int limit) {
        String operation = "FilterLogEvents";
        latency.pause(operation);
        require(operation, "logGroupName", logGroup);
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        List<String> named = streams == null ? List.of() : List.copyOf(streams);
        if (limit < 1 || limit > MAX_EVENTS) {
            throw refused(operation, "FilterLogEvents takes a limit of 1 to 10,000, not " + limit + ".",
                    "1 validation error detected: Value '" + limit + "' at 'limit' failed to satisfy constraint");
        }
        if (named.size() > MAX_STREAMS) {
            throw refused(operation, "FilterLogEvents takes at most 100 log stream names, not " + named.size() + ".",
                    "1 validation error detected: Value at 'logStreamNames' failed to satisfy constraint: Member must"
                            + " have length less than or equal to 100");
        }
        if (from.isAfter(to)) {
            throw refused(operation, "FilterLogEvents needs a start time before its end time: " + from + " is after "
                    + to + ".", "End time must be greater than or equal to start time");
        }
        Cursor cursor = nextToken == null ? null : Cursor.of(nextToken);
        if (nextToken != null && cursor == null) {
            throw refused(operation, "FilterLogEvents was given a next token it did not make.",
                    "The specified nextToken is invalid.");
        }
        SandboxArrival.Snapshot snapshot = world.arrival();
        if (!snapshot.inventory().hasLogGroup(region, logGroup)) {
            throw notFound(operation, "Log group " + logGroup + " does not exist in " + region + " of the Sandbox"
                    + " account: it may have been deleted, or be in another region.",
                    "The specified log group does not exist.");
        }
        List<Stream> sources = streams(snapshot, logGroup);
        if (!named.isEmpty()) {
            Set<String> held = sources.stream().map(Stream::name).collect(Collectors.toSet());
            List<String> missing = named.stream().filter(n -> !held.contains(n)).distinct().toList();
            if (!missing.isEmpty()) {
                throw notFound(operation, "Log group " + logGroup + " has no log stream " + missing.get(0) + " in "
                        + region + " of the Sandbox account.", "The specified log stream does not exist.");
            }
            Set<String> wanted = new HashSet<>(named);
            sources = sources.stream().filter(s -> wanted.contains(s.name())).toList();
        }
        return page(sources, from, earliest(to, snapshot.now()), phrase(filterPattern), cursor, limit);
    }

    @Override
    public String startQuery(InsightsQuery query) {
        latency.pause("StartQuery");
        Objects.requireNonNull(query, "query");
        SandboxArrival.Snapshot snapshot = world.arrival();
        if (!snapshot.inventory().hasLogGroup(region, query.logGroup())) {
            throw notFound("StartQuery", "Log group " + query.logGroup() + " does not exist in " + region + " of the "
                    + "Sandbox account: it may have been deleted, or be in another region.",
                    "Log group '" + query.logGroup() + "' does not exist for account ID '" + snapshot.accountId()
                            + "'");
        }
        List<Stream> sources = streams(snapshot, query.logGroup());
        if (query.namesStreams()) {
            Set<String> wanted = new HashSet<>(query.streams());
            sources = sources.stream().filter(s -> wanted.contains(s.name())).toList();
        }
        List<LogEvent> found = new ArrayList<>();
        long bytes = 0;
        long scanned = 0;
        Instant end = earliest(Instant.ofEpochSecond(query.endSeconds() + 1), snapshot.now());
        for (Stream stream : sources) {
            Instant a = stream.from().isAfter(Instant.ofEpochSecond(query.startSeconds())) ? stream.from()
                    : Instant.ofEpochSecond(query.startSeconds());
            Instant b = earliest(stream.until(), end);
            for (SandboxLogLines.Line line : a.isBefore(b) ? SandboxLogLines.lines(stream.source(), a, b)
                    : List.<SandboxLogLines.Line>of()) {
                bytes += line.text().getBytes(StandardCharsets.UTF_8).length;
                scanned++;
                if (query.levelLets(line.text())) {
                    found.add(new LogEvent(stream.name(), line.time(), line.text()));
                }
            }
        }
        found.sort(Comparator.comparing(LogEvent::timestamp).reversed());
        return insights.start(found.subList(0, Math.min(found.size(), query.limit())), bytes, scanned);
    }

    @Override
    public InsightsResults queryResults(String queryId) {
        latency.pause("GetQueryResults");
        return insights.results(queryId);
    }

    @Override
    public void stopQuery(String queryId) {
        latency.pause("StopQuery");
        insights.stop(queryId);
    }

    @Override
    public InputStream open(String bucket, String key) {
        String operation = "GetObject";
        latency.pause(operation);
        require(operation, "Bucket", bucket);
        require(operation, "Key", key);
        SandboxArrival.Snapshot snapshot = world.arrival();
        if (snapshot.inventory().bucket(bucket).isEmpty()) {
            throw notFound(operation, "Bucket " + bucket + " does not exist in the Sandbox account.",
                    "The specified bucket does not exist");
        }
        for (SandboxArrival.Delivery delivery : snapshot.receiving(null, DestinationType.S3, bucket)) {
            String base = SandboxArrivalGateway.objectBase(delivery, snapshot.accountId());
            Matcher name = key.startsWith(base) ? OBJECT_NAME.matcher(key.substring(base.length())) : null;
            if (name == null || !name.matches()) {
                continue;
            }
            Instant period;
            try {
                period = LocalDateTime.parse(name.group(1), HOUR).toInstant(ZoneOffset.UTC)
                        .plus(Duration.ofMinutes(Integer.parseInt(name.group(3))));
            } catch (DateTimeParseException notADate) {
                continue;
            }
            int broker = Integer.parseInt(name.group(2));
            if (broker < 1 || broker > delivery.brokers() || !SandboxArrivalGateway.objectKey(base, broker, period)
                    .equals(key) || period.isBefore(SandboxArrivalGateway.periodStart(delivery.from()))
                    || SandboxArrivalGateway.objectWritten(base, broker, period).isAfter(snapshot.now())) {
                continue;
            }
            Instant start = delivery.from().isAfter(period) ? delivery.from() : period;
            return new ByteArrayInputStream(gzip(SandboxLogLines.lines(source(delivery, snapshot.accountId(), broker),
                    start, period.plus(SandboxArrivalGateway.PERIOD))));
        }
        throw notFound(operation, "Bucket " + bucket + " has no object " + key + ".",
                "The specified key does not exist.");
    }

    /** The group's streams that receive, sorted by name. */
    private List<Stream> streams(SandboxArrival.Snapshot snapshot, String logGroup) {
        List<Stream> streams = new ArrayList<>();
        for (SandboxArrival.Delivery delivery : snapshot.receiving(region, DestinationType.CLOUDWATCH_LOGS,
                logGroup)) {
            for (int broker = 1; broker <= delivery.brokers(); broker++) {
                String name = SandboxArrivalGateway.streamName(delivery, broker);
                Instant newest = SandboxArrivalGateway.lastEvent(name, snapshot.now(), delivery.from());
                streams.add(new Stream(name, source(delivery, snapshot.accountId(), broker), delivery.from(),
                        newest.plusMillis(1)));
            }
        }
        streams.sort(Comparator.comparing(Stream::name));
        return streams;
    }

    /**
     * The events after the cursor, from {@code from} to {@code end}, a quarter hour at a time across the streams,
     * until the page is full or {@value #SEARCH_HOURS} hours were searched.
     */
    private static LogEventPage page(List<Stream> streams, Instant from, Instant end, String phrase, Cursor cursor,
                                     int limit) {
        Instant start = cursor != null && cursor.time().isAfter(from) ? cursor.time() : from;
        Instant searchEnd = earliest(end, start.plus(Duration.ofHours(SEARCH_HOURS)));
        List<LogEvent> page = new ArrayList<>();
        long bytes = 0;
        for (Instant chunk = start; chunk.isBefore(searchEnd); chunk = chunk.plus(CHUNK)) {
            Instant chunkEnd = earliest(chunk.plus(CHUNK), searchEnd);
            List<LogEvent> found = new ArrayList<>();
            for (Stream stream : streams) {
                Instant a = stream.from().isAfter(chunk) ? stream.from() : chunk;
                Instant b = earliest(stream.until(), chunkEnd);
                if (!a.isBefore(b)) {
                    continue;
                }
                for (SandboxLogLines.Line line : SandboxLogLines.lines(stream.source(), a, b)) {
                    LogEvent event = new LogEvent(stream.name(), line.time(), line.text());
                    boolean matches = phrase == null || line.text().contains(phrase);
                    if ((cursor == null || cursor.isBefore(event)) && matches) {
                        found.add(event);
                    }
                }
            }
            found.sort(Comparator.comparing(LogEvent::timestamp).thenComparing(LogEvent::stream));
            for (LogEvent event : found) {
                int size = event.message().getBytes(StandardCharsets.UTF_8).length + EVENT_OVERHEAD;
                if (page.size() == limit || (!page.isEmpty() && bytes + size > PAGE_BYTES)) {
                    LogEvent last = page.get(page.size() - 1);
                    return new LogEventPage(page, new Cursor(last.timestamp(), last.stream()).token());
                }
                page.add(event);
                bytes += size;
            }
        }
        return new LogEventPage(page, searchEnd.isBefore(end) ? new Cursor(searchEnd, "").token() : null);
    }

    private SandboxLogLines.Source source(SandboxArrival.Delivery delivery, String accountId, int broker) {
        Map<String, String> verbose = delivery.target().kind() != LogKind.BROKER ? Map.of()
                : world.brokerLoggers().startingLevels(delivery.clusterName(), broker).entrySet().stream()
                .filter(e -> "DEBUG".equals(e.getValue()) || "TRACE".equals(e.getValue()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return new SandboxLogLines.Source(delivery.clusterName(), accountId, delivery.brokers(),
                delivery.target().kind(), broker, verbose);
    }

    /** What a pattern matches: null for everything; a quoted phrase's text; else the pattern itself. */
    private static String phrase(String filterPattern) {
        if (filterPattern == null || filterPattern.isBlank()) {
            return null;
        }
        String pattern = filterPattern.strip();
        return pattern.length() >= 2 && pattern.startsWith("\"") && pattern.endsWith("\"")
                ? pattern.substring(1, pattern.length() - 1) : pattern;
    }

    /** The lines, one after another, each ending with a line break, gzipped. */
    private static byte[] gzip(List<SandboxLogLines.Line> lines) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(bytes)) {
            for (SandboxLogLines.Line line : lines) {
                zip.write((line.text() + "\n").getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException cannot) {
            throw new UncheckedIOException(cannot);
        }
        return bytes.toByteArray();
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
