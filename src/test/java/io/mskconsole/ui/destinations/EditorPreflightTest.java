package io.mskconsole.ui.destinations;

import io.mskconsole.core.commandline.CliAccount;
import static org.assertj.core.api.Assertions.assertThat;

import io.mskconsole.core.destinations.BucketEncryption;
import io.mskconsole.core.destinations.BucketInfo;
import io.mskconsole.core.destinations.DeliveryStreamInfo;
import io.mskconsole.core.destinations.Finding;
import io.mskconsole.core.destinations.FindingAction;
import io.mskconsole.core.destinations.KeyInfo;
import io.mskconsole.core.destinations.KeyPolicyMerge;
import io.mskconsole.core.destinations.Severity;
import io.mskconsole.core.delivery.DestinationField;
import io.mskconsole.core.delivery.LogKind;
import io.mskconsole.testing.FakeDestinations;
import io.mskconsole.testing.FakeMsk;
import io.mskconsole.testing.QueuedTaskExecutor;
import io.mskconsole.testing.RecordingDialogs;
import io.mskconsole.ui.common.ImmediateTaskExecutor;
import io.mskconsole.ui.common.Notice;
import io.mskconsole.ui.common.TaskExecutor;
import io.mskconsole.ui.delivery.BrokerLogEditorViewModel;
import io.mskconsole.ui.delivery.EditorStep;
import io.mskconsole.ui.delivery.EditorTarget;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The destination checks inside the editor: findings as the draft changes, Apply gated by them, the fixes. */
class EditorPreflightTest {
    static final String KEY = "arn:aws:kms:us-east-1:111122223333:key/abcd";
    static final String PLAIN_POLICY = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"root\",\"Effect\":\"Allow\","
            + "\"Principal\":{\"AWS\":\"arn:aws:iam::111122223333:root\"},\"Action\":\"kms:*\",\"Resource\":\"*\"}]}";
    final FakeMsk msk = FakeMsk.withSampleClusters();
    final FakeDestinations aws = new FakeDestinations("us-east-1");
    final RecordingDialogs dialogs = new RecordingDialogs();

    {
        aws.logGroups.put("/aws/vendedlogs/msk/orders", new io.mskconsole.core.destinations.LogGroupInfo(
                "/aws/vendedlogs/msk/orders", null, 7, 10, null));
        aws.buckets.put("logs-use1", new BucketInfo("logs-use1", "us-east-1", BucketEncryption.SSE_S3, null));
        aws.buckets.put("logs-euw1", new BucketInfo("logs-euw1", "eu-west-1", BucketEncryption.SSE_S3, null));
        aws.buckets.put("logs-kms", new BucketInfo("logs-kms", "us-east-1", BucketEncryption.SSE_KMS, KEY));
        aws.keys.put(KEY, new KeyInfo(KEY, false));
        aws.keyPolicies.put(KEY, PLAIN_POLICY);
        aws.streams.put("untagged", new DeliveryStreamInfo("untagged", null, "DirectPut", "ACTIVE", Map.of()));
    }

    BrokerLogEditorViewModel model = editor(new ImmediateTaskExecutor());

    BrokerLogEditorViewModel editor(TaskExecutor executor) {
        return new BrokerLogEditorViewModel(msk.cluster(FakeMsk.ARN),
                new EditorTarget(msk, "us-east-1", CliAccount.named("prod"), Duration.ofMillis(1), aws.services()), executor, dialogs,
                c -> { });
    }

    void s3(String bucket) {
        model.draft().broker().s3EnabledProperty().set(true);
        model.draft().broker().bucketProperty().set(bucket);
    }

    @Test
    void findingsFollowTheDraftAndShowAtTheirField() {
        s3("no-such-bucket");

        PreflightViewModel checks = model.preflight();
        assertThat(checks.findings()).extracting(Finding::checkId).containsExactly("destination-missing");
        assertThat(checks.fieldText(LogKind.BROKER, DestinationField.BUCKET).get())
                .isEqualTo("Error: Bucket no-such-bucket does not exist in us-east-1");
        assertThat(checks.blocksApplyBinding().get()).isTrue();

        model.draft().broker().bucketProperty().set("logs-use1");
        assertThat(checks.findings()).isEmpty();
        assertThat(checks.fieldText(LogKind.BROKER, DestinationField.BUCKET).get()).isEmpty();
        assertThat(checks.reportProperty().get().summary()).isEqualTo("No problems found");
    }

    @Test
    void anErrorBlocksApplyAndNothingIsSent() {
        s3("logs-use1");
        model.review();
        aws.buckets.put("logs-use1", new BucketInfo("logs-use1", "eu-west-1", BucketEncryption.SSE_S3, null));

        model.apply();

        assertThat(msk.updates).as("checked afresh right before Apply").isEmpty();
        assertThat(model.stepProperty().get()).isEqualTo(EditorStep.REVIEW);
        assertThat(model.noticeProperty().get().kind()).isEqualTo(Notice.Kind.ERROR);
        assertThat(model.noticeProperty().get().text()).startsWith("Not applied: 1 error.");
        assertThat(model.preflight().findings()).extracting(Finding::checkId).containsExactly("bucket-region");
    }

    @Test
    void aWarningAsksFirstAndDecliningSendsNothing() {
        aws.denied.add("s3:PutBucketPolicy");
        s3("logs-use1");
        model.review();
        dialogs.answer = false;

        model.apply();

        assertThat(dialogs.confirmations).singleElement().satisfies(q -> assertThat(q)
                .startsWith("Apply anyway?: The checks found 1 warning:")
                .contains("• Warning: You may lack s3:PutBucketPolicy (Amazon S3)"));
        assertThat(msk.updates).isEmpty();
        assertThat(model.stepProperty().get()).isEqualTo(EditorStep.REVIEW);

        dialogs.answer = true;
        msk.put(msk.cluster(FakeMsk.ARN).withState(io.mskconsole.core.clusters.ClusterState.ACTIVE));
        model.apply();
        assertThat(msk.updates).hasSize(1);
    }

    @Test
    void aCheckThatCouldNotRunAlsoAsksFirst() {
        aws.failures.put("simulate", FakeDestinations.denied("SimulatePrincipalPolicy"));
        s3("logs-use1");
        model.review();
        dialogs.answer = false;

        model.apply();

        assertThat(dialogs.confirmations).singleElement().satisfies(q -> assertThat(q)
                .contains("• Could not check: Could not check your permissions"));
        assertThat(msk.updates).isEmpty();
    }

    @Test
    void theChecksWaitForTheDraftToRestAndDropSupersededResults() {
        QueuedTaskExecutor queued = new QueuedTaskExecutor();
        model = editor(queued);
        queued.runAll();
        int before = aws.calls.size();

        model.draft().broker().s3EnabledProperty().set(true);
        model.draft().broker().bucketProperty().set("no-such");
        model.draft().broker().bucketProperty().set("logs-euw1");
        assertThat(model.preflight().checkingProperty().get()).isTrue();
        queued.runAll();

        assertThat(model.preflight().checkingProperty().get()).isFalse();
        assertThat(model.preflight().findings()).extracting(Finding::checkId).containsExactly("bucket-region");
        assertThat(aws.calls.subList(before, aws.calls.size())).doesNotContain("bucket no-such");
    }

    @Test
    void theDebugToggleAddsTheSamplingWarningForCloudWatchLogs() {
        model.preflight().verboseBrokerLoggingProperty().set(true);

        assertThat(model.preflight().findings()).extracting(Finding::checkId).containsExactly("log-level-cloudwatch");
        assertThat(model.preflight().fieldText(LogKind.BROKER, DestinationField.LOG_GROUP).get())
                .startsWith("Warning: DEBUG or TRACE broker logs to CloudWatch Logs");
    }

    @Test
    void theBrokersRealLevelsOnceReadWarnWithoutTheToggleAndNameTheLoggers() {
        assertThat(model.preflight().findings()).isEmpty();

        model.preflight().brokerLevelsProperty().set(io.mskconsole.core.levels.LoggerTable.of(
                new io.mskconsole.core.levels.BrokerLoggers(1, Map.of("root", "INFO", "kafka.controller", "DEBUG")),
                new io.mskconsole.core.levels.BrokerLoggers(2, Map.of("root", "INFO", "kafka.controller", "INFO"))));

        assertThat(model.preflight().verboseBrokerLoggingProperty().get()).isFalse();
        assertThat(model.preflight().findings()).extracting(Finding::checkId).containsExactly("log-level-cloudwatch");
        assertThat(model.preflight().findings().get(0).why()).contains("kafka.controller at DEBUG on broker 1");

        model.preflight().brokerLevelsProperty().set(io.mskconsole.core.levels.LoggerTable.of(
                new io.mskconsole.core.levels.BrokerLoggers(1, Map.of("root", "INFO", "kafka.controller", "INFO"))));

        assertThat(model.preflight().findings()).isEmpty();
    }

    @Test
    void creatingAMissingLogGroupAsksThenCreatesAndChecksAgain() {
        model.draft().broker().logGroupProperty().set("/msk/new");
        Finding missing = model.preflight().findings().get(0);
        assertThat(missing.actions()).extracting(FindingAction::kind).containsExactly(FindingAction.Kind.CREATE_LOG_GROUP);

        model.preflight().perform(missing.actions().get(0));

        assertThat(dialogs.confirmations).singleElement().satisfies(q -> assertThat(q)
                .startsWith("Create log group?: Create CloudWatch Logs log group /msk/new in us-east-1")
                .endsWith("[30 days (the usual), 1 week, 2 weeks, 3 months, 6 months, 1 year, 2 years, Never expire]"));
        assertThat(aws.calls).as("the usual retention unless another is picked")
                .contains("createLogGroup /msk/new retention 30");
        assertThat(model.preflight().findings()).isEmpty();
        assertThat(model.preflight().noticeProperty().get().text())
                .isEqualTo("Created log group /msk/new in us-east-1, keeping events for 30 days.");

        model.draft().broker().logGroupProperty().set("/msk/kept");
        dialogs.choice = "Never expire";
        model.preflight().perform(model.preflight().findings().get(0).actions().get(0));
        assertThat(aws.calls).contains("createLogGroup /msk/kept");
    }

    @Test
    void addingTheKeyStatementShowsTheDiffAndPutsThePolicyOnlyOnConfirmation() {
        s3("logs-kms");
        Finding finding = model.preflight().findings().get(0);
        assertThat(finding.checkId()).isEqualTo("kms-key-policy");
        FindingAction add = finding.actions().stream()
                .filter(a -> a.kind() == FindingAction.Kind.ADD_KEY_STATEMENT).findFirst().orElseThrow();

        dialogs.answer = false;
        model.preflight().perform(add);
        assertThat(dialogs.confirmations).singleElement().satisfies(q -> assertThat(q)
                .startsWith("Change the key policy?: This sends PutKeyPolicy for " + KEY)
                .contains("+++ key policy (after)", "delivery.logs.amazonaws.com"));
        assertThat(aws.count("putKeyPolicy")).isZero();

        dialogs.answer = true;
        model.preflight().perform(add);
        assertThat(KeyPolicyMerge.allowsLogDelivery(aws.keyPolicies.get(KEY))).isTrue();
        assertThat(model.preflight().findings()).isEmpty();

        model.preflight().perform(finding.actions().get(0));
        assertThat(dialogs.clipboard).isEqualTo(KeyPolicyMerge.statementText());
    }

    @Test
    void aFailedFixSaysWhyAndKeepsTheFinding() {
        aws.failures.put("createBucket", new io.mskconsole.core.errors.GatewayException(
                io.mskconsole.core.errors.Failure.CONFLICT, "CreateBucket", "The bucket name no-such is taken."));
        s3("no-such");

        model.preflight().perform(model.preflight().findings().get(0).actions().get(0));

        assertThat(model.preflight().noticeProperty().get()).isEqualTo(Notice.error("The bucket name no-such is taken."));
        assertThat(model.preflight().findings()).extracting(Finding::severity).containsExactly(Severity.ERROR);
    }
}
