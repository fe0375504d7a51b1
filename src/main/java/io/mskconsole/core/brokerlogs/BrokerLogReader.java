package io.mskconsole.core.brokerlogs;

import io.mskconsole.core.arrival.ArrivalGateway;
import io.mskconsole.core.arrival.ClusterStreams;
import io.mskconsole.core.arrival.LogStreamInfo;
import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.concurrent.Pause;
import io.mskconsole.core.delivery.LogDelivery;
import io.mskconsole.core.delivery.LogKind;
import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * A cluster's logs of one kind between two times, from whichever destination it delivers to: CloudWatch Logs
 * (FilterLogEvents over the cluster's streams of the group, page by page), else the S3 delivery layout
 * ({@link BucketReading}: the hour folders of the range from the newest, each object streamed and gunzipped, never
 * whole, until the newest entries are known). Entries are merged by time across
 * brokers, filtered, and at most {@code max} are kept (the newest). {@link #query} reads CloudWatch Logs with one
 * Logs Insights query instead, which gives the newest events of a long range at once. The same for the window and
 * {@code logs}. Blocking: call it off the UI thread.
 */
public final class BrokerLogReader {
    /** Events asked for per FilterLogEvents page: the most it gives (a page also ends at 1 MB). */
    static final int PAGE = 10_000;
    /** The most FilterLogEvents pages one read asks for (empty pages count: a quiet range must not spin). */
    static final int MAX_PAGES = 100;
    /** The first window read back from the end of the range; each next one is twice as long. */
    static final Duration FIRST_WINDOW = Duration.ofMinutes(15);
    /** The most characters one entry gathers from the events that follow it (a runaway stack trace). */
    static final int MAX_ENTRY = 4 * SafeText.MAX_LINE;

    /**
     * @param lines  the entries, oldest first
     * @param source where they were read ("CloudWatch Logs /msk/orders", "Amazon S3 msk-logs/kafka")
     * @param notes  what the reader says about them (more than {@code max}, a shared group, a cut object)
     */
    public record Result(List<BrokerLogLine> lines, String source, List<String> notes) {
        public Result {
            lines = List.copyOf(lines);
            notes = List.copyOf(notes);
        }
    }

    private final LogSourceGateway logs;
    private final ArrivalGateway listing;
    private final Pause pause;
    private final Executor fetches;

    /** A reader whose Logs Insights queries wait for real between asks, reading S3 objects one after another. */
    public BrokerLogReader(LogSourceGateway logs, ArrivalGateway listing) {
        this(logs, listing, Pause.REAL, Runnable::run);
    }

    /**
     * @param pause   waits between a Logs Insights query's asks
     * @param fetches where S3 objects are read, a few at the same time (not a bounded pool the caller runs on)
     */
    public BrokerLogReader(LogSourceGateway logs, ArrivalGateway listing, Pause pause, Executor fetches) {
        this.logs = logs;
        this.listing = listing;
        this.pause = pause;
        this.fetches = fetches;
    }

    /**
     * As {@link #read}, but a cluster delivering to CloudWatch Logs is read with one Logs Insights query: the newest
     * {@value InsightsQuery#MAX_LIMIT} events of its streams in the range, whatever its length. The level and broker
     * filters are part of the query (a broker by its streams); the logger and text filters apply to what it returns.
     * Logs Insights bills by the data it scans: the notes say how much. A cancel stops the query and keeps what it
     * had found. A cluster delivering elsewhere is read as {@link #read} does, with a note.
     *
     * @param progress told where the query stands, from the calling thread
     */
    public Result query(Cluster cluster, LogKind kind, Instant from, Instant to, LogFilter filter, int max,
                        Consumer<String> progress, Cancellation cancellation) {
        LogDelivery delivery = cluster.logging().delivery(kind);
        if (!delivery.cloudWatchLogs().enabled()) {
            Result read = read(cluster, kind, from, to, filter, max, cancellation);
            List<String> notes = new ArrayList<>(read.notes());
            notes.add(0, "Logs Insights reads CloudWatch Logs only: " + cluster.name() + "'s " + kind.noun()
                    + " were read from " + read.source() + ".");
            return new Result(read.lines(), read.source(), notes);
        }
        String group = delivery.cloudWatchLogs().logGroup();
        List<String> notes = new ArrayList<>();
        List<String> streams = clusterStreams(cluster, kind, group, notes);
        if (filter.broker() >= 0) { // the broker's own streams, when their names say which broker
            List<String> ofBroker = streams.stream().filter(st -> LogLineParser.broker(st) == filter.broker()).toList();
            streams = ofBroker.isEmpty() ? streams : ofBroker;
        }
        InsightsQuery asked = new InsightsQuery(group, streams, from, to, InsightsQuery.MAX_LIMIT, filter.level());
        List<LogEvent> found = new InsightsReading(logs, pause).run(asked, progress, notes, cancellation);
        if (found.size() >= asked.limit()) {
            notes.add("Logs Insights gave the newest " + asked.limit() + " events of the range, the most one query "
                    + "gives: narrow the range to see older ones.");
        }
        Set<String> ours = Set.copyOf(streams);
        Map<String, List<LogEvent>> byStream = new LinkedHashMap<>();
        found.stream().filter(e -> ours.isEmpty() || ours.contains(e.stream()))
                .filter(e -> !e.timestamp().isBefore(from) && e.timestamp().isBefore(to))
                .sorted(Comparator.comparing(LogEvent::timestamp))
                .forEach(e -> byStream.computeIfAbsent(e.stream(), s -> new ArrayList<>()).add(e));
        List<BrokerLogLine> lines = new ArrayList<>();
        byStream.forEach((stream, ofStream) -> lines.addAll(entries(stream, ofStream)));
        return kept(new ArrayList<>(lines.stream().filter(filter::test).toList()), "CloudWatch Logs " + group
                + " (Logs Insights)", notes, max);
    }

    /**
     * @throws GatewayException when the destination cannot be read, or the cluster delivers that kind nowhere
     *                          readable (nothing on, or Firehose only)
     */
    public Result read(Cluster cluster, LogKind kind, Instant from, Instant to, LogFilter filter, int max,
                       Cancellation cancellation) {
        LogDelivery delivery = cluster.logging().delivery(kind);
        List<String> notes = new ArrayList<>();
        List<BrokerLogLine> read;
        String source;
        if (delivery.cloudWatchLogs().enabled()) {
            String group = delivery.cloudWatchLogs().logGroup();
            source = "CloudWatch Logs " + group;
            read = fromGroup(cluster, kind, group, from, to, filter, max, notes, cancellation);
        } else if (delivery.s3().enabled() && kind == LogKind.BROKER) {
            source = "Amazon S3 " + delivery.s3().bucket() + (delivery.s3().prefix() == null ? ""
                    : "/" + delivery.s3().prefix());
            read = new ArrayList<>(new BucketReading(logs, listing, fetches).read(cluster, delivery.s3().bucket(),
                    delivery.s3().prefix(), from, to, filter, max, notes, cancellation));
        } else {
            String why = delivery.firehose().enabled()
                    ? cluster.name() + " delivers its " + kind.noun() + " to Firehose stream "
                    + delivery.firehose().deliveryStream() + " only: read them at the stream's destination (the "
                    + "Firehose console shows it)."
                    : delivery.s3().enabled() ? "The S3 layout of authorizer logs is not documented: open the bucket "
                    + delivery.s3().bucket() + " to read them."
                    : cluster.name() + " delivers no " + kind.noun() + ": turn a destination on (Edit log delivery, "
                    + "or msk-console logging apply) to have any.";
            throw new GatewayException(Failure.NOT_FOUND, "read logs", why);
        }
        return kept(read, source, notes, max);
    }

    /** The entries oldest first, the newest {@code max} of them. */
    private static Result kept(List<BrokerLogLine> read, String source, List<String> notes, int max) {
        read.sort(Comparator.comparing(BrokerLogLine::time));
        if (read.size() > max) {
            notes.add("Showing the newest " + max + " of the " + read.size() + " entries read: ask for more entries, "
                    + "or narrow the time range or the filters, to see the others.");
            read = new ArrayList<>(read.subList(read.size() - max, read.size()));
        }
        return new Result(read, source, notes);
    }

    /**
     * The range read back from its end in windows (15 minutes, then twice as long each time), each window page by
     * page, until the entries the filter lets through number {@code max} or the range is read: the newest entries
     * of a long range without reading it all. The events of all windows are joined into entries together, so a
     * stack trace across a window's edge stays whole.
     */
    private List<BrokerLogLine> fromGroup(Cluster cluster, LogKind kind, String group, Instant from, Instant to,
                                          LogFilter filter, int max, List<String> notes, Cancellation cancellation) {
        List<String> streams = clusterStreams(cluster, kind, group, notes);
        List<LogEvent> events = new ArrayList<>();
        List<BrokerLogLine> lines = List.of();
        int pages = 0;
        Instant end = to;
        Duration window = FIRST_WINDOW;
        while (end.isAfter(from)) {
            Instant start = from.isAfter(end.minus(window)) ? from : end.minus(window);
            List<LogEvent> ofWindow = new ArrayList<>();
            String token = null;
            do {
                if (cancellation.isCancelled()) {
                    notes.add("Stopped: what was read so far is shown.");
                    events.addAll(ofWindow);
                    return joined(events, filter);
                }
                LogEventPage page = logs.events(group, streams, start, end, null, token, PAGE);
                ofWindow.addAll(page.events());
                token = page.nextToken();
                if (++pages >= MAX_PAGES && (token != null || start.isAfter(from))) {
                    notes.add("Read " + pages + " pages of events (" + (events.size() + ofWindow.size()) + " events)"
                            + (token == null ? " back to " + start : ", from " + start + " on") + ": narrow the "
                            + "range or the filters to read the rest.");
                    events.addAll(ofWindow);
                    return joined(events, filter);
                }
            } while (token != null);
            events.addAll(ofWindow);
            lines = joined(events, filter);
            if (lines.size() >= max && start.isAfter(from)) {
                notes.add("Showing the newest " + max + " entries, read back to " + start + ": the range's earlier "
                        + "events were not read. Ask for more entries, or narrow the time range or the filters, to see"
                        + " older ones.");
                lines.sort(Comparator.comparing(BrokerLogLine::time));
                return new ArrayList<>(lines.subList(lines.size() - max, lines.size()));
            }
            end = start;
            window = window.multipliedBy(2);
        }
        return new ArrayList<>(lines);
    }

    /** The events, of any streams and windows, as entries the filter lets through. */
    private static List<BrokerLogLine> joined(List<LogEvent> events, LogFilter filter) {
        Map<String, List<LogEvent>> byStream = new LinkedHashMap<>();
        for (LogEvent event : events) {
            byStream.computeIfAbsent(event.stream(), s -> new ArrayList<>()).add(event);
        }
        List<BrokerLogLine> lines = new ArrayList<>();
        byStream.forEach((stream, ofStream) -> {
            ofStream.sort(Comparator.comparing(LogEvent::timestamp)); // stable: a window's order is kept
            lines.addAll(entries(stream, ofStream));
        });
        return new ArrayList<>(lines.stream().filter(filter::test).toList());
    }

    /** One stream's events as entries: an event that does not begin one (a stack trace line) joins the one before. */
    private static List<BrokerLogLine> entries(String stream, List<LogEvent> events) {
        List<BrokerLogLine> entries = new ArrayList<>();
        StringBuilder text = null;
        Instant delivered = null;
        for (LogEvent event : events) {
            String message = event.message().endsWith("\n")
                    ? event.message().substring(0, event.message().length() - 1) : event.message();
            if (text != null && !LogLineParser.beginsEntry(message)) {
                if (text.length() < MAX_ENTRY) {
                    text.append('\n').append(SafeText.cut(message, MAX_ENTRY - text.length()));
                }
                continue;
            }
            if (text != null) {
                entries.add(LogLineParser.parse(text.toString(), delivered, stream));
            }
            text = new StringBuilder(message);
            delivered = event.timestamp();
        }
        if (text != null) {
            entries.add(LogLineParser.parse(text.toString(), delivered, stream));
        }
        return entries;
    }

    /**
     * The group's streams of the cluster and kind ({@link ClusterStreams}) among its {@value
     * ArrivalGateway#MOST_STREAMS} newest (a broker quiet for long may be further back), or all when none is named
     * after it.
     */
    private List<String> clusterStreams(Cluster cluster, LogKind kind, String group, List<String> notes) {
        List<LogStreamInfo> newest = listing.newestStreams(group, ArrivalGateway.MOST_STREAMS).orElseThrow(() -> new GatewayException(
                Failure.NOT_FOUND, "DescribeLogStreams", "Log group " + group + " does not exist in "
                + listing.region() + "."));
        List<String> ours = ClusterStreams.of(cluster, kind, newest.stream().map(LogStreamInfo::name).toList())
                .stream().limit(100).toList();
        if (newest.isEmpty()) {
            notes.add("Log group " + group + " has no log stream yet: nothing has been delivered to it.");
        }
        if (ours.isEmpty() && !newest.isEmpty()) {
            notes.add("No stream of " + group + " is named after " + cluster.name() + ": every stream of the group "
                    + "is shown (it may be shared with other clusters).");
        }
        return ours;
    }
}
