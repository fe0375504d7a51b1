package io.mskconsole.aws.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import io.mskconsole.aws.kafka.authorizerlogs.AuthorizerLogsWire;
import io.mskconsole.core.clusters.BootstrapBrokers;
import io.mskconsole.core.clusters.ClientAuth;
import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.clusters.ClusterOperation;
import io.mskconsole.core.clusters.ClusterState;
import io.mskconsole.core.clusters.ClusterType;
import io.mskconsole.core.clusters.MonitoringSettings;
import io.mskconsole.core.clusters.OpenMonitoring;
import io.mskconsole.core.clusters.OperationStep;
import io.mskconsole.core.delivery.LogDelivery;
import io.mskconsole.core.delivery.CloudWatchLogsDestination;
import io.mskconsole.core.delivery.FirehoseDestination;
import io.mskconsole.core.delivery.LoggingInfo;
import io.mskconsole.core.delivery.S3Destination;
import io.mskconsole.core.delivery.UpdateMonitoringRequest;
import java.util.EnumSet;
import java.util.Set;
import java.util.List;
import software.amazon.awssdk.services.kafka.model.ClusterOperationStep;
import software.amazon.awssdk.services.kafka.model.ClusterOperationV2;
import software.amazon.awssdk.services.kafka.model.CloudWatchLogs;
import software.amazon.awssdk.services.kafka.model.Firehose;
import software.amazon.awssdk.services.kafka.model.GetBootstrapBrokersResponse;
import software.amazon.awssdk.services.kafka.model.JmxExporterInfo;
import software.amazon.awssdk.services.kafka.model.MutableClusterInfo;
import software.amazon.awssdk.services.kafka.model.NodeExporterInfo;
import software.amazon.awssdk.services.kafka.model.OpenMonitoringInfo;
import software.amazon.awssdk.services.kafka.model.PrometheusInfo;
import software.amazon.awssdk.services.kafka.model.Provisioned;
import software.amazon.awssdk.services.kafka.model.S3;

/**
 * Between the SDK's MSK model and the core's: clusters, operations, bootstrap brokers and the UpdateMonitoring
 * request.
 */
final class KafkaMapping {
    private KafkaMapping() {
    }

    /**
     * @param raw the same cluster as MSK sent it (its {@code clusterInfo}), for what the SDK here does not model: the
     *            authorizer logs, and any member of the monitoring settings this version cannot send back
     */
    static Cluster cluster(software.amazon.awssdk.services.kafka.model.Cluster info, JsonNode raw) {
        if (!raw.isObject()) {
            // fail closed: without the answer as sent, authorizer logs would read as none and an update could drop them
            throw new IllegalStateException("MSK's answer for cluster " + info.clusterArn() + " could not be read as "
                    + "sent, so its authorizer logs are unknown.");
        }
        Provisioned provisioned = info.provisioned();
        String kafkaVersion = null;
        String instanceType = null;
        int brokers = 0;
        LogDelivery brokerLogs = LogDelivery.NONE;
        MonitoringSettings monitoring = MonitoringSettings.NONE;
        if (provisioned != null) {
            if (provisioned.currentBrokerSoftwareInfo() != null) {
                kafkaVersion = provisioned.currentBrokerSoftwareInfo().kafkaVersion();
            }
            if (provisioned.brokerNodeGroupInfo() != null) {
                instanceType = provisioned.brokerNodeGroupInfo().instanceType();
            }
            brokers = provisioned.numberOfBrokerNodes() == null ? 0 : provisioned.numberOfBrokerNodes();
            brokerLogs = brokerLogs(provisioned.loggingInfo());
            monitoring = new MonitoringSettings(provisioned.enhancedMonitoringAsString(),
                    openMonitoring(provisioned.openMonitoring()), UnsentMembers.of(raw.path("provisioned")));
        }
        return new Cluster(info.clusterArn(), info.clusterName(), ClusterType.parse(info.clusterTypeAsString()),
                ClusterState.parse(info.stateAsString()), info.currentVersion(), kafkaVersion, instanceType, brokers,
                provisioned == null ? LoggingInfo.NONE
                        : new LoggingInfo(brokerLogs, AuthorizerLogsWire.ofCluster(raw)), monitoring,
                info.activeOperationArn(), info.creationTime(), clientAuth(info));
    }

    /** How clients may authenticate, as the cluster reports it (provisioned or serverless); empty when not said. */
    static Set<ClientAuth> clientAuth(software.amazon.awssdk.services.kafka.model.Cluster info) {
        Set<ClientAuth> auths = EnumSet.noneOf(ClientAuth.class);
        if (info.provisioned() != null && info.provisioned().clientAuthentication() != null) {
            var auth = info.provisioned().clientAuthentication();
            if (auth.sasl() != null && auth.sasl().iam() != null && Boolean.TRUE.equals(auth.sasl().iam().enabled())) {
                auths.add(ClientAuth.IAM);
            }
            if (auth.sasl() != null && auth.sasl().scram() != null
                    && Boolean.TRUE.equals(auth.sasl().scram().enabled())) {
                auths.add(ClientAuth.SCRAM);
            }
            if (auth.tls() != null && Boolean.TRUE.equals(auth.tls().enabled())) {
                auths.add(ClientAuth.TLS);
            }
            if (auth.unauthenticated() != null && Boolean.TRUE.equals(auth.unauthenticated().enabled())) {
                auths.add(ClientAuth.PLAINTEXT);
            }
        }
        if (info.serverless() != null && info.serverless().clientAuthentication() != null
                && info.serverless().clientAuthentication().sasl() != null
                && info.serverless().clientAuthentication().sasl().iam() != null
                && Boolean.TRUE.equals(info.serverless().clientAuthentication().sasl().iam().enabled())) {
            auths.add(ClientAuth.IAM);
        }
        return auths;
    }

    /** Broker log delivery as the cluster reports it; an absent destination or logging info is off. */
    static LogDelivery brokerLogs(software.amazon.awssdk.services.kafka.model.LoggingInfo loggingInfo) {
        if (loggingInfo == null || loggingInfo.brokerLogs() == null) {
            return LogDelivery.NONE;
        }
        var logs = loggingInfo.brokerLogs();
        CloudWatchLogs cw = logs.cloudWatchLogs();
        S3 s3 = logs.s3();
        Firehose firehose = logs.firehose();
        return new LogDelivery(
                cw == null ? CloudWatchLogsDestination.OFF
                        : new CloudWatchLogsDestination(Boolean.TRUE.equals(cw.enabled()), cw.logGroup()),
                s3 == null ? S3Destination.OFF
                        : new S3Destination(Boolean.TRUE.equals(s3.enabled()), s3.bucket(), s3.prefix()),
                firehose == null ? FirehoseDestination.OFF
                        : new FirehoseDestination(Boolean.TRUE.equals(firehose.enabled()), firehose.deliveryStream()));
    }

    static OpenMonitoring openMonitoring(OpenMonitoringInfo info) {
        if (info == null || info.prometheus() == null) {
            return null;
        }
        PrometheusInfo prometheus = info.prometheus();
        boolean jmx = prometheus.jmxExporter() != null && Boolean.TRUE.equals(prometheus.jmxExporter().enabledInBroker());
        boolean node = prometheus.nodeExporter() != null
                && Boolean.TRUE.equals(prometheus.nodeExporter().enabledInBroker());
        return new OpenMonitoring(jmx, node);
    }

    /**
     * @param source the authorizer logs of the operation's source cluster info, as read from the raw answer, or null
     * @param target likewise for its target cluster info
     */
    static ClusterOperation operation(ClusterOperationV2 info, LogDelivery source, LogDelivery target) {
        List<OperationStep> steps = List.of();
        if (info.provisioned() != null && info.provisioned().hasOperationSteps()) {
            steps = info.provisioned().operationSteps().stream().map(KafkaMapping::step).toList();
        }
        String errorCode = info.errorInfo() == null ? null : info.errorInfo().errorCode();
        String errorText = info.errorInfo() == null ? null : info.errorInfo().errorString();
        LoggingInfo sourceLogging = null;
        LoggingInfo targetLogging = null;
        if (info.provisioned() != null) {
            sourceLogging = logging(info.provisioned().sourceClusterInfo(), source);
            targetLogging = logging(info.provisioned().targetClusterInfo(), target);
        }
        return new ClusterOperation(info.operationArn(), info.clusterArn(), info.operationType(),
                info.operationState(), info.startTime(), info.endTime(), errorCode, errorText, steps, sourceLogging,
                targetLogging);
    }

    /** The log delivery of an operation's cluster info, or null when it names none. */
    private static LoggingInfo logging(MutableClusterInfo info, LogDelivery authorizerLogs) {
        if (info == null || (info.loggingInfo() == null && authorizerLogs == null)) {
            return null;
        }
        return new LoggingInfo(brokerLogs(info.loggingInfo()), authorizerLogs);
    }

    /** Every bootstrap broker string GetBootstrapBrokers gives; the absent ones stay null. */
    static BootstrapBrokers bootstrapBrokers(GetBootstrapBrokersResponse response) {
        return new BootstrapBrokers(response.bootstrapBrokerString(), response.bootstrapBrokerStringTls(),
                response.bootstrapBrokerStringSaslScram(), response.bootstrapBrokerStringSaslIam(),
                response.bootstrapBrokerStringPublicTls(), response.bootstrapBrokerStringPublicSaslScram(),
                response.bootstrapBrokerStringPublicSaslIam(), response.bootstrapBrokerStringVpcConnectivityTls(),
                response.bootstrapBrokerStringVpcConnectivitySaslScram(),
                response.bootstrapBrokerStringVpcConnectivitySaslIam());
    }

    private static OperationStep step(ClusterOperationStep step) {
        return new OperationStep(step.stepName(), step.stepInfo() == null ? null : step.stepInfo().stepStatus());
    }

    /**
     * The SDK request for the core's: the same fields {@link UpdateMonitoringRequest#toApiBody()} names. Every
     * destination is sent with an explicit enabled flag; names only for the enabled ones (the core's broker logs
     * are already normalised that way).
     */
    static software.amazon.awssdk.services.kafka.model.UpdateMonitoringRequest updateMonitoring(
            UpdateMonitoringRequest request) {
        var builder = software.amazon.awssdk.services.kafka.model.UpdateMonitoringRequest.builder()
                .clusterArn(request.clusterArn())
                .currentVersion(request.currentVersion())
                .loggingInfo(loggingInfo(request.logging().brokerLogs()));
        MonitoringSettings monitoring = request.monitoring();
        if (monitoring.enhancedMonitoring() != null) {
            builder.enhancedMonitoring(monitoring.enhancedMonitoring());
        }
        if (monitoring.openMonitoring() != null) {
            builder.openMonitoring(openMonitoringInfo(monitoring.openMonitoring()));
        }
        return builder.build();
    }

    /**
     * Broker log delivery as sent: every destination with an explicit enabled flag, names only for enabled ones.
     * Authorizer logs are added to the body by {@code authorizerlogs.AuthorizerLogsInterceptor}.
     */
    static software.amazon.awssdk.services.kafka.model.LoggingInfo loggingInfo(LogDelivery brokerLogs) {
        LogDelivery logs = brokerLogs.forRequest();
        var sdkLogs = software.amazon.awssdk.services.kafka.model.BrokerLogs.builder()
                .cloudWatchLogs(CloudWatchLogs.builder().enabled(logs.cloudWatchLogs().enabled())
                        .logGroup(logs.cloudWatchLogs().logGroup()).build())
                .firehose(Firehose.builder().enabled(logs.firehose().enabled())
                        .deliveryStream(logs.firehose().deliveryStream()).build())
                .s3(S3.builder().enabled(logs.s3().enabled()).bucket(logs.s3().bucket())
                        .prefix(logs.s3().prefix()).build())
                .build();
        return software.amazon.awssdk.services.kafka.model.LoggingInfo.builder().brokerLogs(sdkLogs).build();
    }

    static OpenMonitoringInfo openMonitoringInfo(OpenMonitoring open) {
        return OpenMonitoringInfo.builder().prometheus(PrometheusInfo.builder()
                .jmxExporter(JmxExporterInfo.builder().enabledInBroker(open.jmxExporter()).build())
                .nodeExporter(NodeExporterInfo.builder().enabledInBroker(open.nodeExporter()).build())
                .build()).build();
    }
}
