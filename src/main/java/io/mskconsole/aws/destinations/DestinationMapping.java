package io.mskconsole.aws.destinations;

import io.mskconsole.core.destinations.BucketEncryption;
import io.mskconsole.core.destinations.BucketInfo;
import io.mskconsole.core.destinations.DeliveryStreamInfo;
import io.mskconsole.core.destinations.LogGroupInfo;
import io.mskconsole.core.destinations.ResourcePolicyInfo;
import java.util.Map;
import software.amazon.awssdk.services.cloudwatchlogs.model.LogGroup;
import software.amazon.awssdk.services.cloudwatchlogs.model.ResourcePolicy;
import software.amazon.awssdk.services.firehose.model.DeliveryStreamDescription;
import software.amazon.awssdk.services.s3.model.GetBucketEncryptionResponse;
import software.amazon.awssdk.services.s3.model.ServerSideEncryptionByDefault;
import software.amazon.awssdk.services.s3.model.ServerSideEncryptionRule;

/** Between the SDK's CloudWatch Logs, S3 and Firehose models and the core's destination records. */
final class DestinationMapping {
    private DestinationMapping() {
    }

    /** The group's ARN without the ":*" DescribeLogGroups adds to {@code arn} when {@code logGroupArn} is absent. */
    static LogGroupInfo logGroup(LogGroup group) {
        String arn = group.logGroupArn() != null ? group.logGroupArn() : group.arn();
        long stored = group.storedBytes() == null ? 0L : group.storedBytes();
        return new LogGroupInfo(group.logGroupName(), arn, group.retentionInDays(), stored, group.kmsKeyId());
    }

    /**
     * A group found by a name pattern: CloudWatch Logs then returns only its name, ARN and creation time, so its
     * retention and size are not known (not "never expires", not "empty").
     */
    static LogGroupInfo nameOnly(LogGroup group) {
        return LogGroupInfo.nameOnly(group.logGroupName(),
                group.logGroupArn() != null ? group.logGroupArn() : group.arn());
    }

    static ResourcePolicyInfo resourcePolicy(ResourcePolicy policy) {
        String document = policy.policyDocument();
        return new ResourcePolicyInfo(policy.policyName(), document == null ? 0 : document.length());
    }

    /** The bucket with the default encryption of its first rule that has one; NONE when no rule sets one. */
    static BucketInfo bucket(String name, String region, GetBucketEncryptionResponse encryption) {
        if (encryption.serverSideEncryptionConfiguration() == null) {
            return new BucketInfo(name, region, BucketEncryption.NONE, null);
        }
        for (ServerSideEncryptionRule rule : encryption.serverSideEncryptionConfiguration().rules()) {
            ServerSideEncryptionByDefault byDefault = rule.applyServerSideEncryptionByDefault();
            if (byDefault != null && byDefault.sseAlgorithmAsString() != null) {
                BucketEncryption kind = encryption(byDefault.sseAlgorithmAsString());
                return new BucketInfo(name, region, kind, kind.usesKms() ? byDefault.kmsMasterKeyID() : null);
            }
        }
        return new BucketInfo(name, region, BucketEncryption.NONE, null);
    }

    /** SSEAlgorithm: AES256, aws:kms, aws:kms:dsse; anything newer is UNKNOWN. */
    static BucketEncryption encryption(String sseAlgorithm) {
        return switch (sseAlgorithm) {
            case "AES256" -> BucketEncryption.SSE_S3;
            case "aws:kms" -> BucketEncryption.SSE_KMS;
            case "aws:kms:dsse" -> BucketEncryption.DSSE_KMS;
            default -> BucketEncryption.UNKNOWN;
        };
    }

    /** @param tagsKnown false when the tags could not be read ({@code tags} is then empty) */
    static DeliveryStreamInfo deliveryStream(String name, DeliveryStreamDescription description,
                                             Map<String, String> tags, boolean tagsKnown) {
        return new DeliveryStreamInfo(name, description.deliveryStreamARN(), description.deliveryStreamTypeAsString(),
                description.deliveryStreamStatusAsString(), tags, tagsKnown);
    }
}
