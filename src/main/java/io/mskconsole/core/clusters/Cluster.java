package io.mskconsole.core.clusters;

import io.mskconsole.core.delivery.LogDelivery;
import io.mskconsole.core.delivery.LoggingInfo;
import java.time.Instant;
import java.util.Locale;

/**
 * One MSK cluster as ListClustersV2 and DescribeClusterV2 report it. {@code logging} (broker and authorizer log
 * delivery) and {@code monitoring} are meaningful for provisioned clusters only; serverless clusters have neither.
 */
public record Cluster(
        String arn,
        String name,
        ClusterType type,
        ClusterState state,
        String currentVersion,
        String kafkaVersion,
        String brokerInstanceType,
        int brokerCount,
        LoggingInfo logging,
        MonitoringSettings monitoring,
        String activeOperationArn,
        Instant creationTime) {

    public Cluster {
        logging = logging == null ? LoggingInfo.NONE : logging;
        monitoring = monitoring == null ? MonitoringSettings.NONE : monitoring;
    }

    /** The broker log delivery, which every provisioned cluster has. */
    public LogDelivery brokerLogs() {
        return logging.brokerLogs();
    }

    public boolean supportsBrokerLogs() {
        return type == ClusterType.PROVISIONED;
    }

    /** Express brokers have instance types {@code express.m7g.large}, {@code express.m7g.xlarge}, ... */
    public boolean isExpress() {
        if (brokerInstanceType == null) {
            return false;
        }
        String type = brokerInstanceType.toLowerCase(Locale.ROOT);
        return type.startsWith("express.") || type.startsWith("kafka.express.");
    }

    /** The region, read from the ARN ({@code arn:aws:kafka:REGION:ACCOUNT:cluster/...}). */
    public String region() {
        return ClusterArn.region(arn);
    }

    public Cluster withState(ClusterState newState) {
        return new Cluster(arn, name, type, newState, currentVersion, kafkaVersion, brokerInstanceType, brokerCount,
                logging, monitoring, activeOperationArn, creationTime);
    }
}
