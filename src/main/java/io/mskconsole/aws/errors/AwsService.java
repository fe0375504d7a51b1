package io.mskconsole.aws.errors;

import java.util.Map;

/**
 * The AWS service a call went to: its name in messages, the prefix of its IAM actions and of its endpoint host.
 */
public enum AwsService {
    MSK("MSK", "kafka", "kafka"),
    CLOUDWATCH_LOGS("CloudWatch Logs", "logs", "logs"),
    /** CloudWatch's metrics (GetMetricData): host monitoring.REGION.amazonaws.com, actions cloudwatch:*. */
    CLOUDWATCH("CloudWatch", "cloudwatch", "monitoring"),
    S3("Amazon S3", "s3", "s3"),
    FIREHOSE("Firehose", "firehose", "firehose"),
    KMS("KMS", "kms", "kms"),
    IAM("IAM", "iam", "iam"),
    STS("STS", "sts", "sts"),
    CLOUDTRAIL("CloudTrail", "cloudtrail", "cloudtrail"),
    ATHENA("Amazon Athena", "athena", "athena"),
    EC2("Amazon EC2", "ec2", "ec2"),
    /** IAM Identity Center's OIDC service (device authorization, tokens): host oidc.REGION.amazonaws.com. */
    SSO_OIDC("IAM Identity Center", "sso-oauth", "oidc"),
    /** The AWS access portal (accounts and roles of a sign-in): host portal.sso.REGION.amazonaws.com. */
    SSO_PORTAL("the AWS access portal", "sso", "portal.sso");

    /** S3 operations whose IAM action has another name. */
    private static final Map<String, String> S3_ACTIONS = Map.of(
            "HeadBucket", "ListBucket",
            "ListObjectsV2", "ListBucket",
            "ListBuckets", "ListAllMyBuckets",
            "GetBucketEncryption", "GetEncryptionConfiguration",
            "PutBucketEncryption", "PutEncryptionConfiguration");

    private final String displayName;
    private final String actionPrefix;
    private final String endpointPrefix;

    AwsService(String displayName, String actionPrefix, String endpointPrefix) {
        this.displayName = displayName;
        this.actionPrefix = actionPrefix;
        this.endpointPrefix = endpointPrefix;
    }

    /** "MSK", "CloudWatch Logs", "Amazon S3", ... */
    public String displayName() {
        return displayName;
    }

    /** The first label of the service's usual host name, e.g. "logs" of logs.us-east-1.amazonaws.com. */
    public String endpointPrefix() {
        return endpointPrefix;
    }

    /** The IAM action that allows the operation, e.g. "kafka:UpdateMonitoring" or "s3:ListAllMyBuckets". */
    public String iamAction(String operation) {
        String action = this == S3 ? S3_ACTIONS.getOrDefault(operation, operation) : operation;
        return actionPrefix + ":" + action;
    }
}
