package io.mskconsole.aws.kafka.authorizerlogs;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import io.mskconsole.aws.kafka.raw.RawBodies;
import io.mskconsole.core.delivery.CloudWatchLogsDestination;
import io.mskconsole.core.delivery.FirehoseDestination;
import io.mskconsole.core.delivery.JsonCasing;
import io.mskconsole.core.delivery.LogDelivery;
import io.mskconsole.core.delivery.LoggingInfoFormat;
import io.mskconsole.core.delivery.S3Destination;
import java.util.function.Consumer;
import software.amazon.awssdk.awscore.AwsRequestOverrideConfiguration;
import software.amazon.awssdk.services.kafka.KafkaClient;

/**
 * What the MSK gateways call to read and send {@code loggingInfo.authorizerLogs}, named as the MSK API reference names
 * it: {@code authorizerLogs{cloudWatchLogs{enabled, logGroup}, firehose{enabled, deliveryStream}, s3{enabled, bucket,
 * prefix}}}, inside {@code loggingInfo} beside {@code brokerLogs}.
 */
public final class AuthorizerLogsWire {
    /** Where UpdateMonitoring carries loggingInfo. */
    public static final JsonPointer UPDATE_MONITORING = JsonPointer.compile("/loggingInfo");
    /** Where CreateClusterV2 carries loggingInfo. */
    public static final JsonPointer CREATE_CLUSTER_V2 = JsonPointer.compile("/provisioned/loggingInfo");
    private static final JsonPointer IN_CLUSTER = JsonPointer.compile("/provisioned/loggingInfo/authorizerLogs");
    private static final JsonPointer OPERATION = JsonPointer.compile("/clusterOperationInfo/provisioned");
    private static final JsonPointer IN_CLUSTER_INFO = JsonPointer.compile("/loggingInfo/authorizerLogs");

    private AuthorizerLogsWire() {
    }

    /**
     * Refuses a client without {@link AuthorizerLogsInterceptor}: through it authorizer logs could not be sent, and an
     * update would switch them off.
     */
    public static void requireOn(KafkaClient kafka) {
        if (!kafka.serviceClientConfiguration().overrideConfiguration().executionInterceptors()
                .contains(AuthorizerLogsInterceptor.INSTANCE)) {
            throw new IllegalStateException("This MSK client cannot send authorizer logs (it was built without "
                    + "AuthorizerLogsInterceptor); nothing was sent.");
        }
    }

    /**
     * Request options that send {@code authorizer} inside the loggingInfo at {@code loggingInfo}; none when it is null
     * (authorizer logs not given: the member is left out, as the AWS CLI does).
     */
    public static Consumer<AwsRequestOverrideConfiguration.Builder> send(JsonPointer loggingInfo, LogDelivery authorizer) {
        if (authorizer == null) {
            return options -> { };
        }
        Insertion insertion = new Insertion(loggingInfo, LoggingInfoFormat.deliveryNode(authorizer, JsonCasing.API));
        return options -> options.putExecutionAttribute(AuthorizerLogsInterceptor.INSERT, insertion);
    }

    /** The authorizer logs of a cluster as DescribeClusterV2 or ListClustersV2 sent it, or null when it has none. */
    public static LogDelivery ofCluster(JsonNode clusterInfo) {
        return delivery(clusterInfo.at(IN_CLUSTER));
    }

    /** The authorizer logs of DescribeClusterOperationV2's source or target cluster info, or null. */
    public static LogDelivery ofOperation(RawBodies bodies, boolean target) {
        JsonNode info = bodies.last().at(OPERATION).path(target ? "targetClusterInfo" : "sourceClusterInfo");
        return delivery(info.at(IN_CLUSTER_INFO));
    }

    /** One {@code authorizerLogs} object read as the API writes it; null when absent. A destination left out is off. */
    static LogDelivery delivery(JsonNode node) {
        if (node == null || !node.isObject()) {
            return null;
        }
        JsonNode cw = node.path("cloudWatchLogs");
        JsonNode s3 = node.path("s3");
        JsonNode firehose = node.path("firehose");
        return new LogDelivery(
                new CloudWatchLogsDestination(enabled(cw), text(cw, "logGroup")),
                new S3Destination(enabled(s3), text(s3, "bucket"), text(s3, "prefix")),
                new FirehoseDestination(enabled(firehose), text(firehose, "deliveryStream")));
    }

    private static boolean enabled(JsonNode destination) {
        return destination.path("enabled").asBoolean(false);
    }

    private static String text(JsonNode destination, String field) {
        JsonNode value = destination.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
