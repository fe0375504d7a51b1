package io.mskconsole.core.destinations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.delivery.LogDelivery;
import io.mskconsole.core.delivery.CloudWatchLogsDestination;
import io.mskconsole.core.delivery.DestinationField;
import io.mskconsole.core.delivery.FirehoseDestination;
import io.mskconsole.core.delivery.S3Destination;
import io.mskconsole.testing.FakeDestinations;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DestinationChecksTest {
    static final String REGION = "eu-west-1";
    static final String CLUSTER = "arn:aws:kafka:eu-west-1:111122223333:cluster/orders/abc-1";
    static final String KEY = "arn:aws:kms:eu-west-1:111122223333:key/1111-2222";
    static final String PLAIN_POLICY = """
            {"Version":"2012-10-17","Statement":[{"Sid":"Enable IAM User Permissions","Effect":"Allow",
            "Principal":{"AWS":"arn:aws:iam::111122223333:root"},"Action":"kms:*","Resource":"*"}]}""";

    final ExecutorService pool = Executors.newCachedThreadPool();
    final FakeDestinations aws = new FakeDestinations(REGION);
    final CheckCache cache = new CheckCache();
    final DestinationChecks checks = new DestinationChecks(aws.services(), cache, pool);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    {
        aws.logGroups.put("/msk/orders", new LogGroupInfo("/msk/orders", null, 30, 1024, null));
        aws.buckets.put("logs-eu", new BucketInfo("logs-eu", REGION, BucketEncryption.SSE_S3, null));
        aws.streams.put("tagged", new DeliveryStreamInfo("tagged", streamArn("tagged"), "DirectPut", "ACTIVE",
                Map.of("LogDeliveryEnabled", "true")));
        aws.policies.add(new ResourcePolicyInfo(ResourcePolicyInfo.LOG_DELIVERY_POLICY, 800));
    }

    static String streamArn(String name) {
        return "arn:aws:firehose:eu-west-1:111122223333:deliverystream/" + name;
    }

    CheckReport check(LogDelivery logs) {
        return checks.run(new CheckRequest(new DeliveryContext(REGION, false, false), logs, CLUSTER), Cancellation.none());
    }

    static LogDelivery all(String group, String bucket, String stream) {
        return new LogDelivery(CloudWatchLogsDestination.to(group), S3Destination.to(bucket, "msk/"),
                FirehoseDestination.to(stream));
    }

    @Test
    void destinationsThatExistAndFullPermissionsGiveNoFindings() {
        CheckReport report = check(all("/msk/orders", "logs-eu", "tagged"));

        assertThat(report.findings()).isEmpty();
        assertThat(report.blocksApply()).isFalse();
        assertThat(report.asksBeforeApply()).isFalse();
        assertThat(report.summary()).isEqualTo("No problems found");
        assertThat(aws.calls).contains("logGroup /msk/orders", "bucket logs-eu", "deliveryStream tagged",
                "logResourcePolicies eu-west-1", "caller ");
        assertThat(aws.calls).anySatisfy(c -> assertThat(c).isEqualTo("simulate arn:aws:iam::111122223333:role/Admin "
                + "[kafka:UpdateMonitoring] " + CLUSTER + " {}"));
        assertThat(aws.calls).anySatisfy(c -> assertThat(c).isEqualTo("simulate arn:aws:iam::111122223333:role/Admin "
                + "[s3:GetBucketPolicy, s3:PutBucketPolicy, s3:CreateBucket] arn:aws:s3:::logs-eu {}"));
        assertThat(aws.count("simulate")).as("one call per resource: cluster, *, role, log group, bucket, stream")
                .isEqualTo(6);
        assertThat(aws.calls).anySatisfy(c -> assertThat(c).isEqualTo("simulate arn:aws:iam::111122223333:role/Admin "
                + "[iam:CreateServiceLinkedRole] arn:aws:iam::111122223333:role/aws-service-role/"
                + "delivery.logs.amazonaws.com/AWSServiceRoleForLogDelivery {iam:AWSServiceName=delivery.logs.amazonaws.com}"));
    }

    @Test
    void aMissingLogGroupIsAnErrorWithACreateActionWhenTheCallerMayCreateIt() {
        Finding missing = only(check(all("/msk/nope", "logs-eu", "tagged")), Missing.ID);

        assertThat(missing.severity()).isEqualTo(Severity.ERROR);
        assertThat(missing.field()).isEqualTo(DestinationField.LOG_GROUP);
        assertThat(missing.title()).isEqualTo("Log group /msk/nope does not exist in eu-west-1");
        assertThat(missing.why()).contains("MSK does not create destinations");
        assertThat(missing.actions()).containsExactly(
                new FindingAction(FindingAction.Kind.CREATE_LOG_GROUP, "Create log group", "/msk/nope"));

        aws.denied.add("logs:CreateLogGroup");
        cache.clear();
        Finding denied = only(check(all("/msk/nope", "logs-eu", "tagged")), Missing.ID);
        assertThat(denied.actions()).isEmpty();
        assertThat(denied.fix()).contains("logs:CreateLogGroup is denied");
    }

    @Test
    void aMissingDestinationOfAClusterToBeCreatedSpeaksOfCreation() {
        LogDelivery logs = LogDelivery.NONE.withCloudWatchLogs(CloudWatchLogsDestination.to("/msk/none"));
        CheckReport creating = checks.run(new CheckRequest(new DeliveryContext(REGION, false, false), logs, null),
                Cancellation.none());
        assertThat(creating.forField(DestinationField.LOG_GROUP)).singleElement().satisfies(f -> assertThat(f.why())
                .isEqualTo("MSK does not create destinations. With one that does not exist, the new cluster goes "
                        + "into CREATING and then FAILED."));
        assertThat(check(logs).forField(DestinationField.LOG_GROUP)).singleElement().satisfies(f -> assertThat(f.why())
                .endsWith("the cluster goes into UPDATING and the update then fails."));
    }

    @Test
    void aBucketNameS3WouldRefuseIsNotLookedUpNorOfferedForCreation() {
        CheckReport report = check(all("/msk/orders", "Orders_Logs", "nostream"));
        assertThat(report.forField(DestinationField.BUCKET)).as("the field says what is wrong with the name")
                .isEmpty();
        assertThat(aws.calls).as("no HeadBucket, no simulation").noneMatch(call -> call.contains("Orders_Logs"));
    }

    @Test
    void missingBucketAndStreamAreErrorsTheStreamOneExplainingDirectPut() {
        CheckReport report = check(all("/msk/orders", "nobucket", "nostream"));

        assertThat(report.forField(DestinationField.BUCKET)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.actions()).extracting(FindingAction::kind).containsExactly(FindingAction.Kind.CREATE_BUCKET);
        });
        assertThat(report.forField(DestinationField.DELIVERY_STREAM)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.actions()).isEmpty();
            assertThat(f.fix()).contains("Direct PUT", "LogDeliveryEnabled=true");
        });
        assertThat(report.blocksApply()).isTrue();
        assertThat(report.summary()).isEqualTo("2 errors");
    }

    @Test
    void aBucketInAnotherRegionIsAnError() {
        aws.buckets.put("logs-us", new BucketInfo("logs-us", "us-east-1", BucketEncryption.SSE_S3, null));

        Finding finding = only(check(LogDelivery.NONE.withS3(S3Destination.to("logs-us", null))), BucketCheck.REGION_ID);

        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.title()).isEqualTo("Bucket logs-us is in us-east-1, not in eu-west-1");
    }

    @Test
    void aCustomerKeyWithoutTheStatementWarnsWithTheStatementToCopyAndAnAddAction() {
        kmsBucket("kms-bucket", KEY, false);
        aws.keyPolicies.put(KEY, PLAIN_POLICY);

        Finding finding = only(check(LogDelivery.NONE.withS3(S3Destination.to("kms-bucket", null))), KeyFindings.POLICY_ID);

        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.fix()).contains(KeyPolicyMerge.statementText());
        assertThat(finding.actions()).containsExactly(
                new FindingAction(FindingAction.Kind.COPY_TEXT, "Copy statement", KeyPolicyMerge.statementText()),
                new FindingAction(FindingAction.Kind.ADD_KEY_STATEMENT, "Add it for me…", KEY));
        assertThat(aws.calls).contains("describeKey " + KEY, "keyPolicy " + KEY);
        assertThat(aws.calls).anySatisfy(c -> assertThat(c).endsWith("[kms:PutKeyPolicy] " + KEY + " {}"));
    }

    @Test
    void withoutKmsPutKeyPolicyTheAddActionIsNotOffered() {
        kmsBucket("kms-bucket", KEY, false);
        aws.keyPolicies.put(KEY, PLAIN_POLICY);
        aws.denied.add("kms:PutKeyPolicy");

        Finding finding = only(check(LogDelivery.NONE.withS3(S3Destination.to("kms-bucket", null))), KeyFindings.POLICY_ID);

        assertThat(finding.actions()).extracting(FindingAction::kind).containsExactly(FindingAction.Kind.COPY_TEXT);
        assertThat(finding.fix()).contains("kms:PutKeyPolicy is denied");
    }

    @Test
    void aKeyPolicyThatAllowsLogDeliveryGivesNothing() {
        kmsBucket("kms-bucket", KEY, false);
        aws.keyPolicies.put(KEY, KeyPolicyMerge.merge(PLAIN_POLICY));

        assertThat(check(LogDelivery.NONE.withS3(S3Destination.to("kms-bucket", null))).findings()).isEmpty();
    }

    @Test
    void aBucketUnderTheAwsManagedKeyGetsItsOwnExplanation() {
        aws.buckets.put("managed", new BucketInfo("managed", REGION, BucketEncryption.SSE_KMS, null));
        aws.keys.put("alias/aws/s3", new KeyInfo("arn:aws:kms:eu-west-1:111122223333:key/aws-s3", true));

        Finding finding = only(check(LogDelivery.NONE.withS3(S3Destination.to("managed", null))),
                KeyFindings.AWS_MANAGED_ID);

        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.title()).contains("AWS managed key aws/s3");
        assertThat(aws.count("keyPolicy")).isZero();
    }

    @Test
    void aDeniedGetKeyPolicyIsCouldNotCheckNeverAPass() {
        kmsBucket("kms-bucket", KEY, false);
        aws.failures.put("keyPolicy", FakeDestinations.denied("GetKeyPolicy"));

        Finding finding = only(check(LogDelivery.NONE.withS3(S3Destination.to("kms-bucket", null))), KeyFindings.POLICY_ID);

        assertThat(finding.severity()).isEqualTo(Severity.COULD_NOT_CHECK);
        assertThat(finding.why()).contains("GetKeyPolicy failed: Access denied to GetKeyPolicy.");
        assertThat(finding.actions()).extracting(FindingAction::kind).containsExactly(FindingAction.Kind.COPY_TEXT);
    }

    @Test
    void aStreamFedByKinesisIsAnErrorAndAnUntaggedOneWarnsWhenTheCallerMayNotTagIt() {
        aws.streams.put("from-kinesis", new DeliveryStreamInfo("from-kinesis", streamArn("from-kinesis"),
                "KinesisStreamAsSource", "ACTIVE", Map.of("LogDeliveryEnabled", "true")));
        aws.streams.put("untagged", new DeliveryStreamInfo("untagged", streamArn("untagged"), "DirectPut", "ACTIVE",
                Map.of()));

        Finding source = only(check(LogDelivery.NONE.withFirehose(FirehoseDestination.to("from-kinesis"))),
                StreamCheck.SOURCE_ID);
        assertThat(source.severity()).isEqualTo(Severity.ERROR);
        assertThat(source.title()).contains("KinesisStreamAsSource");

        assertThat(only(check(LogDelivery.NONE.withFirehose(FirehoseDestination.to("untagged"))), StreamCheck.TAG_ID)
                .severity()).isEqualTo(Severity.INFO);

        aws.denied.add("firehose:TagDeliveryStream");
        cache.clear();
        Finding tag = only(check(LogDelivery.NONE.withFirehose(FirehoseDestination.to("untagged"))), StreamCheck.TAG_ID);
        assertThat(tag.severity()).isEqualTo(Severity.WARNING);
        assertThat(tag.title()).isEqualTo("Stream untagged is not tagged LogDeliveryEnabled=true, and your identity "
                + "lacks permission to tag it (firehose:TagDeliveryStream)");
        assertThat(aws.calls).anySatisfy(c -> assertThat(c).endsWith("[firehose:TagDeliveryStream] "
                + streamArn("untagged") + " {}"));
    }

    @Test
    void tenResourcePoliciesWithoutTheDeliveryPolicyWarn() {
        aws.policies.clear();
        for (int i = 1; i <= 10; i++) {
            aws.policies.add(new ResourcePolicyInfo("policy-" + i, 300));
        }

        Finding finding = only(check(LogDelivery.NONE.withCloudWatchLogs(CloudWatchLogsDestination.to("/msk/orders"))),
                LogGroupCheck.POLICIES_ID);

        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.title()).isEqualTo("eu-west-1 already has 10 CloudWatch Logs resource policies");
    }

    @Test
    void aDeliveryPolicyNearItsLimitWarnsUnlessTheGroupIsAVendedLogsGroup() {
        aws.policies.set(0, new ResourcePolicyInfo(ResourcePolicyInfo.LOG_DELIVERY_POLICY, 4900));
        aws.logGroups.put("/aws/vendedlogs/msk/orders", new LogGroupInfo("/aws/vendedlogs/msk/orders", null, null, 0,
                null));

        Finding finding = only(check(LogDelivery.NONE.withCloudWatchLogs(CloudWatchLogsDestination.to("/msk/orders"))),
                LogGroupCheck.POLICIES_ID);
        assertThat(finding.why()).contains("4900 of 5120 characters");
        assertThat(finding.fix()).contains("/aws/vendedlogs/");

        assertThat(check(LogDelivery.NONE.withCloudWatchLogs(CloudWatchLogsDestination.to("/aws/vendedlogs/msk/orders")))
                .findings()).isEmpty();
    }

    @Test
    void missingPermissionsAreListedAtTheFieldTheyConcern() {
        aws.denied.add("s3:PutBucketPolicy");
        aws.denied.add("kafka:UpdateMonitoring");

        CheckReport report = check(all("/msk/orders", "logs-eu", "tagged"));

        assertThat(report.withSeverity(Severity.WARNING)).extracting(Finding::field, Finding::title).containsExactly(
                org.assertj.core.groups.Tuple.tuple(null, "You may lack kafka:UpdateMonitoring"),
                org.assertj.core.groups.Tuple.tuple(DestinationField.BUCKET, "You may lack s3:PutBucketPolicy (Amazon S3)"));
        assertThat(report.forField(DestinationField.BUCKET).get(0).why())
                .contains("s3:PutBucketPolicy on arn:aws:s3:::logs-eu (implicitDeny)", "arn:aws:iam::111122223333:role/Admin");
        assertThat(report.asksBeforeApply()).isTrue();
        assertThat(report.blocksApply()).isFalse();
    }

    @Test
    void aDeniedSimulationOrCallerLookupIsCouldNotCheck() {
        aws.failures.put("simulate", FakeDestinations.denied("SimulatePrincipalPolicy"));
        Finding simulation = only(check(all("/msk/orders", "logs-eu", "tagged")), PermissionCheck.ID);
        assertThat(simulation.severity()).isEqualTo(Severity.COULD_NOT_CHECK);
        assertThat(simulation.why()).contains("Access denied to SimulatePrincipalPolicy.");

        aws.failures.clear();
        aws.failures.put("caller", FakeDestinations.denied("GetCallerIdentity"));
        cache.clear();
        Finding caller = only(check(all("/msk/orders", "logs-eu", "tagged")), PermissionCheck.ID);
        assertThat(caller.severity()).isEqualTo(Severity.COULD_NOT_CHECK);
        assertThat(caller.why()).contains("Could not tell who you are (GetCallerIdentity)");
    }

    @Test
    void aFailedLookupIsCouldNotCheckAndIsTriedAgainOnTheNextRun() {
        aws.failures.put("logGroup", FakeDestinations.denied("DescribeLogGroups"));
        LogDelivery logs = LogDelivery.NONE.withCloudWatchLogs(CloudWatchLogsDestination.to("/msk/orders"));

        Finding finding = only(check(logs), Missing.ID);
        assertThat(finding.severity()).isEqualTo(Severity.COULD_NOT_CHECK);
        assertThat(finding.title()).isEqualTo("Could not check log group /msk/orders");

        aws.failures.clear();
        assertThat(check(logs).findings()).isEmpty();
        assertThat(aws.count("logGroup")).isEqualTo(2);
    }

    @Test
    void lookupsAreCachedForTheSessionUntilCleared() {
        LogDelivery logs = all("/msk/orders", "logs-eu", "tagged");
        check(logs);
        int first = aws.calls.size();

        check(logs.withS3(S3Destination.to("logs-eu", "other/")));
        assertThat(aws.calls).hasSize(first);

        cache.clear();
        check(logs);
        assertThat(aws.calls).hasSize(first * 2);
    }

    @Test
    void theLookupsOfOneDraftRunAtTheSameTime() throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        aws.gate = gate;
        Cancellation cancellation = Cancellation.none();
        var running = pool.submit(() -> checks.run(new CheckRequest(new DeliveryContext(REGION, false, false),
                all("/msk/orders", "logs-eu", "tagged"), CLUSTER), cancellation));

        long deadline = System.nanoTime() + 10_000_000_000L;
        while (aws.calls.size() < 5 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(aws.calls).contains("logGroup /msk/orders", "bucket logs-eu", "deliveryStream tagged",
                "logResourcePolicies eu-west-1", "caller ");
        gate.countDown();
        assertThat(running.get().findings()).isEmpty();
    }

    @Test
    void aCancelledRunStopsWaiting() {
        aws.gate = new CountDownLatch(1);
        Cancellation cancellation = Cancellation.none();
        cancellation.cancel();

        assertThatThrownBy(() -> checks.run(new CheckRequest(new DeliveryContext(REGION, false, false),
                all("/msk/orders", "logs-eu", "tagged"), CLUSTER), cancellation))
                .isInstanceOf(CancellationException.class);
        aws.gate.countDown();
    }

    @Test
    void aNewClusterIsCheckedForCreateClusterV2() {
        checks.run(new CheckRequest(new DeliveryContext(REGION, false, false),
                LogDelivery.NONE.withCloudWatchLogs(CloudWatchLogsDestination.to("/msk/orders")), null), Cancellation.none());

        assertThat(aws.calls).anySatisfy(c -> assertThat(c).contains("[kafka:CreateClusterV2, logs:CreateLogDelivery")
                .endsWith("] * {}"));
        assertThat(aws.calls).noneSatisfy(c -> assertThat(c).contains("kafka:UpdateMonitoring"));
    }

    @Test
    void staticFindingsComeThroughTheSameReport() {
        DeliveryContext osaka = new DeliveryContext("ap-northeast-3", false, false);
        FakeDestinations osakaAws = new FakeDestinations("ap-northeast-3");
        osakaAws.streams.put("s", new DeliveryStreamInfo("s", null, "DirectPut", "ACTIVE",
                Map.of("LogDeliveryEnabled", "true")));
        CheckReport report = new DestinationChecks(osakaAws.services(), new CheckCache(), pool)
                .run(new CheckRequest(osaka, LogDelivery.NONE.withFirehose(FirehoseDestination.to("s")), CLUSTER),
                        Cancellation.none());

        assertThat(report.findings()).extracting(Finding::checkId).containsExactly(StaticChecks.FIREHOSE_OSAKA);
    }

    @Test
    void anUnreadableBucketEncryptionIsCouldNotCheckWithTheStatementToCopy() {
        aws.buckets.put("locked", new BucketInfo("locked", REGION, BucketEncryption.UNKNOWN, null));

        Finding finding = only(check(LogDelivery.NONE.withS3(S3Destination.to("locked", null))), KeyFindings.POLICY_ID);

        assertThat(finding.severity()).isEqualTo(Severity.COULD_NOT_CHECK);
        assertThat(finding.why()).contains("s3:GetEncryptionConfiguration");
        assertThat(finding.actions()).extracting(FindingAction::kind).containsExactly(FindingAction.Kind.COPY_TEXT);
    }

    @Test
    void sseKmsWithoutAKeyIdIsTheAwsManagedKeyWithoutAskingKms() {
        aws.buckets.put("default-kms", new BucketInfo("default-kms", REGION, BucketEncryption.SSE_KMS, null));

        Finding finding = only(check(LogDelivery.NONE.withS3(S3Destination.to("default-kms", null))),
                KeyFindings.AWS_MANAGED_ID);

        assertThat(finding.why()).contains("(alias/aws/s3)");
        assertThat(aws.count("describeKey")).isZero();
    }

    @Test
    void unreadableTagsOrAMissingTypeAreCouldNotCheckAndTheRestStillCounts() {
        aws.streams.put("no-tags", new DeliveryStreamInfo("no-tags", streamArn("no-tags"), "KinesisStreamAsSource",
                "ACTIVE", Map.of(), false));
        aws.streams.put("no-type", new DeliveryStreamInfo("no-type", streamArn("no-type"), null, "ACTIVE",
                Map.of("LogDeliveryEnabled", "true")));

        CheckReport tags = check(LogDelivery.NONE.withFirehose(FirehoseDestination.to("no-tags")));
        assertThat(tags.findings()).extracting(Finding::checkId, Finding::severity).containsExactly(
                org.assertj.core.groups.Tuple.tuple(StreamCheck.SOURCE_ID, Severity.ERROR),
                org.assertj.core.groups.Tuple.tuple(StreamCheck.TAG_ID, Severity.COULD_NOT_CHECK));

        Finding type = only(check(LogDelivery.NONE.withFirehose(FirehoseDestination.to("no-type"))), StreamCheck.SOURCE_ID);
        assertThat(type.severity()).isEqualTo(Severity.COULD_NOT_CHECK);
    }

    @Test
    void aNotFoundPrincipalSaysTheRolePathMayBeUnknown() {
        aws.failures.put("simulate", new io.mskconsole.core.errors.GatewayException(
                io.mskconsole.core.errors.Failure.NOT_FOUND, "SimulatePrincipalPolicy", "The role was not found."));

        Finding finding = only(check(all("/msk/orders", "logs-eu", "tagged")), PermissionCheck.ID);

        assertThat(finding.why()).contains("iam:GetRole may be denied");
    }

    private void kmsBucket(String name, String keyArn, boolean awsManaged) {
        aws.buckets.put(name, new BucketInfo(name, REGION, BucketEncryption.SSE_KMS, keyArn));
        aws.keys.put(keyArn, new KeyInfo(keyArn, awsManaged));
    }

    private static Finding only(CheckReport report, String checkId) {
        List<Finding> matching = report.findings().stream().filter(f -> f.checkId().equals(checkId)).toList();
        assertThat(matching).as("findings %s of %s", checkId, report.findings()).hasSize(1);
        return matching.get(0);
    }
}
