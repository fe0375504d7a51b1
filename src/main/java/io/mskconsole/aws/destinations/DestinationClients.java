package io.mskconsole.aws.destinations;

import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.firehose.FirehoseClient;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * The clients the destination adapters call, by region. Each method may build its client on first use, and may
 * throw: a {@link io.mskconsole.aws.errors.SessionClosedException} once the session is closed, or the SDK's
 * exception when the region or the profile's settings cannot make a client. The adapters never close them.
 */
public interface DestinationClients {
    CloudWatchLogsClient logs(String region);

    S3Client s3(String region);

    FirehoseClient firehose(String region);

    KmsClient kms(String region);

    /** The IAM client of the partition of {@code region} (IAM has one endpoint per partition). */
    IamClient iam(String region);

    /** STS at its regional endpoint. */
    StsClient sts(String region);
}
