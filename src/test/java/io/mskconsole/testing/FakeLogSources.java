package io.mskconsole.testing;

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
