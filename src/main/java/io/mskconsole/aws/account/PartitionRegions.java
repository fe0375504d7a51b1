package io.mskconsole.aws.account;

import java.util.List;
import java.util.Map;
import software.amazon.awssdk.regions.PartitionMetadata;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.RegionMetadata;

/** The regions the SDK knows, grouped by partition (aws, aws-cn, aws-us-gov, ...). */
final class PartitionRegions {
    static final String DEFAULT_PARTITION = "aws";

    /** The pseudo-region of each partition's one IAM endpoint. */
    private static final Map<String, Region> GLOBAL_REGIONS = Map.of(
            "aws", Region.AWS_GLOBAL,
            "aws-cn", Region.AWS_CN_GLOBAL,
            "aws-us-gov", Region.AWS_US_GOV_GLOBAL,
            "aws-iso", Region.AWS_ISO_GLOBAL,
            "aws-iso-b", Region.AWS_ISO_B_GLOBAL);

    private PartitionRegions() {
    }

    /**
     * The region a client of a global service (IAM) uses for calls made while working in {@code region}: its
     * partition's global pseudo-region, e.g. aws-cn-global for cn-north-1; the region itself for a partition without
     * one.
     */
    static Region globalRegionFor(String region) {
        Region global = GLOBAL_REGIONS.get(partitionOf(region));
        return global != null ? global : Region.of(region);
    }

    /** The partition of a region, e.g. "aws-cn" for cn-north-1; unknown names fall to the partition whose pattern fits. */
    static String partitionOf(String region) {
        if (region == null || region.isBlank()) {
            return DEFAULT_PARTITION;
        }
        Region sdkRegion = Region.of(region.strip());
        RegionMetadata metadata = sdkRegion.metadata();
        PartitionMetadata partition = metadata != null ? metadata.partition() : PartitionMetadata.of(sdkRegion);
        return partition == null ? DEFAULT_PARTITION : partition.id();
    }

    /** Every region of the partition, global pseudo-regions (aws-global, ...) left out, sorted by name. */
    static List<String> regionsOf(String partition) {
        return Region.regions().stream()
                .filter(region -> !region.isGlobalRegion())
                .filter(region -> region.metadata() != null && region.metadata().partition().id().equals(partition))
                .map(Region::id)
                .sorted()
                .toList();
    }
}
