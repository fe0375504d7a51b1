package io.mskconsole.sandbox;

import static io.mskconsole.sandbox.SandboxFleetData.IAM;
import static io.mskconsole.sandbox.SandboxFleetData.IAM_TLS;
import static io.mskconsole.sandbox.SandboxFleetData.PLAINTEXT_TLS;
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
 * The fleet of Sandbox Payments (222233334444): 18 clusters in ten regions. Where each fleet rule breaks (the
 * S3 pattern is {@value SandboxFleetData#LOG_BUCKET_PATTERN}):
 *
 * <table>
 * <caption>Rule by rule</caption>
 * <tr><th>Rule</th><th>Clusters</th></tr>
 * <tr><td>broker-logs-delivered</td><td>settlement-batch (nothing set); fraud-signals (log group, bucket and stream
 *     all named, all Enabled=false)</td></tr>
 * <tr><td>destination-exists</td><td>sepa-gateway (log group missing in eu-west-1); payments-de (bucket in
 *     eu-west-1, not eu-central-1); wallet-sg (stream missing); pix-gateway (bucket missing)</td></tr>
 * <tr><td>authorizer-logs-with-iam</td><td>settlement-batch, fraud-signals, payments-jp</td></tr>
 * <tr><td>authorizer-logs-delivered</td><td>those three, and refunds-staging (SASL/SCRAM), sepa-gateway
 *     (unauthenticated and TLS)</td></tr>
 * <tr><td>s3-bucket-pattern</td><td>chargebacks-dr (bucket {@code tmp-kafka-logs})</td></tr>
 * <tr><td>log-group-retention</td><td>payments-eu-prod ({@code /msk/payments-eu-prod}, kept for ever)</td></tr>
 * <tr><td>no-verbose-logs-to-cloudwatch</td><td>card-auth-prod (CloudWatch Logs; broker 4 logs
 *     kafka.request.logger at DEBUG: read its levels over TLS)</td></tr>
 * <tr><td>none (compliant)</td><td>payments-ledger-prod, payments-events (serverless), payouts-prod (Express),
 *     ledger-archive (MAINTENANCE), payments-au, payments-ca, payments-ca-events (serverless)</td></tr>
 * </table>
 *
 * <p>refunds-staging is UPDATING (a configuration update ends 25 minutes after the world starts); ledger-archive is
 * in MAINTENANCE.
 */
final class SandboxFleetPayments {
    static final String ACCOUNT = SandboxFleetData.PAYMENTS_ACCOUNT;

    private SandboxFleetPayments() {
    }

    static SandboxFleetData.Fleet fleet() {
        return new SandboxFleetData.Fleet(clusters(), logGroups(), buckets(), streams());
    }

    private static List<SandboxFleetData.Row> clusters() {
        return List.of(
                provisioned("us-east-1", "payments-ledger-prod", "3.6.0", "kafka.m7g.xlarge", 6, IAM_TLS)
                        .logs(and(cw(VENDED + "payments-ledger-prod"), s3(bucket("us-east-1"))),
                                cw(VENDED + "payments-ledger-prod")),
                provisioned("us-east-1", "card-auth-prod", "3.7.x", "kafka.m7g.2xlarge", 9, IAM_TLS)
                        .logs(cw(VENDED + "card-auth-prod"), cw(VENDED + "card-auth-prod"))
                        .logsAt(4, SandboxFleetData.DEBUG_LOGGER, "DEBUG"),
                serverless("us-east-1", "payments-events"),
                provisioned("us-east-1", "refunds-staging", "3.5.1", "kafka.m5.large", 3, SCRAM)
                        .logs(s3(bucket("us-east-1")), null).in(ClusterState.UPDATING),
                provisioned("us-east-2", "settlement-batch", "3.5.1", "kafka.m5.xlarge", 3, IAM),
                provisioned("us-east-2", "payouts-prod", "3.8.x", "express.m7g.large", 3, IAM)
                        .logs(cw(VENDED + "payouts-prod"), cw(VENDED + "payouts-prod")),
                provisioned("us-west-2", "fraud-signals", "3.6.0", "kafka.m7g.large", 3, IAM)
                        .logs(off(and(and(cw(VENDED + "fraud-signals"), s3(bucket("us-west-2"))),
                                firehose("fraud-signals-logs"))), off(cw(VENDED + "fraud-signals"))),
                provisioned("us-west-2", "chargebacks-dr", "3.6.0", "kafka.m5.large", 3, IAM_TLS)
                        .logs(s3("tmp-kafka-logs"), s3(bucket("us-west-2"))),
                provisioned("eu-west-1", "payments-eu-prod", "3.7.x", "kafka.m7g.xlarge", 6, IAM)
                        .logs(cw("/msk/payments-eu-prod"), cw("/msk/payments-eu-prod")),
                provisioned("eu-west-1", "sepa-gateway", "2.8.1", "kafka.t3.small", 2, PLAINTEXT_TLS)
                        .logs(cw(VENDED + "sepa-gateway"), null),
                provisioned("eu-central-1", "payments-de", "3.6.0", "kafka.m5.large", 3, IAM)
                        .logs(s3(bucket("eu-west-1")), s3(bucket("eu-west-1"))),
                provisioned("eu-central-1", "ledger-archive", "3.5.1", "kafka.m5.2xlarge", 3, TLS)
                        .logs(firehose("ledger-archive-logs"), firehose("ledger-archive-logs"))
                        .in(ClusterState.MAINTENANCE),
                provisioned("ap-southeast-1", "wallet-sg", "3.8.x", "kafka.m7g.large", 3, IAM)
                        .logs(firehose("wallet-sg-logs"), firehose("wallet-sg-logs")),
                provisioned("ap-southeast-2", "payments-au", "3.6.0", "kafka.m5.large", 3, IAM_TLS)
                        .logs(and(cw(VENDED + "payments-au"), s3(bucket("ap-southeast-2"))),
                                cw(VENDED + "payments-au")),
                provisioned("ap-northeast-1", "payments-jp", "3.9.x", "express.m7g.xlarge", 3, IAM)
                        .logs(s3(bucket("ap-northeast-1")), null),
                provisioned("sa-east-1", "pix-gateway", "3.7.x", "kafka.m7g.large", 3, IAM)
                        .logs(s3(bucket("sa-east-1")), s3(bucket("sa-east-1"))),
                provisioned("ca-central-1", "payments-ca", "4.0.x", "kafka.m7g.large", 3, IAM)
                        .logs(cw(VENDED + "payments-ca"), cw(VENDED + "payments-ca")),
                serverless("ca-central-1", "payments-ca-events"));
    }

    /** No log group /aws/vendedlogs/msk/sepa-gateway in eu-west-1; /msk/payments-eu-prod has no retention. */
    private static List<SandboxLogGroup> logGroups() {
        return List.of(
                group("us-east-1", VENDED + "payments-ledger-prod", 30, 21_504),
                group("us-east-1", VENDED + "card-auth-prod", 30, 48_128),
                group("us-east-1", "/aws/lambda/refunds-worker", 14, 310),
                group("us-east-2", VENDED + "payouts-prod", 14, 3_200),
                group("us-west-2", VENDED + "fraud-signals", 30, 0),
                group("eu-west-1", "/msk/payments-eu-prod", null, 96_000),
                group("eu-west-1", "/aws/lambda/sepa-export", 14, 45),
                group("ap-southeast-2", VENDED + "payments-au", 90, 7_800),
                group("ca-central-1", VENDED + "payments-ca", 30, 1_100));
    }

    /** No msk-logs bucket in eu-central-1 or sa-east-1; tmp-kafka-logs is outside the pattern. */
    private static List<SandboxBucket> buckets() {
        return List.of(
                new SandboxBucket(bucket("us-east-1"), "us-east-1"),
                new SandboxBucket(bucket("us-west-2"), "us-west-2"),
                new SandboxBucket("tmp-kafka-logs", "us-west-2"),
                new SandboxBucket(bucket("eu-west-1"), "eu-west-1"),
                new SandboxBucket(bucket("ap-southeast-2"), "ap-southeast-2"),
                new SandboxBucket(bucket("ap-northeast-1"), "ap-northeast-1"));
    }

    /** No stream wallet-sg-logs in ap-southeast-1. */
    private static List<SandboxDeliveryStream> streams() {
        return List.of(stream("us-west-2", "fraud-signals-logs"), stream("eu-central-1", "ledger-archive-logs"));
    }

    private static String bucket(String region) {
        return SandboxFleetData.logBucket(ACCOUNT, region);
    }
}
