package io.mskconsole.aws.kafka.authorizerlogs;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The {@code authorizerLogs} member to add to a request body, inside the {@code loggingInfo} object at
 * {@code loggingInfo} (a JSON pointer: {@code /loggingInfo} for UpdateMonitoring, {@code /provisioned/loggingInfo}
 * for CreateClusterV2).
 */
record Insertion(JsonPointer loggingInfo, ObjectNode authorizerLogs) {
}
