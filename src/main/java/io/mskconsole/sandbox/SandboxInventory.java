package io.mskconsole.sandbox;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The broker log destinations that exist in the Sandbox account: log groups and Firehose delivery streams per
 * region, and S3 buckets with their regions. Read-only and immutable; an update to a destination missing from here
 * fails the way MSK's does.
 */
public final class SandboxInventory {
    private final Map<String, List<String>> logGroups;
    private final Map<String, List<String>> deliveryStreams;
    private final List<SandboxBucket> buckets;

    SandboxInventory(Map<String, List<String>> logGroups, Map<String, List<String>> deliveryStreams,
                     List<SandboxBucket> buckets) {
        this.logGroups = sortedCopy(logGroups);
        this.deliveryStreams = sortedCopy(deliveryStreams);
        List<SandboxBucket> sorted = new ArrayList<>(buckets);
        sorted.sort(Comparator.comparing(SandboxBucket::name));
        this.buckets = List.copyOf(sorted);
    }

    /** The CloudWatch Logs log groups of a region, sorted; empty for a region with none. */
    public List<String> logGroups(String region) {
        return logGroups.getOrDefault(region, List.of());
    }

    /** The Firehose delivery streams of a region, sorted; empty for a region with none. */
    public List<String> deliveryStreams(String region) {
        return deliveryStreams.getOrDefault(region, List.of());
    }

    /** Every bucket of the account, whatever its region, sorted by name (as S3's ListBuckets gives them). */
    public List<SandboxBucket> buckets() {
        return buckets;
    }

    /** The buckets that live in one region, sorted by name. */
    public List<SandboxBucket> buckets(String region) {
        return buckets.stream().filter(b -> b.region().equals(region)).toList();
    }

    /** The region of a bucket, or empty when the account has no bucket of that name. */
    public Optional<String> bucketRegion(String bucket) {
        return buckets.stream().filter(b -> b.name().equals(bucket)).map(SandboxBucket::region).findFirst();
    }

    public boolean hasLogGroup(String region, String logGroup) {
        return logGroups(region).contains(logGroup);
    }

    public boolean hasDeliveryStream(String region, String deliveryStream) {
        return deliveryStreams(region).contains(deliveryStream);
    }

    private static Map<String, List<String>> sortedCopy(Map<String, List<String>> byRegion) {
        Map<String, List<String>> copy = new TreeMap<>();
        byRegion.forEach((region, names) -> copy.put(region, names.stream().sorted().toList()));
        return Map.copyOf(copy);
    }
}
