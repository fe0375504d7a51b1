package io.mskconsole.ui.destinations;

import io.mskconsole.core.destinations.BucketInfo;
import io.mskconsole.core.destinations.DeliveryStreamInfo;
import io.mskconsole.core.destinations.LogGroupInfo;
import java.util.Locale;
import java.util.stream.Collectors;

/** Short summaries of destinations for the picker. */
final class ResourceText {
    private ResourceText() {
    }

    static String retention(LogGroupInfo group) {
        return group.retentionDays() == null ? "never expires" : "kept " + group.retentionDays() + " days";
    }

    static String logGroupDetail(LogGroupInfo group) {
        return retention(group) + ", " + bytes(group.storedBytes());
    }

    static String logGroup(LogGroupInfo group) {
        return "Log group " + group.name() + "\nRetention: " + retention(group) + "\nStored: "
                + bytes(group.storedBytes()) + "\nKMS key: " + (group.kmsKeyId() == null ? "none" : group.kmsKeyId());
    }

    static String bucket(BucketInfo bucket) {
        String key = bucket.encryption().usesKms()
                ? (bucket.kmsKeyId() == null ? "AWS managed key aws/s3" : bucket.kmsKeyId()) : "none";
        return "Bucket " + bucket.name() + "\nRegion: " + (bucket.region() == null ? "unknown" : bucket.region())
                + "\nDefault encryption: " + bucket.encryption().label() + "\nKMS key: " + key;
    }

    static String stream(DeliveryStreamInfo stream) {
        String tags = stream.tags().isEmpty() ? "none" : stream.tags().entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).sorted().collect(Collectors.joining(", "));
        return "Delivery stream " + stream.name() + "\nType: " + stream.type() + "\nStatus: " + stream.status()
                + "\nTags: " + tags;
    }

    /** "0 B", "1.2 KB", "3.4 GB" (powers of 1,024). */
    static String bytes(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        String[] units = {"KB", "MB", "GB", "TB", "PB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }
}
