package io.mskconsole.core.destinations;

import io.mskconsole.core.delivery.LogDeliveryRules;
import io.mskconsole.core.delivery.DestinationField;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** Checks 1, 4 and 5 for Amazon S3: the bucket exists, lives in the cluster's region, and its KMS key lets log
 * delivery write. */
final class BucketCheck {
    static final String REGION_ID = "bucket-region";
    /** The key SSE-KMS uses when the bucket names none. */
    static final String AWS_MANAGED_S3_KEY = "alias/aws/s3";

    private BucketCheck() {
    }

    static CompletableFuture<List<Finding>> run(CheckRun run) {
        String name = run.logs().s3().bucket().strip();
        if (LogDeliveryRules.check(DestinationField.BUCKET, name).isPresent()) {
            // S3 has no such bucket and would not create one: the field says why; nothing is asked of S3
            return CompletableFuture.completedFuture(List.of());
        }
        return run.lookup(Keys.bucket(name), () -> run.services.destinations().bucket(name))
                .thenCompose(bucket -> bucket.isPresent() ? found(run, bucket.get()) : missing(run, name))
                .exceptionally(failure -> List.of(Missing.couldNotCheck(DestinationField.BUCKET, "bucket", name,
                        run.region(), failure)));
    }

    private static CompletableFuture<List<Finding>> missing(CheckRun run, String name) {
        return run.permissions().thenApply(permissions -> {
            boolean may = permissions.mayDo(PermissionNeeds.CREATE_BUCKET);
            return List.of(Missing.finding(DestinationField.BUCKET, "Bucket", name, run.region(),
                    may ? "Create it in " + run.region() + ", or pick an existing bucket of that region."
                            : "You may not create it (s3:CreateBucket is denied): ask someone who may, or pick an "
                            + "existing bucket in " + run.region() + ".",
                    may ? List.of(new FindingAction(FindingAction.Kind.CREATE_BUCKET, "Create bucket in "
                            + run.region(), name)) : List.of(), run.request.clusterArn() == null));
        });
    }

    private static CompletableFuture<List<Finding>> found(CheckRun run, BucketInfo bucket) {
        if (bucket.region() != null && !bucket.region().equals(run.region())) {
            return CompletableFuture.completedFuture(List.of(new Finding(REGION_ID, Severity.ERROR,
                    DestinationField.BUCKET, "Bucket " + bucket.name() + " is in " + bucket.region()
                    + ", not in " + run.region(),
                    "MSK delivers logs only to a bucket in the cluster's own region (" + run.region() + ").",
                    "Pick or create a bucket in " + run.region() + ".")));
        }
        if (bucket.encryption() == BucketEncryption.UNKNOWN) {
            return CompletableFuture.completedFuture(List.of(KeyFindings.encryptionUnknown(bucket)));
        }
        if (!bucket.encryption().usesKms()) {
            return CompletableFuture.completedFuture(List.of());
        }
        if (bucket.kmsKeyId() == null || bucket.kmsKeyId().isBlank()) {
            return CompletableFuture.completedFuture(List.of(KeyFindings.awsManaged(bucket, AWS_MANAGED_S3_KEY)));
        }
        String keyId = bucket.kmsKeyId().strip();
        return run.lookup(Keys.key(keyId), () -> run.services.keys().describeKey(keyId))
                .thenCompose(key -> key.managedByAws()
                        ? CompletableFuture.completedFuture(List.of(KeyFindings.awsManaged(bucket, key.arn())))
                        : customerKey(run, bucket, key))
                .exceptionally(failure -> List.of(KeyFindings.couldNotCheck(bucket, keyId, "DescribeKey", failure)));
    }

    private static CompletableFuture<List<Finding>> customerKey(CheckRun run, BucketInfo bucket, KeyInfo key) {
        CompletableFuture<Optional<Decision>> mayPut = run.permissions().thenCompose(permissions -> {
            if (permissions.caller() == null) {
                return CompletableFuture.completedFuture(Optional.<Decision>empty());
            }
            PermissionNeed need = new PermissionNeed(List.of(PermissionNeeds.PUT_KEY_POLICY), key.arn(),
                    java.util.Map.of(), DestinationField.BUCKET, false);
            return run.simulate(permissions.caller(), need).thenApply(answer -> answer.decisions() == null
                    ? Optional.<Decision>empty()
                    : Optional.ofNullable(answer.decisions().get(PermissionNeeds.PUT_KEY_POLICY)));
        });
        return run.lookup(Keys.keyPolicy(key.arn()), () -> run.services.keys().keyPolicy(key.arn()))
                .thenCombine(mayPut, (policy, put) -> KeyPolicyMerge.allowsLogDelivery(policy)
                        ? List.<Finding>of()
                        : List.of(KeyFindings.statementMissing(bucket, key, put.map(d -> d == Decision.ALLOWED)
                                .orElse(true))))
                .exceptionally(failure -> List.of(KeyFindings.couldNotCheck(bucket, key.arn(), "GetKeyPolicy",
                        failure)));
    }
}
