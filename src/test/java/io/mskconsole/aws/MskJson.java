package io.mskconsole.aws;

/** Response bodies shaped like MSK's REST-JSON answers. */
public final class MskJson {
    public static final String ARN = "arn:aws:kafka:us-east-1:123456789012:cluster/orders/5a1b2c3d-4e5f-6789-abcd-ef0123456789-2";
    public static final String OPERATION_ARN =
            "arn:aws:kafka:us-east-1:123456789012:cluster-operation/orders/5a1b2c3d-4e5f-6789-abcd-ef0123456789-2/7c8d9e0f-1111-2222-3333-444455556666";

    /** What the SDK puts in a path for {@link #ARN}: every ':' and '/' percent-encoded. */
    public static final String ENCODED_ARN =
            "arn%3Aaws%3Akafka%3Aus-east-1%3A123456789012%3Acluster%2Forders%2F5a1b2c3d-4e5f-6789-abcd-ef0123456789-2";
    public static final String ENCODED_OPERATION_ARN = "arn%3Aaws%3Akafka%3Aus-east-1%3A123456789012%3Acluster-operation"
            + "%2Forders%2F5a1b2c3d-4e5f-6789-abcd-ef0123456789-2%2F7c8d9e0f-1111-2222-3333-444455556666";
    public static final String DESCRIBE_PATH = "/api/v2/clusters/" + ENCODED_ARN;
    public static final String UPDATE_PATH = "/v1/clusters/" + ENCODED_ARN + "/monitoring";
    public static final String OPERATION_PATH = "/api/v2/operations/" + ENCODED_OPERATION_ARN;

    private MskJson() {
    }

    /** A provisioned cluster with CloudWatch Logs on, PER_TOPIC_PER_BROKER monitoring and the JMX exporter. */
    public static String provisioned(String arn, String name, String version, String state, String instanceType) {
        return """
                {"clusterArn": "%s", "clusterName": "%s", "clusterType": "PROVISIONED", "state": "%s",
                 "currentVersion": "%s", "creationTime": "2024-03-01T10:15:30.000Z", "tags": {},
                 "provisioned": {
                   "brokerNodeGroupInfo": {"instanceType": "%s", "clientSubnets": ["subnet-1", "subnet-2", "subnet-3"],
                                           "brokerAZDistribution": "DEFAULT"},
                   "currentBrokerSoftwareInfo": {"kafkaVersion": "3.6.0", "configurationRevision": 1},
                   "numberOfBrokerNodes": 3,
                   "enhancedMonitoring": "PER_TOPIC_PER_BROKER",
                   "openMonitoring": {"prometheus": {"jmxExporter": {"enabledInBroker": true},
                                                     "nodeExporter": {"enabledInBroker": false}}},
                   "loggingInfo": {"brokerLogs": {
                     "cloudWatchLogs": {"enabled": true, "logGroup": "/msk/%s"},
                     "firehose": {"enabled": false},
                     "s3": {"enabled": false}}}
                 }}""".formatted(arn, name, state, version, instanceType, name);
    }

    public static String serverless(String arn, String name) {
        return """
                {"clusterArn": "%s", "clusterName": "%s", "clusterType": "SERVERLESS", "state": "ACTIVE",
                 "currentVersion": "KTVPDKIKX0DER", "creationTime": "2024-05-02T08:00:00.000Z",
                 "serverless": {"vpcConfigs": [{"subnetIds": ["subnet-1"], "securityGroupIds": ["sg-1"]}],
                                "clientAuthentication": {"sasl": {"iam": {"enabled": true}}}}}""".formatted(arn, name);
    }

    public static String describeCluster(String clusterJson) {
        return "{\"clusterInfo\": " + clusterJson + "}";
    }

    public static String operation(String state, String errorCode, String errorString) {
        String error = errorCode == null ? ""
                : ", \"errorInfo\": {\"errorCode\": \"%s\", \"errorString\": \"%s\"}".formatted(errorCode, errorString);
        String steps = state.equals("UPDATE_IN_PROGRESS")
                ? "[{\"stepName\": \"INITIALIZE_UPDATE\", \"stepInfo\": {\"stepStatus\": \"SUCCEEDED\"}},"
                  + " {\"stepName\": \"UPDATE_APPLICATION\", \"stepInfo\": {\"stepStatus\": \"IN_PROGRESS\"}}]"
                : "[{\"stepName\": \"INITIALIZE_UPDATE\", \"stepInfo\": {\"stepStatus\": \"SUCCEEDED\"}},"
                  + " {\"stepName\": \"UPDATE_APPLICATION\", \"stepInfo\": {\"stepStatus\": \"%s\"}}]"
                        .formatted(state.equals("UPDATE_FAILED") ? "FAILED" : "SUCCEEDED");
        return """
                {"clusterOperationInfo": {"clusterArn": "%s", "clusterType": "PROVISIONED",
                  "operationArn": "%s", "operationState": "%s", "operationType": "UPDATE_MONITORING",
                  "startTime": "2024-06-01T12:00:00.000Z"%s%s,
                  "provisioned": {"operationSteps": %s}}}"""
                .formatted(ARN, OPERATION_ARN, state,
                        state.endsWith("COMPLETE") || state.endsWith("FAILED") ? ", \"endTime\": \"2024-06-01T12:09:00.000Z\"" : "",
                        error, steps);
    }

    /** An error as MSK sends it: the kind in {@code x-amzn-ErrorType}, the text in the body. */
    public static String error(String message, String invalidParameter) {
        return invalidParameter == null ? "{\"message\": \"%s\"}".formatted(message)
                : "{\"message\": \"%s\", \"invalidParameter\": \"%s\"}".formatted(message, invalidParameter);
    }
}
