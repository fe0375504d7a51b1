package io.mskconsole.testing;

import io.mskconsole.core.brokerlogs.InsightsQuery;
import io.mskconsole.core.brokerlogs.InsightsResults;
import io.mskconsole.core.brokerlogs.LogEvent;
import io.mskconsole.core.brokerlogs.LogEventPage;
import io.mskconsole.core.brokerlogs.LogSourceGateway;
import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Log events per group and object bytes per bucket and key, in memory; pages of {@link #pageSize}; reads recorded. */
public final class FakeLogSources implements LogSourceGateway {
    public final String region;
    public final Map<String, List<LogEvent>> groups = new HashMap<>();
    /** "bucket/key" → the object's bytes. */
    public final Map<String, byte[]> objects = new HashMap<>();
    public final List<String> calls = Collections.synchronizedList(new ArrayList<>());
    public int pageSize = 2;
    /** How many times each Logs Insights query says "Running" before it is complete (or {@link #insightsEnd}). */
    public int insightsRunning = 1;
    /** How a query ends once it stops running. */
    public InsightsResults.Status insightsEnd = InsightsResults.Status.COMPLETE;
    /** The queries started, in order. */
    public final List<InsightsQuery> queries = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, Integer> asked = new HashMap<>();
    /** When set, GetQueryResults fails with it from its second ask on. */
    public GatewayException resultsFailure;

    public FakeLogSources(String region) {
        this.region = region;
    }

    @Override
    public String region() {
        return region;
    }

    @Override
    public synchronized LogEventPage events(String logGroup, List<String> streams, Instant from, Instant to,
                                            String filterPattern, String nextToken, int limit) {
        calls.add("events " + logGroup + " " + streams + " " + from + " " + to + " " + nextToken);
        List<LogEvent> all = groups.get(logGroup);
        if (all == null) {
            throw new GatewayException(Failure.NOT_FOUND, "FilterLogEvents", "Log group " + logGroup + " not found.");
        }
        List<LogEvent> matching = all.stream().filter(e -> streams.isEmpty() || streams.contains(e.stream()))
                .filter(e -> !e.timestamp().isBefore(from) && e.timestamp().isBefore(to)).toList();
        int start = nextToken == null ? 0 : Integer.parseInt(nextToken);
        int end = Math.min(matching.size(), start + Math.min(pageSize, limit));
        return new LogEventPage(matching.subList(start, end), end < matching.size() ? String.valueOf(end) : null);
    }

    /** Runs the query over {@link #groups} at once: the streams it names (all when none), newest first. */
    @Override
    public synchronized String startQuery(InsightsQuery query) {
        calls.add("startQuery " + query.logGroup() + " " + query.startSeconds() + " " + query.endSeconds());
        if (!groups.containsKey(query.logGroup())) {
            throw new GatewayException(Failure.NOT_FOUND, "StartQuery", "Log group " + query.logGroup()
                    + " not found.");
        }
        queries.add(query);
        String id = "query-" + queries.size();
        asked.put(id, 0);
        return id;
    }

    @Override
    public synchronized InsightsResults queryResults(String queryId) {
        calls.add("queryResults " + queryId);
        InsightsQuery query = queries.get(Integer.parseInt(queryId.substring("query-".length())) - 1);
        int times = asked.merge(queryId, 1, Integer::sum);
        if (resultsFailure != null && times > 1) {
            throw resultsFailure;
        }
        List<LogEvent> found = groups.get(query.logGroup()).stream()
                .filter(e -> !query.namesStreams() || query.streams().contains(e.stream()))
                .filter(e -> query.levelLets(e.message()))
                .filter(e -> e.timestamp().getEpochSecond() >= query.startSeconds()
                        && e.timestamp().getEpochSecond() <= query.endSeconds())
                .sorted(java.util.Comparator.comparing(LogEvent::timestamp).reversed()).limit(query.limit())
                .toList();
        if (times <= insightsRunning) {
            return new InsightsResults(InsightsResults.Status.RUNNING, found.subList(0, found.size() / 2), 1024,
                    10, found.size() / 2);
        }
        return new InsightsResults(insightsEnd, found, 2048, 20, found.size());
    }

    @Override
    public synchronized void stopQuery(String queryId) {
        calls.add("stopQuery " + queryId);
    }

    @Override
    public InputStream open(String bucket, String key) {
        calls.add("open " + bucket + "/" + key);
        byte[] bytes = objects.get(bucket + "/" + key);
        if (bytes == null) {
            throw new GatewayException(Failure.NOT_FOUND, "GetObject", "No object " + key + " in " + bucket + ".");
        }
        return new ByteArrayInputStream(bytes);
    }
}
