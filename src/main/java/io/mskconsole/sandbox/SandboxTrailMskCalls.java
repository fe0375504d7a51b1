package io.mskconsole.sandbox;

import static io.mskconsole.sandbox.SandboxTrailData.ACCESS_DENIED;
import static io.mskconsole.sandbox.SandboxTrailData.BAD_REQUEST;
import static io.mskconsole.sandbox.SandboxTrailData.HISTORY;
import static io.mskconsole.sandbox.SandboxTrailData.JAVA_SDK;
import static io.mskconsole.sandbox.SandboxTrailData.NODES;
import static io.mskconsole.sandbox.SandboxTrailData.NOT_FOUND;
import static io.mskconsole.sandbox.SandboxTrailData.THROTTLED;
import static io.mskconsole.sandbox.SandboxTrailData.accessDenied;
import static io.mskconsole.sandbox.SandboxTrailData.clusterParameter;
import static io.mskconsole.sandbox.SandboxTrailData.operationResponse;
import static io.mskconsole.sandbox.SandboxTrailData.updateMonitoringParameters;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.clusters.ClusterArn;
import io.mskconsole.core.clusters.ClusterType;
import io.mskconsole.core.delivery.LogDelivery;
import io.mskconsole.core.delivery.CloudWatchLogsDestination;
import io.mskconsole.core.delivery.FirehoseDestination;
import io.mskconsole.core.delivery.LoggingInfo;
import io.mskconsole.core.delivery.S3Destination;
import io.mskconsole.core.delivery.UpdateMonitoringRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The MSK API calls ({@value SandboxTrailData#MSK}) of a region's sample records: AWS Config's polls, people browsing
 * clusters and their operations, monitoring, broker count and configuration updates followed to their end (some with
 * a stale version first), applications fetching bootstrap brokers, read-only people refused a change, a monitoring
 * exporter throttled, short-lived load-test clusters created and deleted, and the update payments-staging is running
 * when the world starts. Drawn from, and added to, the region's {@link SandboxTrailSamples}.
 */
final class SandboxTrailMskCalls {
    private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MMdd", Locale.ROOT);

    private final SandboxTrailSamples samples;

    SandboxTrailMskCalls(SandboxTrailSamples samples) {
        this.samples = samples;
    }

    /** AWS Config reads every cluster twice a day. */
    void configPolls() {
        Instant oldest = samples.now.minus(HISTORY).plus(Duration.ofHours(2));
        for (Instant t = oldest.truncatedTo(ChronoUnit.HOURS).plus(Duration.ofMinutes(7));
             t.isBefore(samples.now.minus(Duration.ofHours(1))); t = t.plus(Duration.ofHours(12))) {
            SandboxTrailIdentity config = SandboxTrailIdentity.CONFIG;
            samples.msk(config, t, "ListClustersV2", null, null, true);
            Instant at = t;
            for (Cluster cluster : samples.clusters) {
                at = at.plusSeconds(1 + samples.random.nextInt(2));
                samples.msk(config, at, "DescribeClusterV2", clusterParameter(cluster.arn(), samples.encoded()), null,
                        true);
            }
        }
    }

    /** Someone looks at the clusters in the console or the CLI. */
    void consoleBrowse(SandboxTrailIdentity who, Instant t) {
        ObjectNode list = NODES.objectNode();
        list.put("maxResults", 100);
        samples.msk(who, t, "ListClustersV2", who.console() ? list : null, null, true);
        int looks = 1 + samples.random.nextInt(samples.clusters.size());
        for (int i = 0; i < looks; i++) {
            Cluster cluster = samples.pick(samples.clusters);
            t = t.plusSeconds(3 + samples.random.nextInt(60));
            samples.msk(who, t, "DescribeClusterV2", clusterParameter(cluster.arn(), samples.encoded()), null, true);
            if (samples.random.nextInt(3) == 0) {
                t = t.plusSeconds(2 + samples.random.nextInt(20));
                samples.msk(who, t, "GetBootstrapBrokers", clusterParameter(cluster.arn(), samples.encoded()), null,
                        true);
            }
            if (cluster.type() == ClusterType.PROVISIONED && samples.random.nextInt(5) == 0) {
                t = t.plusSeconds(1 + samples.random.nextInt(10));
                samples.msk(who, t, "ListNodes", clusterParameter(cluster.arn(), samples.encoded()), null, true);
            }
        }
    }

    /** Someone reads a cluster's past operations. */
    void operationsReview(SandboxTrailIdentity who, Instant t) {
        Cluster cluster = samples.pick(samples.clusters);
        ObjectNode list = clusterParameter(cluster.arn(), samples.encoded());
        list.put("maxResults", 10);
        samples.msk(who, t, "ListClusterOperationsV2", list, null, true);
        for (int i = 0, n = 1 + samples.random.nextInt(3); i < n; i++) {
            t = t.plusSeconds(4 + samples.random.nextInt(40));
            samples.msk(who, t, "DescribeClusterOperationV2", operationParameter(operationArn(cluster)), null, true);
        }
    }

    /** Broker log delivery changed: read, update (sometimes with a stale version first), follow the operation. */
    void monitoringUpdate(SandboxTrailIdentity who, Instant t) {
        Cluster cluster = samples.random.nextInt(20) == 0 ? samples.pick(samples.clusters)
                : samples.pick(samples.provisioned);
        samples.msk(who, t, "DescribeClusterV2", clusterParameter(cluster.arn(), samples.encoded()), null, true);
        UpdateMonitoringRequest request = new UpdateMonitoringRequest(cluster.arn(), samples.version(),
                cluster.monitoring(), LoggingInfo.of(brokerLogs(cluster)));
        t = t.plusSeconds(20 + samples.random.nextInt(100));
        if (cluster.type() == ClusterType.SERVERLESS) {
            samples.mskError(who, t, "UpdateMonitoring", updateMonitoringParameters(request), false, BAD_REQUEST,
                    "This operation is not supported for serverless clusters.");
            return;
        }
        if (samples.random.nextInt(8) == 0) {
            samples.mskError(who, t, "UpdateMonitoring", updateMonitoringParameters(request), false, BAD_REQUEST,
                    MonitoringUpdateRules.STALE_VERSION);
            t = t.plusSeconds(5 + samples.random.nextInt(30));
            samples.msk(who, t, "DescribeClusterV2", clusterParameter(cluster.arn(), samples.encoded()), null, true);
            request = new UpdateMonitoringRequest(cluster.arn(), samples.version(), request.monitoring(),
                    request.logging());
            t = t.plusSeconds(5 + samples.random.nextInt(20));
        }
        String operation = operationArn(cluster);
        samples.msk(who, t, "UpdateMonitoring", updateMonitoringParameters(request),
                operationResponse(cluster.arn(), operation), false);
        follow(who, t, operation, 3 + samples.random.nextInt(6), 10 + samples.random.nextInt(25));
    }

    void brokerCountUpdate(SandboxTrailIdentity who, Instant t) {
        Cluster cluster = samples.pick(samples.provisioned);
        samples.msk(who, t, "DescribeClusterV2", clusterParameter(cluster.arn(), samples.encoded()), null, true);
        ObjectNode request = clusterParameter(cluster.arn(), samples.encoded());
        request.put("currentVersion", samples.version());
        // Scaled out for a peak, or back to its size afterwards.
        request.put("targetNumberOfBrokerNodes", cluster.brokerCount() * (samples.random.nextBoolean() ? 2 : 1));
        t = t.plusSeconds(10 + samples.random.nextInt(60));
        if (samples.random.nextInt(6) == 0) {
            samples.mskError(who, t, "UpdateBrokerCount", request, false, BAD_REQUEST,
                    MonitoringUpdateRules.STALE_VERSION);
            return;
        }
        String operation = operationArn(cluster);
        samples.msk(who, t, "UpdateBrokerCount", request, operationResponse(cluster.arn(), operation), false);
        follow(who, t, operation, 4 + samples.random.nextInt(6), 60 + samples.random.nextInt(60));
    }

    void configurationUpdate(SandboxTrailIdentity who, Instant t) {
        Cluster cluster = samples.pick(samples.provisioned);
        samples.msk(who, t, "DescribeClusterV2", clusterParameter(cluster.arn(), samples.encoded()), null, true);
        t = t.plusSeconds(5 + samples.random.nextInt(20));
        String operation = operationArn(cluster);
        samples.msk(who, t, "UpdateClusterConfiguration", configurationParameters(cluster, samples.version(),
                1 + samples.random.nextInt(6)), operationResponse(cluster.arn(), operation), false);
        follow(who, t, operation, 3 + samples.random.nextInt(5), 60 + samples.random.nextInt(60));
    }

    /** The operation that payments-staging runs when the world starts was started by the pipeline. */
    void paymentsOperation() {
        Instant start = SandboxData.paymentsOperation(samples.now).start;
        Cluster cluster = samples.clusters.stream().filter(c -> c.arn().equals(SandboxData.PAYMENTS_STAGING_ARN))
                .findFirst().orElseThrow();
        samples.msk(SandboxTrailIdentity.CI_DEPLOYER, start.minusSeconds(12), "DescribeClusterV2",
                clusterParameter(cluster.arn(), true), null, true);
        samples.msk(SandboxTrailIdentity.CI_DEPLOYER, start, "UpdateClusterConfiguration",
                configurationParameters(cluster, cluster.currentVersion(), 4),
                operationResponse(cluster.arn(), SandboxData.PAYMENTS_OPERATION_ARN), false);
    }

    /** An application (or a person) asks for the bootstrap brokers before connecting. */
    void bootstrap(Instant t) {
        SandboxTrailIdentity who;
        Cluster cluster;
        if (samples.random.nextInt(3) == 0) {
            who = samples.pick(List.of(SandboxTrailIdentity.ALICE, SandboxTrailIdentity.BOB,
                    SandboxTrailIdentity.JANE_CLI));
            cluster = samples.pick(samples.clusters);
        } else {
            Map.Entry<SandboxTrailIdentity, List<String>> client =
                    samples.pick(new ArrayList<>(samples.kafkaClients.entrySet()));
            who = client.getKey().withAgent(JAVA_SDK);
            cluster = samples.cluster(samples.pick(client.getValue()));
        }
        if (samples.random.nextBoolean()) {
            samples.msk(who, t, "DescribeClusterV2", clusterParameter(cluster.arn(), samples.encoded()), null, true);
            t = t.plusSeconds(1);
        }
        samples.msk(who, t, "GetBootstrapBrokers", clusterParameter(cluster.arn(), samples.encoded()), null, true);
    }

    /** A read-only person tries to change a cluster. */
    void mskDenied(Instant t) {
        SandboxTrailIdentity who = samples.random.nextInt(4) == 0 ? SandboxTrailIdentity.BOB : SandboxTrailIdentity.RAJ;
        Cluster cluster = samples.pick(samples.provisioned);
        samples.msk(who, t, "DescribeClusterV2", clusterParameter(cluster.arn(), samples.encoded()), null, true);
        t = t.plusSeconds(30 + samples.random.nextInt(120));
        switch (samples.random.nextInt(3)) {
            case 0 -> {
                UpdateMonitoringRequest request = new UpdateMonitoringRequest(cluster.arn(),
                        cluster.currentVersion(), cluster.monitoring(), LoggingInfo.of(brokerLogs(cluster)));
                samples.mskError(who, t, "UpdateMonitoring", updateMonitoringParameters(request), false, ACCESS_DENIED,
                        accessDenied(who, "kafka:UpdateMonitoring", cluster.arn()));
            }
            case 1 -> {
                ObjectNode request = clusterParameter(cluster.arn(), samples.encoded());
                request.put("currentVersion", cluster.currentVersion());
                request.put("targetNumberOfBrokerNodes", cluster.brokerCount() * 2);
                samples.mskError(who, t, "UpdateBrokerCount", request, false, ACCESS_DENIED,
                        accessDenied(who, "kafka:UpdateBrokerCount", cluster.arn()));
            }
            default -> samples.mskError(who, t, "DeleteCluster", clusterParameter(cluster.arn(), true), false,
                    ACCESS_DENIED, accessDenied(who, "kafka:DeleteCluster", cluster.arn()));
        }
    }

    /** The monitoring exporter reads every cluster at once, a few times in a row, and is throttled. */
    void throttledBurst(Instant t) {
        SandboxTrailIdentity who = SandboxTrailIdentity.GRAFANA;
        samples.msk(who, t, "ListClustersV2", null, null, true);
        int inSecond = 1;
        for (int round = 0; round < 3; round++) {
            for (Cluster cluster : samples.clusters) {
                if (samples.random.nextInt(3) == 0) {
                    t = t.plusSeconds(1);
                    inSecond = 0;
                }
                inSecond++;
                ObjectNode request = clusterParameter(cluster.arn(), samples.encoded());
                if (inSecond > 2 && samples.random.nextInt(3) > 0) {
                    samples.mskError(who, t, "DescribeClusterV2", request, true, THROTTLED, "Rate exceeded");
                } else {
                    samples.msk(who, t, "DescribeClusterV2", request, null, true);
                }
            }
        }
    }

    /** A load-test cluster: created by the pipeline, used for a few days, deleted. */
    void loadTestCluster(int daysAgo) {
        Instant t = samples.now.minus(Duration.ofDays(daysAgo)).truncatedTo(ChronoUnit.DAYS)
                .plus(Duration.ofHours(samples.workdayStartHour + 1)).plusSeconds(samples.random.nextInt(3600));
        String name = "loadtest-" + MONTH_DAY.format(t.atZone(ZoneOffset.UTC));
        String arn = SandboxData.arn(samples.region, name, samples.uuid() + "-" + (1 + samples.random.nextInt(9)));
        SandboxTrailIdentity ci = SandboxTrailIdentity.CI_DEPLOYER;
        ObjectNode create = NODES.objectNode();
        create.put("clusterName", name);
        ObjectNode provisionedInfo = create.putObject("provisioned");
        ObjectNode brokers = provisionedInfo.putObject("brokerNodeGroupInfo");
        brokers.put("instanceType", "kafka.m5.large");
        brokers.putArray("clientSubnets").add("subnet-0a1b2c3d4e5f60001").add("subnet-0a1b2c3d4e5f60002")
                .add("subnet-0a1b2c3d4e5f60003");
        brokers.putArray("securityGroups").add("sg-0123456789abcdef0");
        provisionedInfo.put("kafkaVersion", "3.6.0");
        provisionedInfo.put("numberOfBrokerNodes", 3);
        provisionedInfo.putObject("clientAuthentication").putObject("sasl").putObject("iam").put("enabled", true);
        create.putObject("tags").put("team", "platform").put("purpose", "load-test");
        ObjectNode created = NODES.objectNode();
        created.put("clusterArn", arn);
        created.put("clusterName", name);
        created.put("state", "CREATING");
        created.put("clusterType", "PROVISIONED");
        samples.msk(ci, t, "CreateClusterV2", create, created, false);
        for (int i = 0; i < 8; i++) {
            t = t.plusSeconds(150 + samples.random.nextInt(60));
            samples.msk(ci, t, "DescribeClusterV2", clusterParameter(arn, samples.encoded()), null, true);
        }
        String clusterUuid = arn.substring(arn.lastIndexOf('/') + 1);
        String topic = "arn:aws:kafka:" + samples.region + ":" + SandboxData.ACCOUNT_ID + ":topic/" + name + "/"
                + clusterUuid + "/loadtest-events";
        t = t.plus(Duration.ofMinutes(15));
        samples.kafka(SandboxTrailIdentity.JANE_KAFKA, t, "CreateTopic", "CreateTopics", topic, false);
        samples.kafka(SandboxTrailIdentity.JANE_KAFKA, t.plusSeconds(30), "AlterTopicDynamicConfiguration",
                "IncrementalAlterConfigs", topic, false);
        samples.kafka(SandboxTrailIdentity.JANE_KAFKA, t.plusSeconds(45), "DescribeTopicDynamicConfiguration",
                "DescribeConfigs", topic, true);
        t = t.plus(Duration.ofDays(2 + samples.random.nextInt(3)));
        samples.msk(ci, t, "DeleteCluster", clusterParameter(arn, true), deleting(arn), false);
        for (int i = 0; i < 3; i++) {
            t = t.plus(Duration.ofMinutes(6));
            if (i < 2) {
                samples.msk(ci, t, "DescribeClusterV2", clusterParameter(arn, samples.encoded()), null, true);
            } else {
                samples.mskError(ci, t, "DescribeClusterV2", clusterParameter(arn, samples.encoded()), true, NOT_FOUND,
                        "The specified cluster was not found.");
            }
        }
    }

    private void follow(SandboxTrailIdentity who, Instant t, String operation, int polls, int everySeconds) {
        for (int i = 0; i < polls; i++) {
            t = t.plusSeconds(everySeconds);
            samples.msk(who, t, "DescribeClusterOperationV2", operationParameter(operation), null, true);
        }
    }

    private ObjectNode operationParameter(String operationArn) {
        ObjectNode request = NODES.objectNode();
        request.put("clusterOperationArn", ClusterArn.pathSegment(operationArn));
        return request;
    }

    private ObjectNode configurationParameters(Cluster cluster, String version, int revision) {
        ObjectNode request = clusterParameter(cluster.arn(), true);
        request.put("currentVersion", version);
        ObjectNode configuration = request.putObject("configurationInfo");
        configuration.put("arn", "arn:aws:kafka:" + samples.region + ":" + SandboxData.ACCOUNT_ID + ":configuration/"
                + cluster.name() + "-config/" + UUID.nameUUIDFromBytes(cluster.name().getBytes(StandardCharsets.UTF_8))
                + "-1");
        configuration.put("revision", revision);
        return request;
    }

    private static ObjectNode deleting(String arn) {
        ObjectNode response = NODES.objectNode();
        response.put("clusterArn", arn);
        response.put("state", "DELETING");
        return response;
    }

    private LogDelivery brokerLogs(Cluster cluster) {
        boolean cloudWatch = samples.random.nextInt(2) == 0;
        boolean s3 = samples.random.nextInt(10) < 3;
        boolean firehose = samples.random.nextInt(10) < 2;
        return new LogDelivery(
                cloudWatch ? CloudWatchLogsDestination.to("/aws/vendedlogs/msk/" + cluster.name())
                        : CloudWatchLogsDestination.OFF,
                s3 ? S3Destination.to("msk-logs-" + SandboxData.ACCOUNT_ID + "-" + samples.region, cluster.name())
                        : S3Destination.OFF,
                firehose ? FirehoseDestination.to(cluster.name() + "-logs") : FirehoseDestination.OFF);
    }

    private String operationArn(Cluster cluster) {
        String suffix = cluster.arn().substring(cluster.arn().lastIndexOf('/') + 1);
        return "arn:aws:kafka:" + samples.region + ":" + SandboxData.ACCOUNT_ID + ":cluster-operation/" + cluster.name()
                + "/" + suffix + "/" + samples.uuid();
    }
}
