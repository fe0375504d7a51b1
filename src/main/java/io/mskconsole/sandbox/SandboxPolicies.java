package io.mskconsole.sandbox;

import static io.mskconsole.sandbox.SandboxData.ACCOUNT_ID;

import io.mskconsole.core.destinations.KeyPolicyMerge;
import io.mskconsole.core.destinations.ResourcePolicyInfo;
import java.util.ArrayList;
import java.util.List;

/**
 * The policy documents of the Sandbox account: CloudWatch Logs resource policies as log delivery and other services
 * write them (compact JSON), and KMS key policies (pretty JSON, as the KMS console writes them).
 */
final class SandboxPolicies {
    /** How long the us-east-1 log-delivery policy gets at most: near the 5,120-character limit. */
    static final int NEAR_LIMIT_LENGTH = 4_900;
    static final String MSK_ADMIN_ROLE = "arn:aws:iam::" + ACCOUNT_ID + ":role/admins/MskAdmin";
    private static final List<String> TEAMS = List.of("orders", "payments", "inventory", "billing", "search-indexer",
            "fraud-scoring", "notifications", "ledger", "shipping", "catalog", "recommendations", "pricing");
    private static final List<String> STAGES = List.of("dev", "test", "qa", "uat", "perf");

    private SandboxPolicies() {
    }

    /**
     * AWSLogDeliveryWrite20150319 as log delivery leaves it: one statement for delivery.logs.amazonaws.com on the
     * {@code /aws/vendedlogs/*} wildcard and on each other log group it was ever asked to deliver to.
     */
    static String logDeliveryPolicy(String region, List<String> otherLogGroups) {
        return logDeliveryPolicy(ACCOUNT_ID, region, otherLogGroups);
    }

    /** The same in another account. */
    static String logDeliveryPolicy(String accountId, String region, List<String> otherLogGroups) {
        StringBuilder resources = new StringBuilder(logStreams(accountId, region, "/aws/vendedlogs/*"));
        for (String group : otherLogGroups) {
            resources.append(',').append(logStreams(accountId, region, group));
        }
        return logDeliveryDocument(accountId, region, resources.toString());
    }

    /**
     * The us-east-1 log-delivery policy: years of clusters that logged to groups outside /aws/vendedlogs/, each
     * added as its own resource (and never removed when the cluster went away), so the document is close to
     * {@value ResourcePolicyInfo#MAX_DOCUMENT_LENGTH} characters.
     */
    static String nearLimitLogDeliveryPolicy(String region) {
        List<String> groups = new ArrayList<>(List.of("/msk/Orders-Legacy", "/msk/payments-2021"));
        String document = logDeliveryPolicy(region, groups);
        for (String stage : STAGES) {
            for (String team : TEAMS) {
                groups.add("/msk/" + team + "-" + stage);
                String longer = logDeliveryPolicy(region, groups);
                if (longer.length() > NEAR_LIMIT_LENGTH) {
                    return document;
                }
                document = longer;
            }
        }
        return document;
    }

    /** A small resource policy another service asked for, e.g. Route 53 query logging or OpenSearch slow logs. */
    static String servicePolicy(String region, String sid, String service, String logGroupPattern) {
        return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"" + sid + "\",\"Effect\":\"Allow\","
                + "\"Principal\":{\"Service\":\"" + service + "\"},"
                + "\"Action\":[\"logs:CreateLogStream\",\"logs:PutLogEvents\"],"
                + "\"Resource\":\"arn:aws:logs:" + region + ":" + ACCOUNT_ID + ":log-group:" + logGroupPattern
                + ":*\"}]}";
    }

    /**
     * The policy of a customer managed key made in the KMS console: the account's root, the MskAdmin role as key
     * administrator, and one application role as key user. It does not let log delivery use the key.
     */
    static String customerKeyPolicy(String userRole) {
        return """
                {
                  "Version" : "2012-10-17",
                  "Id" : "key-consolepolicy-3",
                  "Statement" : [ {
                    "Sid" : "Enable IAM User Permissions",
                    "Effect" : "Allow",
                    "Principal" : {
                      "AWS" : "arn:aws:iam::%1$s:root"
                    },
                    "Action" : "kms:*",
                    "Resource" : "*"
                  }, {
                    "Sid" : "Allow access for Key Administrators",
                    "Effect" : "Allow",
                    "Principal" : {
                      "AWS" : "%2$s"
                    },
                    "Action" : [ "kms:Create*", "kms:Describe*", "kms:Enable*", "kms:List*", "kms:Put*",
                      "kms:Update*", "kms:Revoke*", "kms:Disable*", "kms:Get*", "kms:Delete*", "kms:TagResource",
                      "kms:UntagResource", "kms:ScheduleKeyDeletion", "kms:CancelKeyDeletion" ],
                    "Resource" : "*"
                  }, {
                    "Sid" : "Allow use of the key",
                    "Effect" : "Allow",
                    "Principal" : {
                      "AWS" : "arn:aws:iam::%1$s:role/%3$s"
                    },
                    "Action" : [ "kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*",
                      "kms:DescribeKey" ],
                    "Resource" : "*"
                  } ]
                }
                """.formatted(ACCOUNT_ID, MSK_ADMIN_ROLE, userRole);
    }

    /** A customer managed key's policy that already has the MSK developer guide's log-delivery statement. */
    static String customerKeyPolicyWithLogDelivery(String userRole) {
        return KeyPolicyMerge.merge(customerKeyPolicy(userRole));
    }

    /** The policy S3 gives its AWS managed key (aws/s3): use through S3 by the account's principals only. */
    static String awsManagedS3KeyPolicy(String region) {
        return awsManagedS3KeyPolicy(ACCOUNT_ID, region);
    }

    /** The same in another account. */
    static String awsManagedS3KeyPolicy(String accountId, String region) {
        return """
                {
                  "Version" : "2012-10-17",
                  "Id" : "auto-s3-2",
                  "Statement" : [ {
                    "Sid" : "Allow access through S3 for all principals in the account that are authorized to use S3",
                    "Effect" : "Allow",
                    "Principal" : {
                      "AWS" : "*"
                    },
                    "Action" : [ "kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*",
                      "kms:DescribeKey" ],
                    "Resource" : "*",
                    "Condition" : {
                      "StringEquals" : {
                        "kms:CallerAccount" : "%1$s",
                        "kms:ViaService" : "s3.%2$s.amazonaws.com"
                      }
                    }
                  }, {
                    "Sid" : "Allow direct access to key metadata to the account",
                    "Effect" : "Allow",
                    "Principal" : {
                      "AWS" : "arn:aws:iam::%1$s:root"
                    },
                    "Action" : [ "kms:Describe*", "kms:Get*", "kms:List*", "kms:RevokeGrant" ],
                    "Resource" : "*"
                  } ]
                }
                """.formatted(accountId, region);
    }

    private static String logStreams(String accountId, String region, String logGroup) {
        return "\"arn:aws:logs:" + region + ":" + accountId + ":log-group:" + logGroup + ":log-stream:*\"";
    }

    private static String logDeliveryDocument(String accountId, String region, String resources) {
        return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"" + ResourcePolicyInfo.LOG_DELIVERY_POLICY
                + "\",\"Effect\":\"Allow\",\"Principal\":{\"Service\":[\"delivery.logs.amazonaws.com\"]},"
                + "\"Action\":[\"logs:CreateLogStream\",\"logs:PutLogEvents\"],\"Resource\":[" + resources + "],"
                + "\"Condition\":{\"StringEquals\":{\"aws:SourceAccount\":[\"" + accountId + "\"]},"
                + "\"ArnLike\":{\"aws:SourceArn\":[\"arn:aws:logs:" + region + ":" + accountId + ":*\"]}}}]}";
    }
}
