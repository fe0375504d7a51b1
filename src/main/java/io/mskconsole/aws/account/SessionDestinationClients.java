package io.mskconsole.aws.account;

import io.mskconsole.aws.destinations.DestinationClients;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.firehose.FirehoseClient;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sts.StsClient;

/** A session's clients for the destination adapters, from its cache; IAM's is its partition's global one. */
final class SessionDestinationClients implements DestinationClients {
    private final AwsSession session;

    SessionDestinationClients(AwsSession session) {
        this.session = session;
    }

    @Override
    public CloudWatchLogsClient logs(String region) {
        return session.client("logs", CloudWatchLogsClient.class, Region.of(region), session.builders()::logs);
    }

    @Override
    public S3Client s3(String region) {
        return session.client("s3", S3Client.class, Region.of(region), session.builders()::s3);
    }

    @Override
    public FirehoseClient firehose(String region) {
        return session.client("firehose", FirehoseClient.class, Region.of(region), session.builders()::firehose);
    }

    @Override
    public KmsClient kms(String region) {
        return session.client("kms", KmsClient.class, Region.of(region), session.builders()::kms);
    }

    @Override
    public IamClient iam(String region) {
        return session.client("iam", IamClient.class, PartitionRegions.globalRegionFor(region), session.builders()::iam);
    }

    @Override
    public StsClient sts(String region) {
        return session.client("sts", StsClient.class, Region.of(region), session.builders()::sts);
    }
}
