package io.mskconsole.core.destinations;

import io.mskconsole.core.delivery.LogDeliveryRules;
import io.mskconsole.core.delivery.LogDelivery;
import io.mskconsole.core.delivery.DestinationField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The IAM actions a draft needs of the person applying it: those of AmazonMSKFullAccess's log-delivery statement,
 * kafka:UpdateMonitoring (or kafka:CreateClusterV2 for a new cluster), and for S3 s3:PutBucketPolicy, each scoped
 * to its resource where IAM has one. Also, marked not required: the actions of the one-click fixes, tagging a stream
 * (only needed while it is untagged), and creating the log-delivery service-linked role (only needed while it does
 * not exist yet).
 */
final class PermissionNeeds {
    static final String SERVICE_NAME_KEY = "iam:AWSServiceName";
    static final List<String> LOG_DELIVERY = List.of("logs:CreateLogDelivery", "logs:GetLogDelivery",
            "logs:UpdateLogDelivery", "logs:DeleteLogDelivery", "logs:ListLogDeliveries");
    static final List<String> CLOUDWATCH = List.of("logs:PutResourcePolicy", "logs:DescribeResourcePolicies",
            "logs:DescribeLogGroups");
    static final List<String> S3 = List.of("s3:GetBucketPolicy", "s3:PutBucketPolicy");
    static final String TAG_STREAM = "firehose:TagDeliveryStream";
    static final String CREATE_LOG_GROUP = "logs:CreateLogGroup";
    static final String CREATE_BUCKET = "s3:CreateBucket";
    static final String PUT_KEY_POLICY = "kms:PutKeyPolicy";

    private PermissionNeeds() {
    }

    static List<PermissionNeed> of(CheckRequest request, LogDelivery logs, Caller caller) {
        String partition = caller.partition();
        String account = caller.account();
        String region = request.region();
        List<PermissionNeed> needs = new ArrayList<>();
        if (request.isNewCluster()) {
            needs.add(need(List.of("kafka:CreateClusterV2"), "*", null, true));
        } else {
            needs.add(need(List.of("kafka:UpdateMonitoring"), request.clusterArn(), null, true));
        }
        if (!logs.anyEnabled()) {
            return List.copyOf(needs);
        }
        needs.add(need(LOG_DELIVERY, "*", null, true));
        needs.add(new PermissionNeed(List.of("iam:CreateServiceLinkedRole"), Arns.logDeliveryRole(partition, account),
                Map.of(SERVICE_NAME_KEY, "delivery.logs.amazonaws.com"), null, false));
        if (logs.cloudWatchLogs().enabled() && present(logs.cloudWatchLogs().logGroup())) {
            needs.add(need(CLOUDWATCH, "*", DestinationField.LOG_GROUP, true));
            needs.add(need(List.of(CREATE_LOG_GROUP),
                    Arns.logGroup(partition, region, account, logs.cloudWatchLogs().logGroup().strip()),
                    DestinationField.LOG_GROUP, false));
        }
        if (logs.s3().enabled() && present(logs.s3().bucket()) && LogDeliveryRules
                .check(DestinationField.BUCKET, logs.s3().bucket().strip()).isEmpty()) {
            String bucket = Arns.bucket(partition, logs.s3().bucket().strip());
            needs.add(need(S3, bucket, DestinationField.BUCKET, true));
            needs.add(need(List.of(CREATE_BUCKET), bucket, DestinationField.BUCKET, false));
        }
        if (logs.firehose().enabled() && present(logs.firehose().deliveryStream())) {
            needs.add(need(List.of(TAG_STREAM),
                    Arns.deliveryStream(partition, region, account, logs.firehose().deliveryStream().strip()),
                    DestinationField.DELIVERY_STREAM, false));
        }
        return List.copyOf(needs);
    }

    private static PermissionNeed need(List<String> actions, String resource, DestinationField field, boolean required) {
        return new PermissionNeed(actions, resource, Map.of(), field, required);
    }

    static boolean present(String name) {
        return name != null && !name.isBlank();
    }
}
