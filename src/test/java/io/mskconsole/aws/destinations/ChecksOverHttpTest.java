package io.mskconsole.aws.destinations;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.head;
import static com.github.tomakehurst.wiremock.client.WireMock.headRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.mskconsole.aws.destinations.AwsWire.IAM_NS;
import static io.mskconsole.aws.destinations.AwsWire.form;
import static io.mskconsole.aws.destinations.AwsWire.json;
import static io.mskconsole.aws.destinations.AwsWire.jsonError;
import static io.mskconsole.aws.destinations.AwsWire.jsonOk;
import static io.mskconsole.aws.destinations.AwsWire.jsonSent;
import static io.mskconsole.aws.destinations.AwsWire.query;
import static io.mskconsole.aws.destinations.AwsWire.queryError;
import static io.mskconsole.aws.destinations.AwsWire.querySent;
import static io.mskconsole.aws.destinations.AwsWire.xml;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.mskconsole.aws.StubAccount;
import io.mskconsole.aws.account.AwsSession;
import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.concurrent.DaemonThreads;
import io.mskconsole.core.destinations.CheckCache;
import io.mskconsole.core.destinations.CheckReport;
import io.mskconsole.core.destinations.CheckRequest;
import io.mskconsole.core.destinations.DeliveryContext;
import io.mskconsole.core.destinations.DestinationChecks;
import io.mskconsole.core.destinations.Finding;
import io.mskconsole.core.destinations.FindingAction;
import io.mskconsole.core.destinations.Severity;
import io.mskconsole.core.delivery.LogDelivery;
import io.mskconsole.core.delivery.CloudWatchLogsDestination;
import io.mskconsole.core.delivery.FirehoseDestination;
import io.mskconsole.core.delivery.S3Destination;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each check end to end: the core's checks over the AWS adapters against a stub answering as AWS does, asserting the
 * finding and the requests that led to it. The account starts healthy; each test breaks one thing.
 */
class ChecksOverHttpTest {
    static final String REGION = "us-east-1";
    static final String CLUSTER = "arn:aws:kafka:us-east-1:" + AwsWire.ACCOUNT + ":cluster/orders/5a7c0e5e-1";
    static final String DESCRIBE_GROUPS = "Logs_20140328.DescribeLogGroups";

    @RegisterExtension
    static WireMockExtension aws = StubAccount.localMsk();

    @TempDir
    Path home;
    AwsSession session;
    ExecutorService pool = DaemonThreads.cachedPool("checks-test");

    @BeforeEach
    void healthyAccount() {
        new HealthyAccountStubs(aws::stubFor, 0).stub(REGION, "/msk/orders", "orders-logs", "orders-stream");
        session = StubAccount.open(home, StubAccount.patientSettings(aws.baseUrl()));
    }

    @AfterEach
    void close() {
        session.close();
        pool.shutdownNow();
    }

    CheckReport check(LogDelivery logs) {
        return new DestinationChecks(session.destinations(REGION), new CheckCache(), pool)
                .run(new CheckRequest(new DeliveryContext(REGION, false, false), logs, CLUSTER), Cancellation.none());
    }

    static Finding only(CheckReport report, String checkId) {
        List<Finding> found = report.findings().stream().filter(f -> f.checkId().equals(checkId)).toList();
        assertThat(found).as("%s in %s", checkId, report.findings()).hasSize(1);
        return found.get(0);
    }

    @Test
    void aHealthyAccountGivesNoFindings() {
        CheckReport report = check(new LogDelivery(CloudWatchLogsDestination.to("/msk/orders"),
                S3Destination.to("orders-logs", null), FirehoseDestination.to("orders-stream")));

        assertThat(report.findings()).isEmpty();
        assertThat(aws.findAll(jsonSent("TrentService.GetKeyPolicy"))).singleElement()
                .satisfies(r -> assertThat(r.getBodyAsString()).isEqualToIgnoringWhitespace(
                        "{\"KeyId\":\"" + HealthyAccountStubs.KEY + "\",\"PolicyName\":\"default\"}"));
    }

    @Test
    void aLogGroupThatIsNotThereIsAnErrorAfterAnExactPrefixLookup() {
        aws.stubFor(json(DESCRIBE_GROUPS).willReturn(jsonOk("{\"logGroups\": []}")));

        Finding missing = only(check(LogDelivery.NONE.withCloudWatchLogs(CloudWatchLogsDestination.to("/msk/typo"))),
                "destination-missing");

        assertThat(missing.severity()).isEqualTo(Severity.ERROR);
        assertThat(missing.actions()).extracting(FindingAction::kind)
                .containsExactly(FindingAction.Kind.CREATE_LOG_GROUP);
        aws.verify(jsonSent(DESCRIBE_GROUPS).withRequestBody(equalToJson(
                "{\"logGroupNamePrefix\": \"/msk/typo\", \"limit\": 50}")));
    }

    @Test
    void aBucketInAnotherRegionAnswersWithARedirectAndIsAnError() {
        aws.stubFor(head(urlEqualTo("/eu-logs")).willReturn(aResponse().withStatus(301)
                .withHeader("x-amz-bucket-region", "eu-west-1")));
        aws.stubFor(get(urlEqualTo("/eu-logs?encryption")).willReturn(xml(200,
                "<ServerSideEncryptionConfiguration xmlns=\"" + AwsWire.S3_NS + "\"><Rule>"
                        + "<ApplyServerSideEncryptionByDefault><SSEAlgorithm>AES256</SSEAlgorithm>"
                        + "</ApplyServerSideEncryptionByDefault></Rule></ServerSideEncryptionConfiguration>")));

        Finding finding = only(check(LogDelivery.NONE.withS3(S3Destination.to("eu-logs", null))), "bucket-region");

        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.title()).isEqualTo("Bucket eu-logs is in eu-west-1, not in us-east-1");
        aws.verify(headRequestedFor(urlEqualTo("/eu-logs")));
    }

    @Test
    void aKeyPolicyWithoutTheStatementWarnsAndADeniedGetKeyPolicyCouldNotBeChecked() {
        aws.stubFor(json("TrentService.GetKeyPolicy").willReturn(jsonOk("{\"Policy\": \"{\\\"Version\\\":"
                + "\\\"2012-10-17\\\",\\\"Statement\\\":[]}\", \"PolicyName\": \"default\"}")));
        LogDelivery s3 = LogDelivery.NONE.withS3(S3Destination.to("orders-logs", null));

        Finding warning = only(check(s3), "kms-key-policy");
        assertThat(warning.severity()).isEqualTo(Severity.WARNING);
        assertThat(warning.actions()).extracting(FindingAction::kind)
                .containsExactly(FindingAction.Kind.COPY_TEXT, FindingAction.Kind.ADD_KEY_STATEMENT);

        aws.stubFor(json("TrentService.GetKeyPolicy").willReturn(jsonError(400, "AccessDeniedException",
                "User is not authorized to perform: kms:GetKeyPolicy")));
        Finding couldNot = only(check(s3), "kms-key-policy");
        assertThat(couldNot.severity()).isEqualTo(Severity.COULD_NOT_CHECK);
        assertThat(couldNot.why()).contains("GetKeyPolicy failed", "kms:GetKeyPolicy");
    }

    @Test
    void aStreamFedByKinesisIsAnError() {
        aws.stubFor(json("Firehose_20150804.DescribeDeliveryStream").willReturn(jsonOk(
                "{\"DeliveryStreamDescription\": {\"DeliveryStreamName\": \"from-kinesis\", \"DeliveryStreamARN\": "
                        + "\"arn:aws:firehose:us-east-1:" + AwsWire.ACCOUNT + ":deliverystream/from-kinesis\", "
                        + "\"DeliveryStreamStatus\": \"ACTIVE\", \"DeliveryStreamType\": \"KinesisStreamAsSource\", "
                        + "\"VersionId\": \"1\", \"Destinations\": [], \"HasMoreDestinations\": false}}")));

        Finding finding = only(check(LogDelivery.NONE.withFirehose(FirehoseDestination.to("from-kinesis"))),
                "firehose-source");

        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        aws.verify(jsonSent("Firehose_20150804.DescribeDeliveryStream").withRequestBody(equalToJson(
                "{\"DeliveryStreamName\": \"from-kinesis\"}")));
    }

    @Test
    void anUntaggedStreamTheCallerMayNotTagWarns() {
        aws.stubFor(json("Firehose_20150804.ListTagsForDeliveryStream").willReturn(jsonOk(
                "{\"Tags\": [], \"HasMoreTags\": false}")));
        aws.stubFor(query("SimulatePrincipalPolicy").withRequestBody(containing("firehose%3ATagDeliveryStream"))
                .willReturn(HealthyAccountStubs.simulation(List.of("firehose:TagDeliveryStream"))));

        Finding finding = only(check(LogDelivery.NONE.withFirehose(FirehoseDestination.to("orders-stream"))),
                "firehose-tag");

        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        LoggedRequest simulation = aws.findAll(querySent("SimulatePrincipalPolicy")
                .withRequestBody(containing("firehose%3ATagDeliveryStream"))).get(0);
        assertThat(form(simulation)).containsEntry("PolicySourceArn",
                        "arn:aws:iam::" + AwsWire.ACCOUNT + ":role/admins/MskAdmin")
                .containsEntry("ResourceArns.member.1",
                        "arn:aws:firehose:us-east-1:" + AwsWire.ACCOUNT + ":deliverystream/orders-stream");
    }

    @Test
    void tenResourcePoliciesWithoutTheDeliveryPolicyWarn() {
        String policies = IntStream.rangeClosed(1, 10).mapToObj(i -> "{\"policyName\": \"app-" + i
                + "\", \"policyDocument\": \"{}\", \"lastUpdatedTime\": 1709288130000}").collect(Collectors.joining(", "));
        aws.stubFor(json("Logs_20140328.DescribeResourcePolicies").willReturn(jsonOk(
                "{\"resourcePolicies\": [" + policies + "]}")));

        Finding finding = only(check(LogDelivery.NONE.withCloudWatchLogs(CloudWatchLogsDestination.to("/msk/orders"))),
                "log-resource-policies");

        assertThat(finding.title()).isEqualTo("us-east-1 already has 10 CloudWatch Logs resource policies");
    }

    @Test
    void aMissingS3PermissionIsListedWithItsResource() {
        aws.stubFor(query("SimulatePrincipalPolicy").withRequestBody(containing("s3%3APutBucketPolicy"))
                .willReturn(HealthyAccountStubs.simulation(List.of("s3:PutBucketPolicy"))));

        Finding finding = only(check(LogDelivery.NONE.withS3(S3Destination.to("orders-logs", null))), "permissions");

        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.why()).contains("s3:PutBucketPolicy on arn:aws:s3:::orders-logs (implicitDeny)");
        LoggedRequest sent = aws.findAll(querySent("SimulatePrincipalPolicy")
                .withRequestBody(containing("s3%3APutBucketPolicy"))).get(0);
        assertThat(form(sent)).containsEntry("ActionNames.member.1", "s3:GetBucketPolicy")
                .containsEntry("ActionNames.member.2", "s3:PutBucketPolicy")
                .containsEntry("ResourceArns.member.1", "arn:aws:s3:::orders-logs");
    }

    @Test
    void aDeniedSimulationIsCouldNotCheck() {
        aws.stubFor(query("SimulatePrincipalPolicy").willReturn(queryError(403, IAM_NS, "AccessDenied",
                "User: arn:aws:sts::" + AwsWire.ACCOUNT + ":assumed-role/MskAdmin/ops is not authorized to perform: "
                        + "iam:SimulatePrincipalPolicy")));

        Finding finding = only(check(LogDelivery.NONE.withS3(S3Destination.to("orders-logs", null))), "permissions");

        assertThat(finding.severity()).isEqualTo(Severity.COULD_NOT_CHECK);
        assertThat(finding.why()).contains("iam:SimulatePrincipalPolicy");
    }
}
