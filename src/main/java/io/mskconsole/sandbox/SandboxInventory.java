package io.mskconsole.sandbox;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The broker log destinations that exist in the Sandbox account: log groups, Firehose delivery streams and CloudWatch
 * Logs resource policies per region, and S3 buckets with their regions and encryption. Immutable: a created log group
 * or bucket makes a new inventory ({@link #withLogGroup}, {@link #withBucket}), which the world swaps in. An update
 * to a destination missing from here fails the way MSK's does.
 */
public final class SandboxInventory {
    private final Map<String, List<SandboxLogGroup>> logGroups;
    private final Map<String, List<SandboxDeliveryStream>> deliveryStreams;
    private final Map<String, List<SandboxLogPolicy>> resourcePolicies;
    private final List<SandboxBucket> buckets;

    SandboxInventory(List<SandboxLogGroup> logGroups, List<SandboxDeliveryStream> deliveryStreams,
                     List<SandboxBucket> buckets, List<SandboxLogPolicy> resourcePolicies) {
        this.logGroups = byRegion(logGroups, SandboxLogGroup::region, Comparator.comparing(SandboxLogGroup::name));
        this.deliveryStreams = byRegion(deliveryStreams, SandboxDeliveryStream::region,
                Comparator.comparing(SandboxDeliveryStream::name));
        // Resource policies keep the order they were put in, as DescribeResourcePolicies gives them.
        this.resourcePolicies = byRegion(resourcePolicies, SandboxLogPolicy::region, null);
        List<SandboxBucket> sorted = new ArrayList<>(buckets);
        sorted.sort(Comparator.comparing(SandboxBucket::name));
        this.buckets = List.copyOf(sorted);
    }

    /** The names of the CloudWatch Logs log groups of a region, sorted; empty for a region with none. */
    public List<String> logGroups(String region) {
        return logGroupDetails(region).stream().map(SandboxLogGroup::name).toList();
    }

    /** The names of the Firehose delivery streams of a region, sorted; empty for a region with none. */
    public List<String> deliveryStreams(String region) {
        return deliveryStreamDetails(region).stream().map(SandboxDeliveryStream::name).toList();
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
        return bucket(bucket).map(SandboxBucket::region);
    }

    public boolean hasLogGroup(String region, String logGroup) {
        return logGroup(region, logGroup).isPresent();
    }

    public boolean hasDeliveryStream(String region, String deliveryStream) {
        return deliveryStream(region, deliveryStream).isPresent();
    }

    /** The log groups of a region with their retention and size, sorted by name. */
    List<SandboxLogGroup> logGroupDetails(String region) {
        return logGroups.getOrDefault(region, List.of());
    }

    /** The delivery streams of a region with their type, status and tags, sorted by name. */
    List<SandboxDeliveryStream> deliveryStreamDetails(String region) {
        return deliveryStreams.getOrDefault(region, List.of());
    }

    /** The CloudWatch Logs resource policies of a region. */
    List<SandboxLogPolicy> resourcePolicies(String region) {
        return resourcePolicies.getOrDefault(region, List.of());
    }

    Optional<SandboxLogGroup> logGroup(String region, String name) {
        return logGroupDetails(region).stream().filter(g -> g.name().equals(name)).findFirst();
    }

    Optional<SandboxDeliveryStream> deliveryStream(String region, String name) {
        return deliveryStreamDetails(region).stream().filter(s -> s.name().equals(name)).findFirst();
    }

    Optional<SandboxBucket> bucket(String name) {
        return buckets.stream().filter(b -> b.name().equals(name)).findFirst();
    }

    /** This inventory with one more log group. */
    SandboxInventory withLogGroup(SandboxLogGroup added) {
        return new SandboxInventory(plus(all(logGroups), added), all(deliveryStreams), buckets,
                all(resourcePolicies));
    }

    /** This inventory with one more bucket. */
    SandboxInventory withBucket(SandboxBucket added) {
        return new SandboxInventory(all(logGroups), all(deliveryStreams), plus(buckets, added),
                all(resourcePolicies));
    }

    private static <T> List<T> all(Map<String, List<T>> byRegion) {
        return byRegion.values().stream().flatMap(List::stream).toList();
    }

    private static <T> List<T> plus(List<T> list, T added) {
        List<T> copy = new ArrayList<>(list);
        copy.add(added);
        return copy;
    }

    private static <T> Map<String, List<T>> byRegion(List<T> items, Function<T, String> region,
                                                     Comparator<T> order) {
        Map<String, List<T>> grouped = items.stream()
                .collect(Collectors.groupingBy(region, TreeMap::new, Collectors.toList()));
        Map<String, List<T>> copy = new TreeMap<>();
        grouped.forEach((r, list) -> copy.put(r, order == null ? List.copyOf(list)
                : list.stream().sorted(order).toList()));
        return Map.copyOf(copy);
    }
}
