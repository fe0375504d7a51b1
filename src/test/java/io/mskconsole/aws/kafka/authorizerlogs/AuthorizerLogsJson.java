package io.mskconsole.aws.kafka.authorizerlogs;

import io.mskconsole.aws.MskJson;

/** MSK answers with {@code loggingInfo.authorizerLogs}, exactly as the API reference names it. */
final class AuthorizerLogsJson {
    /** Authorizer logs to a log group and a bucket (Firehose off), as MSK reports them. */
    static final String TO_LOG_GROUP_AND_BUCKET = """
            {"cloudWatchLogs": {"enabled": true, "logGroup": "/aws/vendedlogs/msk/orders-authz"},
             "firehose": {"enabled": false},
             "s3": {"enabled": true, "bucket": "msk-audit", "prefix": "authz"}}""";
    static final String OPERATION_ARN = MskJson.OPERATION_ARN;

    private AuthorizerLogsJson() {
    }

    /** {@link MskJson#provisioned} (CloudWatch Logs broker logs) with these authorizer logs beside its broker logs. */
    static String provisioned(String arn, String name, String authorizerLogs) {
        String cluster = MskJson.provisioned(arn, name, "K3AEGXETSR30VB", "ACTIVE", "kafka.m7g.large");
        String brokerLogsEnd = "\"s3\": {\"enabled\": false}}}";
        if (!cluster.contains(brokerLogsEnd)) {
            throw new IllegalStateException("MskJson.provisioned changed shape");
        }
        return cluster.replace(brokerLogsEnd, "\"s3\": {\"enabled\": false}}, \"authorizerLogs\": " + authorizerLogs + "}");
    }

    /** DescribeClusterOperationV2 of an UpdateMonitoring that turns authorizer delivery from one setting to another. */
    static String operation(String sourceAuthorizerLogs, String targetAuthorizerLogs) {
        return """
                {"clusterOperationInfo": {"clusterArn": "%s", "clusterType": "PROVISIONED",
                  "operationArn": "%s", "operationState": "UPDATE_COMPLETE", "operationType": "UPDATE_MONITORING",
                  "startTime": "2026-09-01T12:00:00.000Z", "endTime": "2026-09-01T12:06:00.000Z",
                  "provisioned": {
                    "operationSteps": [{"stepName": "INITIALIZE_UPDATE", "stepInfo": {"stepStatus": "SUCCEEDED"}}],
                    "sourceClusterInfo": {"loggingInfo": {
                      "brokerLogs": {"cloudWatchLogs": {"enabled": true, "logGroup": "/msk/orders"},
                                     "firehose": {"enabled": false}, "s3": {"enabled": false}},
                      "authorizerLogs": %s}},
                    "targetClusterInfo": {"loggingInfo": {
                      "brokerLogs": {"cloudWatchLogs": {"enabled": true, "logGroup": "/msk/orders"},
                                     "firehose": {"enabled": false}, "s3": {"enabled": false}},
                      "authorizerLogs": %s}}}}}"""
                .formatted(MskJson.ARN, OPERATION_ARN, sourceAuthorizerLogs, targetAuthorizerLogs);
    }
}
