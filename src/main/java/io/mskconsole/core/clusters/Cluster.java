package io.mskconsole.core.clusters;

import io.mskconsole.core.delivery.LogDelivery;
import io.mskconsole.core.delivery.LoggingInfo;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * One MSK cluster as ListClustersV2 and DescribeClusterV2 report it. {@code logging} (broker and authorizer log
 * delivery) and {@code monitoring} are meaningful for provisioned clusters only; serverless clusters have neither.
 * {@code clientAuth} is how clients may authenticate to the brokers, as MSK reports it (empty when not read).
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
        Instant creationTime,
        Set<ClientAuth> clientAuth) {

    public Cluster {
        logging = logging == null ? LoggingInfo.NONE : logging;
        monitoring = monitoring == null ? MonitoringSettings.NONE : monitoring;
        clientAuth = clientAuth == null || clientAuth.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(clientAuth));
    }

    /** A cluster whose client authentication was not read (empty {@link #clientAuth()}). */
    public Cluster(String arn, String name, ClusterType type, ClusterState state, String currentVersion,
                   String kafkaVersion, String brokerInstanceType, int brokerCount, LoggingInfo logging,
                   MonitoringSettings monitoring, String activeOperationArn, Instant creationTime) {
        this(arn, name, type, state, currentVersion, kafkaVersion, brokerInstanceType, brokerCount, logging,
                monitoring, activeOperationArn, creationTime, Set.of());
    }

    /** Whether clients may authenticate with IAM access control (false when not known). */
    public boolean allowsIam() {
        return clientAuth.contains(ClientAuth.IAM);
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
                logging, monitoring, activeOperationArn, creationTime, clientAuth);
    }
}
