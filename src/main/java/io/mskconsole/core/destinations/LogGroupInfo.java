package io.mskconsole.core.destinations;

import java.util.Objects;

/**
 * A CloudWatch Logs log group as DescribeLogGroups gives it.
 *
 * @param retentionDays days events are kept, or null when they never expire
 * @param storedBytes   bytes stored, as the service reports it (may lag)
 * @param kmsKeyId      the KMS key that encrypts the group, or null
 */
public record LogGroupInfo(String name, String arn, Integer retentionDays, long storedBytes, String kmsKeyId) {
    public LogGroupInfo {
        Objects.requireNonNull(name, "name");
    }

    /** Log groups under this prefix are covered by one wildcard in the log-delivery resource policy. */
    public static final String VENDED_LOGS_PREFIX = "/aws/vendedlogs/";

    public boolean isVendedLogsGroup() {
        return name.startsWith(VENDED_LOGS_PREFIX);
    }
}
