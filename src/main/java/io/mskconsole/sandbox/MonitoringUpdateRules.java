package io.mskconsole.sandbox;

import io.mskconsole.core.clusters.ClusterState;
import io.mskconsole.core.clusters.ClusterType;
import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import io.mskconsole.core.delivery.LogDelivery;
import io.mskconsole.core.delivery.LogKind;
import io.mskconsole.core.delivery.LoggingInfo;
import io.mskconsole.core.delivery.UpdateMonitoringRequest;
import java.util.Optional;

/**
 * What MSK checks of an UpdateMonitoring request: at once, the request itself (refused with a 400); at the end of the
 * operation, whether the destinations exist (the operation fails with {@code errorInfo}).
 */
final class MonitoringUpdateRules {
    static final String OPERATION = "UpdateMonitoring";
    static final String STALE_VERSION = "The version of the cluster isn't current. Check the current version and try again.";
    static final String NO_LOG_GROUP =
            "To use CloudWatch Logs as a destination for broker logs, you must specify a CloudWatch log group.";
    static final String NO_BUCKET = "To use Amazon S3 as a destination for broker logs, you must specify an S3 bucket.";
    static final String NO_STREAM = "To use Kinesis Data Firehose as a destination for broker logs, you must specify "
            + "a Kinesis Data Firehose delivery stream.";
    /** The word MSK's messages use for each kind ("broker logs" in the messages above). */
    private static final String BROKER_WORDS = "broker logs";

    private MonitoringUpdateRules() {
    }

    /** Refuses the request the way the service does, or returns normally when an operation may start. */
    static void checkRequest(ClusterEntry cluster, UpdateMonitoringRequest request) {
        if (cluster.type != ClusterType.PROVISIONED) {
            String service = "This operation is not supported for serverless clusters.";
            throw new GatewayException(Failure.BAD_REQUEST, OPERATION, "Cluster " + cluster.name
                    + " is serverless: serverless clusters have no broker logs or monitoring settings to update. ("
                    + service + ")", service, null);
        }
        missingName(request.logging()).ifPresent(service -> {
            throw new GatewayException(Failure.BAD_REQUEST, OPERATION, service, service, null);
        });
        if (cluster.state != ClusterState.ACTIVE) {
            String service = "The cluster " + cluster.name + " is in the " + cluster.state
                    + " state. You can update it only when it's in the ACTIVE state.";
            throw new GatewayException(Failure.BAD_REQUEST, OPERATION,
                    service + " Wait for the current operation to finish, then try again.", service, null);
        }
        if (request.currentVersion() == null || !request.currentVersion().equals(cluster.currentVersion)) {
            throw new GatewayException(Failure.STALE_VERSION, OPERATION, "Cluster " + cluster.name
                    + " changed since it was read: read it again for its current version, then apply again.",
                    STALE_VERSION, null);
        }
    }

    /** MSK's message for an enabled destination of either kind sent without its resource's name. */
    static Optional<String> missingName(LoggingInfo logging) {
        for (LogKind kind : LogKind.values()) {
            Optional<String> missing = missingName(logging.delivery(kind))
                    .map(message -> message.replace(BROKER_WORDS, kind.noun()));
            if (missing.isPresent()) {
                return missing;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> missingName(LogDelivery logs) {
        if (logs.cloudWatchLogs().enabled() && logs.cloudWatchLogs().logGroup() == null) {
            return Optional.of(NO_LOG_GROUP);
        }
        if (logs.s3().enabled() && logs.s3().bucket() == null) {
            return Optional.of(NO_BUCKET);
        }
        if (logs.firehose().enabled() && logs.firehose().deliveryStream() == null) {
            return Optional.of(NO_STREAM);
        }
        return Optional.empty();
    }

    /** Why delivery of either kind cannot be set up in the region, or null when every destination exists. */
    static OperationError destinationProblem(SandboxInventory inventory, String region, LoggingInfo logging) {
        for (LogKind kind : LogKind.values()) {
            OperationError error = destinationProblem(inventory, region, logging.delivery(kind));
            if (error != null) {
                return kind == LogKind.BROKER ? error
                        : new OperationError(error.code(), error.message().replace("Broker logs", "Authorizer logs"));
            }
        }
        return null;
    }

    private static OperationError destinationProblem(SandboxInventory inventory, String region, LogDelivery logs) {
        if (logs.cloudWatchLogs().enabled() && !inventory.hasLogGroup(region, logs.cloudWatchLogs().logGroup())) {
            return new OperationError("InvalidLogGroup", "The specified log group "
                    + logs.cloudWatchLogs().logGroup() + " does not exist in " + region + ".");
        }
        if (logs.s3().enabled()) {
            String bucket = logs.s3().bucket();
            Optional<String> bucketRegion = inventory.bucketRegion(bucket);
            if (bucketRegion.isEmpty()) {
                return new OperationError("InvalidS3Bucket", "The specified bucket " + bucket + " does not exist.");
            }
            if (!bucketRegion.get().equals(region)) {
                return new OperationError("InvalidS3Bucket", "The bucket " + bucket + " is in " + bucketRegion.get()
                        + ", but the cluster is in " + region + ". Broker logs can only be delivered to a bucket in "
                        + "the cluster's Region.");
            }
        }
        if (logs.firehose().enabled() && !inventory.hasDeliveryStream(region, logs.firehose().deliveryStream())) {
            return new OperationError("InvalidDeliveryStream", "The specified delivery stream "
                    + logs.firehose().deliveryStream() + " does not exist in " + region + ".");
        }
        return null;
    }
}
