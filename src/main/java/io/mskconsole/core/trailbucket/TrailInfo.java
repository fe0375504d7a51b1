package io.mskconsole.core.trailbucket;

import java.util.Objects;

/**
 * A trail as DescribeTrails gives it: where it delivers its files and what it covers.
 *
 * @param keyPrefix    its S3KeyPrefix, or null for none
 * @param organization whether it logs every account of an organization (its files are under {@code o-ORGID/})
 * @param multiRegion  whether it logs every region
 */
public record TrailInfo(String name, String arn, String homeRegion, String bucket, String keyPrefix,
                        boolean organization, boolean multiRegion) {
    public TrailInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(bucket, "bucket");
        keyPrefix = keyPrefix == null || keyPrefix.isBlank() ? null : keyPrefix;
    }

    /** The account that owns the trail, from its ARN; null when the ARN does not say. */
    public String account() {
        String[] parts = arn == null ? new String[0] : arn.split(":", 6);
        return parts.length == 6 && parts[4].matches("\\d{12}") ? parts[4] : null;
    }

    /** "org-audit → s3://audit-logs/trails (organization, all regions)". */
    public String describe() {
        return name + " → s3://" + bucket + (keyPrefix == null ? "" : "/" + keyPrefix) + " ("
                + (organization ? "organization, " : "") + (multiRegion ? "all regions" : homeRegion + " only") + ")";
    }
}
