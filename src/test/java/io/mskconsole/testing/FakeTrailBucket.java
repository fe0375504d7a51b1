package io.mskconsole.testing;

import io.mskconsole.core.arrival.StoredObject;
import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import io.mskconsole.core.trailbucket.ObjectPage;
import io.mskconsole.core.trailbucket.TrailBucketGateway;
import io.mskconsole.core.trailbucket.TrailInfo;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A trail bucket in memory: objects by key, listed {@link #pageSize} at a time; every call recorded. */
public final class FakeTrailBucket implements TrailBucketGateway {
    public final List<TrailInfo> trails = new ArrayList<>();
    /** "bucket/key" → the object's bytes, in key order. */
    public final Map<String, byte[]> objects = new TreeMap<>();
    /** A listing of a prefix (ending in /) that fails. */
    public final Map<String, GatewayException> failingPrefixes = new HashMap<>();
    public final List<String> calls = Collections.synchronizedList(new ArrayList<>());
    public int pageSize = 1000;

    @Override
    public String region() {
        return "us-east-1";
    }

    @Override
    public List<TrailInfo> trails() {
        calls.add("trails");
        return List.copyOf(trails);
    }

    @Override
    public List<String> folders(String bucket, String prefix) {
        calls.add("folders " + bucket + "/" + prefix);
        return objects.keySet().stream().filter(k -> k.startsWith(bucket + "/" + prefix))
                .map(k -> k.substring((bucket + "/" + prefix).length())).filter(rest -> rest.contains("/"))
                .map(rest -> prefix + rest.substring(0, rest.indexOf('/') + 1)).distinct().toList();
    }

    @Override
    public synchronized ObjectPage objects(String bucket, String prefix, String token) {
        calls.add("objects " + bucket + "/" + prefix + (token == null ? "" : " " + token));
        GatewayException failure = failingPrefixes.get(prefix);
        if (failure != null) {
            throw failure;
        }
        List<String> keys = objects.keySet().stream().filter(k -> k.startsWith(bucket + "/" + prefix))
                .map(k -> k.substring(bucket.length() + 1)).toList();
        int start = token == null ? 0 : Integer.parseInt(token);
        int end = Math.min(keys.size(), start + pageSize);
        return new ObjectPage(keys.subList(start, end).stream().map(k -> new StoredObject(k,
                objects.get(bucket + "/" + k).length, Instant.EPOCH)).toList(),
                end < keys.size() ? String.valueOf(end) : null);
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
