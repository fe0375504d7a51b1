package io.mskconsole.aws.account;

import io.mskconsole.aws.arrival.ArrivalClients;
import io.mskconsole.aws.arrival.AwsArrivalGateway;
import io.mskconsole.aws.arrival.AwsLogSources;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A session's clients for the delivery health ({@link AwsSession#arrival}) and the log viewer
 * ({@link AwsSession#logSources}), from its cache: CloudWatch Logs and S3 are the very clients the destination
 * adapters get, CloudWatch's is built on the first metrics read. Nothing is built before a read; reads after the
 * session closed fail with {@code CONFIGURATION}.
 */
final class SessionArrivalClients implements ArrivalClients {
    private final AwsSession session;

    private SessionArrivalClients(AwsSession session) {
        this.session = session;
    }

    /** The delivery health's reads in one region, on the session's clients. */
    static AwsArrivalGateway gateway(AwsSession session, String region, String profile) {
        return new AwsArrivalGateway(new SessionArrivalClients(session), region, profile);
    }

    /** The log viewer's reads in one region, on the session's clients. */
    static AwsLogSources logSources(AwsSession session, String region, String profile) {
        return new AwsLogSources(new SessionArrivalClients(session), region, profile);
    }

    /**
     * A trail's files in S3, from one region: DescribeTrails with the region's CloudTrail client, the bucket with the
     * S3 client of its region (the destination adapters' clients). Builds nothing before a read.
     */
    static io.mskconsole.aws.trail.AwsTrailBucket trailBucket(AwsSession session, String region, String profile) {
        return new io.mskconsole.aws.trail.AwsTrailBucket(() -> session.cloudTrail(region),
                r -> session.destinationClients().s3(r), region, profile);
    }

    /** Athena in one region, its client built on the first call. */
    static io.mskconsole.aws.athena.AwsAthenaGateway athena(AwsSession session, String region, String profile) {
        return new io.mskconsole.aws.athena.AwsAthenaGateway(() -> session.client("athena",
                software.amazon.awssdk.services.athena.AthenaClient.class, Region.of(region),
                session.builders()::athena), region, profile);
    }

    @Override
    public CloudWatchLogsClient logs(String region) {
        return session.destinationClients().logs(region);
    }

    @Override
    public S3Client s3(String region) {
        return session.destinationClients().s3(region);
    }

    @Override
    public CloudWatchClient metrics(String region) {
        return session.client("cloudwatch", CloudWatchClient.class, Region.of(region), session.builders()::cloudWatch);
    }
}
