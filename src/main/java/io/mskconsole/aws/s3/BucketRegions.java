package io.mskconsole.aws.s3;

import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Where each bucket lives when S3 said it is elsewhere than the gateway's own region, so the next request for it
 * goes there first (one redirect, then none). Thread-safe.
 */
public final class BucketRegions {
    private final String home;
    private final ConcurrentMap<String, String> elsewhere = new ConcurrentHashMap<>();

    /** @param home the region buckets are asked in first */
    public BucketRegions(String home) {
        this.home = Objects.requireNonNull(home, "home");
    }

    /** The region to ask the bucket in: where it was last found, else the home region. */
    public String of(String bucket) {
        return elsewhere.getOrDefault(bucket, home);
    }

    /** Remembers where S3 said the bucket is (forgetting it when that is the home region). */
    public void remember(String bucket, String region) {
        if (region.equals(home)) {
            elsewhere.remove(bucket);
        } else {
            elsewhere.put(bucket, region);
        }
    }
}
