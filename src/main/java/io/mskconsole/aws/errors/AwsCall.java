package io.mskconsole.aws.errors;

/**
 * Where a call went, to word its failure: the API operation, the region, the profile, the endpoint's host and the
 * resource it was about (a cluster or operation ARN), each optional but the operation.
 */
public record AwsCall(String operation, String region, String profile, String host, String resourceKind,
                      String resourceArn) {

    public static AwsCall of(String operation, String region, String profile, String host) {
        return new AwsCall(operation, region, profile, host, null, null);
    }

    public AwsCall forCluster(String clusterArn) {
        return new AwsCall(operation, region, profile, host, "cluster", clusterArn);
    }

    public AwsCall forOperation(String operationArn) {
        return new AwsCall(operation, region, profile, host, "operation", operationArn);
    }

    /** "UpdateMonitoring of cluster arn:... in us-east-1 (profile prod)". */
    public String describe() {
        StringBuilder text = new StringBuilder(operation);
        if (resourceArn != null) {
            text.append(" of ").append(resourceKind).append(' ').append(resourceArn);
        }
        if (region != null) {
            text.append(" in ").append(region);
        }
        if (profile != null) {
            text.append(" (profile ").append(profile).append(')');
        }
        return text.toString();
    }

    /** "profile prod", or words for credentials given without a profile. */
    String profileWords() {
        return profile == null ? "the configured credentials" : "profile " + profile;
    }

    /** The IAM action of the operation, e.g. "kafka:UpdateMonitoring". */
    String iamAction() {
        return "kafka:" + operation;
    }
}
