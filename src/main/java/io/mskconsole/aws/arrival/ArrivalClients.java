package io.mskconsole.aws.arrival;

import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The clients the delivery health reads with, by region: the session's own (the same CloudWatch Logs and S3 clients
 * the destination adapters use). Each method may build its client on first use, and may throw: a
 * {@link io.mskconsole.aws.errors.SessionClosedException} once the session is closed, or the SDK's exception when
 * the region or the profile's settings cannot make a client. The gateway never closes them.
 */
public interface ArrivalClients {
    CloudWatchLogsClient logs(String region);

    S3Client s3(String region);

    /** CloudWatch's metrics (GetMetricData). */
    CloudWatchClient metrics(String region);
}
