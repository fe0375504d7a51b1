package io.mskconsole.core.destinations;

import io.mskconsole.core.delivery.DestinationField;
import java.util.ArrayList;
import java.util.List;

/** Check 4's findings: a bucket's SSE-KMS key that log delivery cannot use, or whose policy could not be read. */
final class KeyFindings {
    static final String POLICY_ID = "kms-key-policy";
    static final String AWS_MANAGED_ID = "kms-aws-managed-key";

    private KeyFindings() {
    }

    static Finding statementMissing(BucketInfo bucket, KeyInfo key, boolean mayPutPolicy) {
        List<FindingAction> actions = new ArrayList<>();
        actions.add(new FindingAction(FindingAction.Kind.COPY_TEXT, "Copy statement", KeyPolicyMerge.statementText()));
        if (mayPutPolicy) {
            actions.add(new FindingAction(FindingAction.Kind.ADD_KEY_STATEMENT, "Add it for me…", key.arn()));
        }
        return new Finding(POLICY_ID, Severity.WARNING, DestinationField.BUCKET,
                "Bucket " + bucket.name() + ": its KMS key policy does not let log delivery use the key",
                "The bucket encrypts new objects with SSE-KMS under customer managed key " + key.arn() + ". Its key "
                        + "policy must allow the service principal " + KeyPolicyMerge.SERVICE + " to use the key, or "
                        + "logs are never written to the bucket.",
                "Add this statement to the key policy (as in the Amazon MSK developer guide):\n"
                        + KeyPolicyMerge.statementText()
                        + (mayPutPolicy ? "" : "\nYou may not change the key policy (kms:PutKeyPolicy is denied): ask "
                        + "the key's administrator."), actions);
    }

    static Finding encryptionUnknown(BucketInfo bucket) {
        return new Finding(POLICY_ID, Severity.COULD_NOT_CHECK, DestinationField.BUCKET,
                "Could not read the default encryption of bucket " + bucket.name(),
                "GetBucketEncryption was refused (it needs s3:GetEncryptionConfiguration), so it is not known whether "
                        + "the bucket encrypts with a KMS key whose policy must let log delivery use it.",
                "If the bucket uses SSE-KMS with a customer managed key, make sure the key policy has this "
                        + "statement:\n" + KeyPolicyMerge.statementText(),
                List.of(new FindingAction(FindingAction.Kind.COPY_TEXT, "Copy statement",
                        KeyPolicyMerge.statementText())));
    }

    static Finding awsManaged(BucketInfo bucket, String key) {
        return new Finding(AWS_MANAGED_ID, Severity.WARNING, DestinationField.BUCKET,
                "Bucket " + bucket.name() + " encrypts with the AWS managed key aws/s3",
                "Log delivery writes as the service principal " + KeyPolicyMerge.SERVICE + ". The policy of an AWS "
                        + "managed key (" + key + ") allows only principals of your account, and nobody can "
                        + "change it, so logs cannot be written to this bucket.",
                "Set the bucket's default encryption to SSE-S3, or to SSE-KMS with a customer managed key whose "
                        + "policy allows " + KeyPolicyMerge.SERVICE + ".");
    }

    static Finding couldNotCheck(BucketInfo bucket, String keyId, String operation, Throwable failure) {
        return new Finding(POLICY_ID, Severity.COULD_NOT_CHECK, DestinationField.BUCKET,
                "Could not check the KMS key of bucket " + bucket.name(),
                "The bucket encrypts with SSE-KMS under " + keyId + "; " + operation + " failed: "
                        + CheckRun.reason(failure),
                "Make sure the key policy allows " + KeyPolicyMerge.SERVICE + " with this statement:\n"
                        + KeyPolicyMerge.statementText(),
                List.of(new FindingAction(FindingAction.Kind.COPY_TEXT, "Copy statement",
                        KeyPolicyMerge.statementText())));
    }
}
