package io.mskconsole.aws.errors;

/**
 * Where a call went, to word its failure: the service, the API operation, the region, the profile, the endpoint's
 * host and the resource it was about (a cluster or operation ARN, a bucket, a key), each optional but the operation.
 * The service defaults to MSK.
 */
public record AwsCall(AwsService service, String operation, String region, String profile, String host,
                      String resourceKind, String resourceArn) {

    public AwsCall {
        service = service == null ? AwsService.MSK : service;
    }

    /** A call to MSK. */
    public AwsCall(String operation, String region, String profile, String host, String resourceKind,
                   String resourceArn) {
        this(AwsService.MSK, operation, region, profile, host, resourceKind, resourceArn);
    }

    /** A call to MSK. */
    public static AwsCall of(String operation, String region, String profile, String host) {
        return new AwsCall(AwsService.MSK, operation, region, profile, host, null, null);
    }

    public static AwsCall of(AwsService service, String operation, String region, String profile, String host) {
        return new AwsCall(service, operation, region, profile, host, null, null);
    }

    public AwsCall forCluster(String clusterArn) {
        return forResource("cluster", clusterArn);
    }

    public AwsCall forOperation(String operationArn) {
        return forResource("operation", operationArn);
    }

    /** About one resource, e.g. {@code forResource("bucket", "my-logs")}: "HeadBucket of bucket my-logs in ...". */
    public AwsCall forResource(String kind, String name) {
        return new AwsCall(service, operation, region, profile, host, kind, name);
    }

    public AwsCall withHost(String endpointHost) {
        return new AwsCall(service, operation, region, profile, endpointHost, resourceKind, resourceArn);
    }

    public AwsCall withProfile(String otherProfile) {
        return new AwsCall(service, operation, region, otherProfile, host, resourceKind, resourceArn);
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
    public String profileWords() {
        return profile == null ? "the configured credentials" : "profile " + profile;
    }

    /** The IAM action of the operation, e.g. "kafka:UpdateMonitoring" or "logs:DescribeLogGroups". */
    public String iamAction() {
        return service.iamAction(operation);
    }

    /** The service's name in messages, e.g. "MSK" or "CloudWatch Logs". */
    String serviceName() {
        return service.displayName();
    }
}
