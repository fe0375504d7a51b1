package io.mskconsole.aws.destinations;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static io.mskconsole.aws.destinations.AwsWire.ACCOUNT;
import static io.mskconsole.aws.destinations.AwsWire.json;
import static io.mskconsole.aws.destinations.AwsWire.jsonError;
import static io.mskconsole.aws.destinations.AwsWire.jsonOk;
import static io.mskconsole.aws.destinations.AwsWire.jsonSent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.mskconsole.aws.StubAccount;
import io.mskconsole.aws.account.AwsSession;
import io.mskconsole.core.destinations.DestinationGateway;
import io.mskconsole.core.destinations.LogGroupInfo;
import io.mskconsole.core.destinations.Page;
import io.mskconsole.core.destinations.ResourcePolicyInfo;
import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** CloudWatch Logs (JSON 1.1, Logs_20140328) over real HTTP: listings, exact lookups, resource policies, creation. */
class LogGroupsOverHttpTest {
    static final String DESCRIBE = "Logs_20140328.DescribeLogGroups";
    static final String POLICIES = "Logs_20140328.DescribeResourcePolicies";
    static final String CREATE = "Logs_20140328.CreateLogGroup";
    static final String RETENTION = "Logs_20140328.PutRetentionPolicy";
    static final String KEY = "arn:aws:kms:us-east-1:" + ACCOUNT + ":key/1234abcd-12ab-34cd-56ef-1234567890ab";

    @RegisterExtension
    static WireMockExtension aws = StubAccount.localMsk();

    @TempDir
    Path home;
    AwsSession session;
    DestinationGateway gateway;

    @BeforeEach
    void openStubProfile() {
        session = StubAccount.open(home, StubAccount.patientSettings(aws.baseUrl()));
        gateway = session.destinations(StubAccount.REGION).destinations();
    }

    @AfterEach
    void closeSession() {
        session.close();
    }

    /** One log group as DescribeLogGroups gives it, with the legacy {@code arn} ending in ":*". */
    static String group(String name, Integer retention, long storedBytes, String kmsKeyId, boolean withGroupArn) {
        String arn = "arn:aws:logs:us-east-1:" + ACCOUNT + ":log-group:" + name;
        return "{\"logGroupName\": \"" + name + "\", \"creationTime\": 1709288130000, \"metricFilterCount\": 0,"
                + (retention == null ? "" : " \"retentionInDays\": " + retention + ",")
                + " \"arn\": \"" + arn + ":*\", \"storedBytes\": " + storedBytes + ","
                + (kmsKeyId == null ? "" : " \"kmsKeyId\": \"" + kmsKeyId + "\",")
                + " \"logGroupClass\": \"STANDARD\""
                + (withGroupArn ? ", \"logGroupArn\": \"" + arn + "\"" : "") + "}";
    }

    static String page(String nextToken, String... groups) {
        return "{\"logGroups\": [" + String.join(", ", groups) + "]"
                + (nextToken == null ? "" : ", \"nextToken\": \"" + nextToken + "\"") + "}";
    }

    @Test
    void aSearchStartingWithSlashIsAPrefixAndTheNextPageIsAskedWithItsToken() {
        aws.stubFor(json(DESCRIBE).withRequestBody(equalToJson("{\"logGroupNamePrefix\": \"/msk/\", \"limit\": 50}"))
                .willReturn(jsonOk(page("token-2", group("/msk/orders", 30, 123456, KEY, true)))));
        aws.stubFor(json(DESCRIBE).withRequestBody(equalToJson(
                        "{\"logGroupNamePrefix\": \"/msk/\", \"limit\": 50, \"nextToken\": \"token-2\"}"))
                .willReturn(jsonOk(page(null, group("/msk/payments", null, 0, null, false)))));

        Page<LogGroupInfo> first = gateway.logGroups("/msk/", null);
        Page<LogGroupInfo> second = gateway.logGroups("/msk/", first.nextToken());

        assertThat(first.items()).containsExactly(new LogGroupInfo("/msk/orders",
                "arn:aws:logs:us-east-1:" + ACCOUNT + ":log-group:/msk/orders", 30, 123456, KEY));
        assertThat(first.nextToken()).isEqualTo("token-2");
        assertThat(second.items()).as("no logGroupArn: the legacy arn, no retention: never expires")
                .containsExactly(new LogGroupInfo("/msk/payments",
                        "arn:aws:logs:us-east-1:" + ACCOUNT + ":log-group:/msk/payments:*", null, 0, null));
        assertThat(second.hasMore()).isFalse();
        aws.verify(2, jsonSent(DESCRIBE).withHeader("Authorization",
                com.github.tomakehurst.wiremock.client.WireMock.matching(StubAccount.SIGNED_BY_STUB)));
    }

    @Test
    void anyOtherSearchIsAPatternAndABlankOneListsAll() {
        aws.stubFor(json(DESCRIBE).withRequestBody(equalToJson("{\"logGroupNamePattern\": \"orders\", \"limit\": 50}"))
                .willReturn(jsonOk(page(null, group("/msk/orders", 7, 10, null, true),
                        group("/aws/vendedlogs/orders", 7, 20, null, true)))));
        aws.stubFor(json(DESCRIBE).withRequestBody(equalToJson("{\"limit\": 50}"))
                .willReturn(jsonOk(page(null))));

        assertThat(gateway.logGroups(" orders ", null).items())
                .as("a pattern search gives names only: retention and size are not known")
                .extracting(LogGroupInfo::name, LogGroupInfo::detailed, LogGroupInfo::retentionDays)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/msk/orders", false, null),
                        org.assertj.core.groups.Tuple.tuple("/aws/vendedlogs/orders", false, null));
        assertThat(gateway.logGroups("  ", null).items()).isEmpty();
        assertThat(gateway.logGroups(null, null).items()).isEmpty();

        aws.verify(1, jsonSent(DESCRIBE).withRequestBody(equalToJson(
                "{\"logGroupNamePattern\": \"orders\", \"limit\": 50}")));
        aws.verify(2, jsonSent(DESCRIBE).withRequestBody(equalToJson("{\"limit\": 50}")));
    }

    @Test
    void anExactLookupFindsTheGroupAmongLongerNames() {
        aws.stubFor(json(DESCRIBE).willReturn(jsonOk(page("more",
                group("/msk/orders", 14, 2048, null, true), group("/msk/orders-archive", 14, 1, null, true)))));

        Optional<LogGroupInfo> found = gateway.logGroup("/msk/orders");

        assertThat(found).contains(new LogGroupInfo("/msk/orders",
                "arn:aws:logs:us-east-1:" + ACCOUNT + ":log-group:/msk/orders", 14, 2048, null));
        aws.verify(1, jsonSent(DESCRIBE).withRequestBody(equalToJson(
                "{\"logGroupNamePrefix\": \"/msk/orders\", \"limit\": 50}")));
    }

    @Test
    void anExactLookupStopsOnceThePageHasPassedTheNameAndSaysAbsent() {
        aws.stubFor(json(DESCRIBE).willReturn(jsonOk(page("more", group("/msk/orders-archive", 14, 1, null, true)))));

        assertThat(gateway.logGroup("/msk/orders")).isEmpty();

        aws.verify(1, jsonSent(DESCRIBE));
    }

    @Test
    void anExactLookupPagesOnWhileThePagesCouldStillHoldTheName() {
        aws.stubFor(json(DESCRIBE).withRequestBody(equalToJson("{\"logGroupNamePrefix\": \"/msk/orders\", \"limit\": 50}"))
                .willReturn(jsonOk(page("token-2"))));
        aws.stubFor(json(DESCRIBE).withRequestBody(equalToJson(
                        "{\"logGroupNamePrefix\": \"/msk/orders\", \"limit\": 50, \"nextToken\": \"token-2\"}"))
                .willReturn(jsonOk(page(null, group("/msk/orders", null, 0, null, true)))));
        aws.stubFor(json(DESCRIBE).withRequestBody(equalToJson("{\"logGroupNamePrefix\": \"/none\", \"limit\": 50}"))
                .willReturn(jsonOk(page(null))));

        assertThat(gateway.logGroup("/msk/orders")).map(LogGroupInfo::name).contains("/msk/orders");
        assertThat(gateway.logGroup("/none")).isEmpty();

        aws.verify(3, jsonSent(DESCRIBE));
    }

    @Test
    void resourcePoliciesAreReadFromEveryPageWithTheirDocumentLengths() {
        String document = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"AWSLogDeliveryWrite\"}]}";
        aws.stubFor(json(POLICIES).withRequestBody(equalToJson("{\"limit\": 50}")).willReturn(jsonOk(
                "{\"resourcePolicies\": [{\"policyName\": \"AWSLogDeliveryWrite20150319\", \"policyDocument\": "
                        + quoted(document) + ", \"lastUpdatedTime\": 1709288130000}], \"nextToken\": \"p2\"}")));
        aws.stubFor(json(POLICIES).withRequestBody(equalToJson("{\"limit\": 50, \"nextToken\": \"p2\"}"))
                .willReturn(jsonOk("{\"resourcePolicies\": [{\"policyName\": \"route53-query-logs\","
                        + " \"policyDocument\": \"{}\", \"lastUpdatedTime\": 1709288130001}]}")));

        List<ResourcePolicyInfo> policies = gateway.logResourcePolicies();

        assertThat(policies).containsExactly(
                new ResourcePolicyInfo("AWSLogDeliveryWrite20150319", document.length()),
                new ResourcePolicyInfo("route53-query-logs", 2));
        aws.verify(2, jsonSent(POLICIES));
    }

    @Test
    void createsALogGroupByName() {
        aws.stubFor(json(CREATE).willReturn(jsonOk("")));

        gateway.createLogGroup("/aws/vendedlogs/msk/orders");

        aws.verify(1, jsonSent(CREATE).withRequestBody(equalToJson(
                "{\"logGroupName\": \"/aws/vendedlogs/msk/orders\"}")));
    }

    @Test
    void aNewGroupGetsItsRetentionRightAfterItIsCreated() {
        aws.stubFor(json(CREATE).willReturn(jsonOk("")));
        aws.stubFor(json(RETENTION).willReturn(jsonOk("")));

        gateway.createLogGroup("/aws/vendedlogs/msk/orders", 30);

        aws.verify(1, jsonSent(CREATE).withRequestBody(equalToJson(
                "{\"logGroupName\": \"/aws/vendedlogs/msk/orders\"}")));
        aws.verify(1, jsonSent(RETENTION).withRequestBody(equalToJson(
                "{\"logGroupName\": \"/aws/vendedlogs/msk/orders\", \"retentionInDays\": 30}")));
    }

    @Test
    void aRetentionThatCannotBeSetSaysTheGroupWasCreatedAllTheSame() {
        aws.stubFor(json(CREATE).willReturn(jsonOk("")));
        aws.stubFor(json(RETENTION).willReturn(jsonError(400, "AccessDeniedException",
                "User is not authorized to perform: logs:PutRetentionPolicy")));

        assertThatThrownBy(() -> gateway.createLogGroup("/msk/orders", 30))
                .isInstanceOfSatisfying(GatewayException.class, e -> assertThat(e.getMessage())
                        .startsWith("Created log group /msk/orders, but its retention could not be set to 30 days: ")
                        .contains("logs:PutRetentionPolicy")
                        .endsWith("Its events are kept until a retention is set (CloudWatch console or aws logs "
                                + "put-retention-policy)."));
    }

    @Test
    void aGroupThatExistsAlreadyIsRefusedInCloudWatchLogsWords() {
        aws.stubFor(json(CREATE).willReturn(jsonError(400, "ResourceAlreadyExistsException",
                "The specified log group already exists")));

        assertThatThrownBy(() -> gateway.createLogGroup("/msk/orders"))
                .isInstanceOfSatisfying(GatewayException.class, e -> {
                    assertThat(e.failure()).isEqualTo(Failure.BAD_REQUEST);
                    assertThat(e.serviceMessage()).isEqualTo("The specified log group already exists");
                    assertThat(e.getMessage()).isEqualTo("CreateLogGroup of log group /msk/orders in us-east-1"
                            + " (profile stub) was refused by CloudWatch Logs: The specified log group already exists");
                });
    }

    @Test
    void aDeniedListingNamesTheLogsAction() {
        aws.stubFor(json(DESCRIBE).willReturn(jsonError(400, "AccessDeniedException", "User: arn:aws:iam::"
                + ACCOUNT + ":user/jane is not authorized to perform: logs:DescribeLogGroups")));

        assertThatThrownBy(() -> gateway.logGroups(null, null)).isInstanceOfSatisfying(GatewayException.class, e -> {
            assertThat(e.failure()).isEqualTo(Failure.ACCESS_DENIED);
            assertThat(e.operation()).isEqualTo("DescribeLogGroups");
            assertThat(e.getMessage()).startsWith("DescribeLogGroups in us-east-1 (profile stub) failed: access denied")
                    .endsWith("needs permission for logs:DescribeLogGroups on this resource.");
        });
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
