package io.mskconsole.sandbox;

import io.mskconsole.core.clusters.ClusterState;
import io.mskconsole.core.delivery.DestinationType;
import io.mskconsole.core.delivery.LogDelivery;
import io.mskconsole.core.delivery.LogKind;
import io.mskconsole.core.delivery.LoggingInfo;
import io.mskconsole.core.destinations.DeliveryStreamInfo;
import io.mskconsole.core.destinations.KeyPolicyMerge;
import io.mskconsole.core.errors.GatewayException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which destinations of the world's clusters receive logs, and since when: what {@link SandboxArrivalGateway} makes
 * its log streams, objects and Firehose metrics from, and what {@link SandboxClusterGateway#deliveryChangedAt} says.
 *
 * <p>An enabled destination (broker or authorizer logs, each of CloudWatch Logs, S3 and Firehose) receives the
 * cluster's logs from {@link #ARRIVAL_DELAY} after the change that turned it on: the end of the UpdateMonitoring
 * operation (or of the creation) that first named it, kept across later operations that keep it. The sample's
 * clusters have delivered to their destinations since {@link #DELIVERING_BEFORE_START} before the world started,
 * except a cluster whose UpdateMonitoring the sample ended just before it (osaka-ingest in the Sandbox account: see
 * {@link SandboxData#OSAKA_OPERATION_ARN}), whose destinations start receiving {@link #ARRIVAL_DELAY} after that end.
 *
 * <p>A destination receives nothing, ever, while it does not exist in the cluster's region or holds a trap that fails
 * delivery silently: a log group or delivery stream missing in the region, a bucket missing or in another region, a
 * Firehose stream that is not Direct PUT, not ACTIVE or not tagged {@code LogDeliveryEnabled=true} (analytics-eu's
 * authorizer logs to {@code audit-eu-logs}), a bucket under SSE-KMS whose key's policy does not let
 * {@code delivery.logs.amazonaws.com} use it (the AWS managed aws/s3 key never does). These are judged when read, so
 * a fixed key policy lets the logs in at once. Neither does a cluster that is CREATING, FAILED or DELETING.
 */
final class SandboxArrival {
    /** How long after delivery is turned on the first logs arrive. */
    static final Duration ARRIVAL_DELAY = Duration.ofMinutes(5);
    /** How long before the world started the sample's clusters turned their delivery on. */
    static final Duration DELIVERING_BEFORE_START = Duration.ofDays(30);

    private SandboxArrival() {
    }

    /**
     * One enabled destination of one kind of log.
     *
     * @param name   the log group, bucket or delivery stream
     * @param prefix the S3 key prefix, or null (always null for the other types)
     */
    record Target(LogKind kind, DestinationType type, String name, String prefix) {
        Target {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(name, "name");
        }
    }

    /**
     * A destination that receives one cluster's logs.
     *
     * @param arnSuffix the last segment of the cluster's ARN
     * @param from      when the first logs arrived (or will)
     */
    record Delivery(String clusterName, String arnSuffix, String region, int brokers, Target target, Instant from) {
    }

    /**
     * What the world is at one moment, for the arrival calls: the destinations that receive logs, whether or not
     * anything arrived yet, and the destinations that exist.
     */
    record Snapshot(Instant now, String accountId, SandboxInventory inventory, List<Delivery> deliveries) {
        Snapshot {
            deliveries = List.copyOf(deliveries);
        }

        /** The deliveries of the region to a destination of the type and name that have received logs by now. */
        List<Delivery> receiving(String region, DestinationType type, String name) {
            return deliveries.stream().filter(d -> d.target().type() == type && d.target().name().equals(name)
                    && (region == null || d.region().equals(region)) && !d.from().isAfter(now)).toList();
        }
    }

    /** The enabled destinations of a cluster's log delivery (none for null), broker logs first. */
    static List<Target> targets(LoggingInfo logging) {
        List<Target> targets = new ArrayList<>();
        if (logging == null) {
            return targets;
        }
        for (LogKind kind : LogKind.values()) {
            LogDelivery delivery = logging.delivery(kind);
            for (DestinationType type : delivery.enabledTypes()) {
                String name = delivery.resourceName(type);
                if (name != null) {
                    String prefix = type == DestinationType.S3 ? delivery.s3().prefix() : null;
                    targets.add(new Target(kind, type, name, prefix));
                }
            }
        }
        return targets;
    }

    /**
     * The destinations of the clusters that receive logs (or will, {@link #ARRIVAL_DELAY} after they were turned on),
     * judged against the destinations and keys as they are now.
     */
    static List<Delivery> deliveries(Collection<ClusterEntry> clusters, SandboxInventory inventory, SandboxKeys keys) {
        List<Delivery> deliveries = new ArrayList<>();
        for (ClusterEntry cluster : clusters) {
            if (cluster.state == ClusterState.CREATING || cluster.state == ClusterState.FAILED
                    || cluster.state == ClusterState.DELETING) {
                continue;
            }
            cluster.deliveringSince.forEach((target, since) -> {
                if (reaches(target, cluster.region(), inventory, keys)) {
                    deliveries.add(new Delivery(cluster.name, cluster.arnSuffix(), cluster.region(),
                            cluster.brokerCount, target, since.plus(ARRIVAL_DELAY)));
                }
            });
        }
        return deliveries;
    }

    /** Whether logs sent to the destination from a cluster of the region land there; see the class comment. */
    static boolean reaches(Target target, String region, SandboxInventory inventory, SandboxKeys keys) {
        return switch (target.type()) {
            case CLOUDWATCH_LOGS -> inventory.hasLogGroup(region, target.name());
            case S3 -> inventory.bucket(target.name()).filter(b -> b.region().equals(region))
                    .filter(b -> keyLetsLogsIn(b, keys)).isPresent();
            case FIREHOSE -> inventory.deliveryStream(region, target.name())
                    .filter(s -> DeliveryStreamInfo.DIRECT_PUT.equals(s.type())
                            && SandboxDeliveryStream.ACTIVE.equals(s.status())
                            && "true".equalsIgnoreCase(s.tags().getOrDefault(DeliveryStreamInfo.TAG_KEY, "")))
                    .isPresent();
        };
    }

    /** SSE-S3 or none: yes; SSE-KMS: when its key (aws/s3 when the bucket names none) lets log delivery use it. */
    private static boolean keyLetsLogsIn(SandboxBucket bucket, SandboxKeys keys) {
        if (!bucket.encryption().usesKms()) {
            return true;
        }
        String keyId = bucket.kmsKeyId() != null ? bucket.kmsKeyId() : SandboxDestinationData.AWS_S3_ALIAS;
        try {
            return KeyPolicyMerge.allowsLogDelivery(keys.describe(bucket.region(), keyId).policy());
        } catch (GatewayException | IllegalArgumentException unusable) {
            return false;
        }
    }

    /**
     * When the cluster's delivery was last changed: its newest UpdateMonitoring operation by its end (its start while
     * it runs), else its creation in the world, else {@link #DELIVERING_BEFORE_START} before the world started.
     */
    static Instant changedAt(ClusterEntry cluster, Collection<SandboxOperation> operations, Instant now,
                             Instant worldStart) {
        Optional<SandboxOperation> newest = operations.stream()
                .filter(o -> o.clusterArn.equals(cluster.arn) && SandboxWorld.MONITORING_OPERATION_TYPE.equals(o.type))
                .max(Comparator.comparing((SandboxOperation o) -> o.start));
        if (newest.isPresent()) {
            return newest.get().isOver(now) ? newest.get().end : newest.get().start;
        }
        if (cluster.creationEnd != null) {
            return now.isBefore(cluster.creationEnd) ? cluster.creationTime : cluster.creationEnd;
        }
        return worldStart.minus(DELIVERING_BEFORE_START);
    }
}
