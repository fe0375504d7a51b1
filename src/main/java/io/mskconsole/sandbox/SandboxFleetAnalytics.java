package io.mskconsole.sandbox;

import static io.mskconsole.sandbox.SandboxFleetData.IAM;
import static io.mskconsole.sandbox.SandboxFleetData.IAM_SCRAM;
import static io.mskconsole.sandbox.SandboxFleetData.IAM_TLS;
import static io.mskconsole.sandbox.SandboxFleetData.SCRAM;
import static io.mskconsole.sandbox.SandboxFleetData.TLS;
import static io.mskconsole.sandbox.SandboxFleetData.VENDED;
import static io.mskconsole.sandbox.SandboxFleetData.and;
import static io.mskconsole.sandbox.SandboxFleetData.cw;
import static io.mskconsole.sandbox.SandboxFleetData.firehose;
import static io.mskconsole.sandbox.SandboxFleetData.group;
import static io.mskconsole.sandbox.SandboxFleetData.off;
import static io.mskconsole.sandbox.SandboxFleetData.provisioned;
import static io.mskconsole.sandbox.SandboxFleetData.s3;
import static io.mskconsole.sandbox.SandboxFleetData.serverless;
import static io.mskconsole.sandbox.SandboxFleetData.stream;

import io.mskconsole.core.clusters.ClusterState;
import java.util.List;

/**
 * The fleet of Sandbox Analytics (444455556666): 18 clusters in ten regions. Where each fleet rule breaks (the
 * S3 pattern is {@value SandboxFleetData#LOG_BUCKET_PATTERN}):
 *
 * <table>
 * <caption>Rule by rule</caption>
 * <tr><th>Rule</th><th>Clusters</th></tr>
 * <tr><td>broker-logs-delivered</td><td>ml-features (nothing set); gdpr-audit (log group, bucket and stream all
 *     named, all Enabled=false)</td></tr>
 * <tr><td>destination-exists</td><td>reporting-de (bucket missing); lakehouse-dev (its log group is in eu-west-1,
 *     not eu-north-1); dashboards-sg (bucket in us-east-1, not ap-southeast-1); bi-exports-br (stream
 *     missing)</td></tr>
 * <tr><td>authorizer-logs-with-iam</td><td>analytics-dev, ml-features, lakehouse-dev, recommendations-jp</td></tr>
 * <tr><td>authorizer-logs-delivered</td><td>those four, and etl-staging (SASL/SCRAM), gdpr-audit (TLS)</td></tr>
 * <tr><td>s3-bucket-pattern</td><td>etl-staging (bucket {@code analytics-scratch-logs})</td></tr>
 * <tr><td>log-group-retention</td><td>analytics-dev ({@code /msk/analytics-dev}), telemetry-in
 *     ({@code /msk/telemetry-in}), both kept for ever</td></tr>
 * <tr><td>no-verbose-logs-to-cloudwatch</td><td>analytics-dev (CloudWatch Logs; broker 1 logs kafka.request.logger
 *     at DEBUG: read its levels over TLS)</td></tr>
 * <tr><td>none (compliant)</td><td>clickstream-ingest (Express), analytics-events (serverless), ml-features-replica
 *     (UPDATING), analytics-eu-prod, lakehouse-sink (Express), search-index-jp, telemetry-events (serverless),
 *     analytics-br</td></tr>
 * </table>
 *
 * <p>ml-features-replica is UPDATING (a configuration update ends 25 minutes after the world starts);
 * recommendations-jp is in MAINTENANCE.
 */
final class SandboxFleetAnalytics {
    static final String ACCOUNT = SandboxFleetData.ANALYTICS_ACCOUNT;

    private SandboxFleetAnalytics() {
    }

    static SandboxFleetData.Fleet fleet() {
        return new SandboxFleetData.Fleet(clusters(), logGroups(), buckets(), streams());
    }

    private static List<SandboxFleetData.Row> clusters() {
        return List.of(
                provisioned("us-east-1", "clickstream-ingest", "3.7.x", "express.m7g.2xlarge", 6, IAM)
                        .logs(and(cw(VENDED + "clickstream-ingest"), firehose("clickstream-ingest-logs")),
                                cw(VENDED + "clickstream-ingest")),
                provisioned("us-east-1", "analytics-dev", "3.6.0", "kafka.t3.small", 2, IAM_TLS)
                        .logs(cw("/msk/analytics-dev"), null)
                        .logsAt(1, SandboxFleetData.DEBUG_LOGGER, "DEBUG"),
                serverless("us-east-1", "analytics-events"),
                provisioned("us-east-2", "etl-staging", "3.5.1", "kafka.m5.large", 3, SCRAM)
                        .logs(s3("analytics-scratch-logs"), null),
                provisioned("us-west-2", "ml-features", "3.8.x", "kafka.m7g.xlarge", 3, IAM),
                provisioned("us-west-2", "ml-features-replica", "3.8.x", "kafka.m7g.xlarge", 3, IAM)
                        .logs(cw(VENDED + "ml-features-replica"), cw(VENDED + "ml-features-replica"))
                        .in(ClusterState.UPDATING),
                provisioned("eu-west-1", "analytics-eu-prod", "3.6.0", "kafka.m5.2xlarge", 6, IAM_TLS)
                        .logs(and(cw(VENDED + "analytics-eu-prod"), s3(bucket("eu-west-1"))),
                                s3(bucket("eu-west-1"))),
                provisioned("eu-west-1", "gdpr-audit", "2.8.1", "kafka.m5.large", 3, TLS)
                        .logs(off(and(and(cw(VENDED + "gdpr-audit"), s3(bucket("eu-west-1"))),
                                firehose("gdpr-audit-logs"))), null),
                provisioned("eu-central-1", "reporting-de", "3.7.x", "kafka.m7g.large", 3, IAM)
                        .logs(s3(bucket("eu-central-1")), s3(bucket("eu-central-1"))),
                provisioned("eu-north-1", "lakehouse-sink", "3.9.x", "express.m7g.large", 3, IAM)
                        .logs(firehose("lakehouse-logs"), firehose("lakehouse-logs")),
                provisioned("eu-north-1", "lakehouse-dev", "3.9.x", "kafka.t3.small", 2, IAM)
                        .logs(cw(VENDED + "lakehouse-dev"), null),
                provisioned("ap-southeast-1", "dashboards-sg", "3.6.0", "kafka.m5.large", 3, IAM)
                        .logs(s3(bucket("us-east-1")), cw(VENDED + "dashboards-sg")),
                provisioned("ap-northeast-1", "recommendations-jp", "3.5.1", "kafka.m5.xlarge", 3, IAM)
                        .logs(cw(VENDED + "recommendations-jp"), null).in(ClusterState.MAINTENANCE),
                provisioned("ap-northeast-1", "search-index-jp", "3.7.x", "kafka.m7g.large", 3, IAM_TLS)
                        .logs(s3(bucket("ap-northeast-1")), s3(bucket("ap-northeast-1"))),
                provisioned("ap-south-1", "telemetry-in", "3.6.0", "kafka.m5.large", 3, IAM)
                        .logs(cw("/msk/telemetry-in"), cw("/msk/telemetry-in")),
                serverless("ap-south-1", "telemetry-events"),
                provisioned("sa-east-1", "bi-exports-br", "4.0.x", "kafka.m7g.large", 3, IAM)
                        .logs(firehose("bi-exports-br-logs"), firehose("bi-exports-br-logs")),
                provisioned("sa-east-1", "analytics-br", "3.8.x", "kafka.m7g.large", 3, IAM_SCRAM)
                        .logs(cw(VENDED + "analytics-br"), cw(VENDED + "analytics-br")));
    }

    /**
     * /msk/analytics-dev and /msk/telemetry-in have no retention; lakehouse-dev's group exists only in eu-west-1,
     * where it was made by mistake.
     */
    private static List<SandboxLogGroup> logGroups() {
        return List.of(
                group("us-east-1", VENDED + "clickstream-ingest", 7, 130_000),
                group("us-east-1", "/msk/analytics-dev", null, 2_400),
                group("us-west-2", VENDED + "ml-features-replica", 30, 5_600),
                group("eu-west-1", VENDED + "analytics-eu-prod", 30, 18_700),
                group("eu-west-1", VENDED + "gdpr-audit", 365, 900),
                group("eu-west-1", VENDED + "lakehouse-dev", 7, 0),
                group("ap-southeast-1", VENDED + "dashboards-sg", 14, 640),
                group("ap-northeast-1", VENDED + "recommendations-jp", 30, 4_100),
                group("ap-south-1", "/msk/telemetry-in", null, 61_000),
                group("sa-east-1", VENDED + "analytics-br", 60, 2_050));
    }

    /** No msk-logs bucket in eu-central-1 or ap-southeast-1; analytics-scratch-logs is outside the pattern. */
    private static List<SandboxBucket> buckets() {
        return List.of(
                new SandboxBucket(bucket("us-east-1"), "us-east-1"),
                new SandboxBucket("analytics-scratch-logs", "us-east-2"),
                new SandboxBucket(bucket("eu-west-1"), "eu-west-1"),
                new SandboxBucket(bucket("ap-northeast-1"), "ap-northeast-1"));
    }

    /** No stream bi-exports-br-logs in sa-east-1. */
    private static List<SandboxDeliveryStream> streams() {
        return List.of(stream("us-east-1", "clickstream-ingest-logs"), stream("eu-west-1", "gdpr-audit-logs"),
                stream("eu-north-1", "lakehouse-logs"));
    }

    private static String bucket(String region) {
        return SandboxFleetData.logBucket(ACCOUNT, region);
    }
}
