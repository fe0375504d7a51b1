package io.mskconsole.testing;

import io.mskconsole.core.arrival.ArrivalGateway;
import io.mskconsole.core.arrival.LogStreamInfo;
import io.mskconsole.core.arrival.StoredObject;
import io.mskconsole.core.arrival.StreamActivity;
import io.mskconsole.core.errors.GatewayException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Log groups, buckets and streams in memory, recording each read; a failure can be set per call. */
public final class FakeArrival implements ArrivalGateway {
    public final String region;
    /** Log group → its streams (in any order; answered newest first). */
    public final Map<String, List<LogStreamInfo>> groups = new HashMap<>();
    /** Bucket → its objects. */
    public final Map<String, List<StoredObject>> buckets = new HashMap<>();
    public final Map<String, StreamActivity> streams = new HashMap<>();
    public final Map<String, GatewayException> failures = new HashMap<>();
    public final List<String> calls = Collections.synchronizedList(new ArrayList<>());

    public FakeArrival(String region) {
        this.region = region;
    }

    @Override
    public String region() {
        return region;
    }

    @Override
    public Optional<List<LogStreamInfo>> newestStreams(String logGroup, int limit) {
        call("newestStreams", logGroup);
        List<LogStreamInfo> all = groups.get(logGroup);
        if (all == null) {
            return Optional.empty();
        }
        return Optional.of(all.stream().sorted((a, b) -> compare(b.newest(), a.newest())).limit(limit).toList());
    }

    @Override
    public Optional<List<StoredObject>> objects(String bucket, String prefix, int maxKeys) {
        call("objects", bucket + "/" + prefix);
        List<StoredObject> all = buckets.get(bucket);
        if (all == null) {
            return Optional.empty();
        }
        return Optional.of(all.stream().filter(o -> o.key().startsWith(prefix)).limit(maxKeys).toList());
    }

    @Override
    public StreamActivity streamActivity(String deliveryStream, Instant from, Instant to) {
        call("streamActivity", deliveryStream);
        return streams.getOrDefault(deliveryStream, StreamActivity.NONE);
    }

    private void call(String name, String argument) {
        calls.add(name + " " + argument);
        GatewayException failure = failures.get(name);
        if (failure != null) {
            throw failure;
        }
    }

    private static int compare(Instant a, Instant b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        return a.compareTo(b);
    }
}
