package io.mskconsole.sandbox;

import io.mskconsole.core.destinations.LogGroupInfo;
import java.util.Objects;

/**
 * A CloudWatch Logs log group of one Sandbox region.
 *
 * @param retentionDays days events are kept, or null when they never expire
 */
record SandboxLogGroup(String region, String name, Integer retentionDays, long storedBytes, String kmsKeyId) {
    SandboxLogGroup {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(name, "name");
    }

    /** A log group as CreateLogGroup (and PutRetentionPolicy) leave it: empty, not encrypted with a KMS key. */
    static SandboxLogGroup created(String region, String name, Integer retentionDays) {
        return new SandboxLogGroup(region, name, retentionDays, 0, null);
    }

    /** The ARN in the account, without the {@code :*} that DescribeLogGroups' older {@code arn} field appends. */
    String arn(String accountId) {
        return "arn:aws:logs:" + region + ":" + accountId + ":log-group:" + name;
    }

    LogGroupInfo info(String accountId) {
        return new LogGroupInfo(name, arn(accountId), retentionDays, storedBytes, kmsKeyId);
    }
}
