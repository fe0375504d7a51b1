package io.mskconsole.sandbox;

import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.clusters.ClusterArn;
import io.mskconsole.core.clusters.ClusterState;
import io.mskconsole.core.clusters.ClusterType;
import io.mskconsole.core.clusters.MonitoringSettings;
import io.mskconsole.core.create.ClusterDetails;
import io.mskconsole.core.create.ClusterDraft;
import io.mskconsole.core.delivery.LoggingInfo;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import io.mskconsole.core.clusters.ClientAuth;

/**
 * One cluster's mutable state inside the world. Only touched while holding the world's lock; callers get immutable
 * {@link Cluster} snapshots.
 */
final class ClusterEntry {
    final String arn;
    final String name;
    final ClusterType type;
    final String kafkaVersion;
    final String brokerInstanceType;
    final int brokerCount;
    final Instant creationTime;
    /** How clients authenticate: as the cluster was made (serverless clusters: IAM only). */
    final Set<ClientAuth> clientAuth;
    ClusterState state;
    String currentVersion;
    LoggingInfo logging;
    MonitoringSettings monitoring;
    String activeOperationArn;
    /** The settings a new cluster could copy (null for serverless); name, monitoring and log delivery are kept above. */
    final ClusterDraft settings;
    /** While CREATING: when creation ends, and why it fails then (null: it becomes ACTIVE). */
    Instant createdAt;
    OperationError creationError;
    /** Why the cluster FAILED, as DescribeClusterV2's stateInfo; null otherwise. */
    OperationError stateInfo;
    /** For a cluster created in the world: when its creation ends (null for the sample's clusters). */
    Instant creationEnd;
    /** The destinations the cluster delivers to, each since the end of the change that turned it on. */
    final Map<SandboxArrival.Target, Instant> deliveringSince = new LinkedHashMap<>();

    ClusterEntry(Cluster initial) {
        this(initial, null);
    }

    ClusterEntry(Cluster initial, ClusterDraft settings) {
        this.settings = settings;
        this.arn = initial.arn();
        this.name = initial.name();
        this.type = initial.type();
        this.kafkaVersion = initial.kafkaVersion();
        this.brokerInstanceType = initial.brokerInstanceType();
        this.brokerCount = initial.brokerCount();
        this.creationTime = initial.creationTime();
        this.state = initial.state();
        this.currentVersion = initial.currentVersion();
        this.logging = initial.logging();
        this.monitoring = initial.monitoring();
        this.activeOperationArn = initial.activeOperationArn();
        if (!initial.clientAuth().isEmpty()) {
            this.clientAuth = initial.clientAuth();
        } else if (settings != null && settings.access() != null) {
            this.clientAuth = settings.access().auths();
        } else {
            this.clientAuth = type == ClusterType.SERVERLESS ? Set.of(ClientAuth.IAM) : Set.of();
        }
    }

    /**
     * The cluster delivers as {@code delivery} from {@code at}: a destination it delivered to already keeps its time,
     * a new one starts then, one left out stops.
     */
    void deliveryChanged(LoggingInfo delivery, Instant at) {
        Map<SandboxArrival.Target, Instant> before = new LinkedHashMap<>(deliveringSince);
        deliveringSince.clear();
        for (SandboxArrival.Target target : SandboxArrival.targets(delivery)) {
            deliveringSince.put(target, before.getOrDefault(target, at));
        }
    }

    String region() {
        return ClusterArn.region(arn);
    }

    /** The uuid-like last segment of the ARN, e.g. {@code 3f6b2c1e-...-2}, used in operation ARNs. */
    String arnSuffix() {
        return arn.substring(arn.lastIndexOf('/') + 1);
    }

    /** The cluster with its settings as they are now, as DescribeClusterV2 reports them. */
    ClusterDetails details() {
        ClusterDraft current = settings == null ? null
                : settings.withName(name).withKafkaVersion(kafkaVersion).withMonitoring(monitoring)
                        .withLogging(logging);
        return new ClusterDetails(snapshot(), current, List.of(), stateInfo == null ? null : stateInfo.code(),
                stateInfo == null ? null : stateInfo.message());
    }

    Cluster snapshot() {
        return new Cluster(arn, name, type, state, currentVersion, kafkaVersion, brokerInstanceType, brokerCount,
                logging, monitoring, activeOperationArn, creationTime, clientAuth);
    }
}
