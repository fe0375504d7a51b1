package io.mskconsole.core.destinations;

import java.util.Objects;

/**
 * A CloudWatch Logs log group as DescribeLogGroups gives it.
 *
 * @param retentionDays days events are kept, or null when they never expire
 * @param storedBytes   bytes stored, as the service reports it (may lag)
 * @param kmsKeyId      the KMS key that encrypts the group, or null
 * @param detailed      false when the listing gave only the name (DescribeLogGroups with a name pattern returns no
 *                      retention, size or key): look the group up for them
 */
public record LogGroupInfo(String name, String arn, Integer retentionDays, long storedBytes, String kmsKeyId,
                           boolean detailed) {
    public LogGroupInfo {
        Objects.requireNonNull(name, "name");
    }

    public LogGroupInfo(String name, String arn, Integer retentionDays, long storedBytes, String kmsKeyId) {
        this(name, arn, retentionDays, storedBytes, kmsKeyId, true);
    }

    /** A group known only by name (and ARN). */
    public static LogGroupInfo nameOnly(String name, String arn) {
        return new LogGroupInfo(name, arn, null, 0, null, false);
    }

    /** Log groups under this prefix are covered by one wildcard in the log-delivery resource policy. */
    public static final String VENDED_LOGS_PREFIX = "/aws/vendedlogs/";

    public boolean isVendedLogsGroup() {
        return name.startsWith(VENDED_LOGS_PREFIX);
    }
}
