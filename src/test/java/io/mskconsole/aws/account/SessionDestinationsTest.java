package io.mskconsole.aws.account;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.mskconsole.aws.StubAccount;
import io.mskconsole.core.destinations.DestinationServices;
import io.mskconsole.core.destinations.KeyInfo;
import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.regions.Region;

/** The session's destination services: built lazily on the session's clients, sent to its endpoint, closed with it. */
class SessionDestinationsTest {
    static final String KEYS = AwsSessionTest.KEYS;
    static final String KEY_ARN = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";

    @RegisterExtension
    static WireMockExtension aws = StubAccount.localMsk();

    @TempDir
    Path dir;

    AwsSession open(String config, AwsClientSettings settings) {
        StubAccount.write(dir.resolve("config"), config);
        return AwsProfileDirectory.forFiles(dir.resolve("config"), dir.resolve("credentials"), Map.of(), settings)
                .open("p");
    }

    static void stubEveryService() {
        aws.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo("Logs_20140328.DescribeLogGroups"))
                .willReturn(json("{\"logGroups\": [{\"logGroupName\": \"/msk/orders\", \"storedBytes\": 5}]}")));
        aws.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo("TrentService.DescribeKey"))
                .willReturn(json("{\"KeyMetadata\": {\"KeyId\": \"1234abcd-12ab-34cd-56ef-1234567890ab\", \"Arn\": \""
                        + KEY_ARN + "\", \"KeyManager\": \"CUSTOMER\"}}")));
        aws.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo("Firehose_20150804.ListDeliveryStreams"))
                .willReturn(json("{\"DeliveryStreamNames\": [\"msk\"], \"HasMoreDeliveryStreams\": false}")));
        aws.stubFor(get(urlPathEqualTo("/")).willReturn(aResponse().withStatus(200).withHeader("Content-Type",
                "application/xml").withBody("<ListAllMyBucketsResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">"
                + "<Buckets><Bucket><Name>logs</Name><BucketRegion>us-east-1</BucketRegion></Bucket></Buckets>"
                + "</ListAllMyBucketsResult>")));
        aws.stubFor(post(urlEqualTo("/")).withRequestBody(containing("Action=GetCallerIdentity&"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/xml").withBody(
                        "<GetCallerIdentityResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">"
                                + "<GetCallerIdentityResult><Arn>arn:aws:sts::123456789012:assumed-role/Ops/s</Arn>"
                                + "<UserId>AROA:s</UserId><Account>123456789012</Account></GetCallerIdentityResult>"
                                + "</GetCallerIdentityResponse>")));
        aws.stubFor(post(urlEqualTo("/")).withRequestBody(containing("Action=GetRole&"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/xml").withBody(
                        "<GetRoleResponse xmlns=\"https://iam.amazonaws.com/doc/2010-05-08/\"><GetRoleResult><Role>"
                                + "<Path>/team/</Path><RoleName>Ops</RoleName><RoleId>AROA</RoleId>"
                                + "<Arn>arn:aws:iam::123456789012:role/team/Ops</Arn>"
                                + "<CreateDate>2023-06-01T08:00:00Z</CreateDate></Role></GetRoleResult>"
                                + "</GetRoleResponse>")));
    }

    static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/x-amz-json-1.1").withBody(body);
    }

    @Test
    void buildsNothingUntilUsedThenOneClientPerServiceAndRegionAtTheOverriddenEndpoint() {
        stubEveryService();
        try (AwsSession session = open("[profile p]\nregion = us-east-1\n" + KEYS, StubAccount.patientSettings(aws.baseUrl()))) {
            DestinationServices services = session.destinations(" us-east-1 ");
            assertThat(services.region()).isEqualTo("us-east-1");
            assertThat(session.clientCount()).as("asking for the services builds nothing").isZero();

            assertThat(services.destinations().logGroups(null, null).items()).hasSize(1);
            assertThat(services.destinations().logGroups("/msk", null).items()).hasSize(1);
            assertThat(services.destinations().buckets(null).items()).hasSize(1);
            assertThat(services.destinations().deliveryStreams(null).items()).containsExactly("msk");
            assertThat(services.keys().describeKey(KEY_ARN)).isEqualTo(new KeyInfo(KEY_ARN, false));
            assertThat(services.permissions().caller().principalArn()).isEqualTo("arn:aws:iam::123456789012:role/team/Ops");
            assertThat(session.destinations("us-east-1").keys().describeKey("alias/k").arn()).isEqualTo(KEY_ARN);

            assertThat(session.clientCount()).as("logs, s3, firehose, kms, sts, iam").isEqualTo(6);
        }
        List<LoggedRequest> sent = aws.findAll(anyRequestedFor(anyUrl()));
        assertThat(sent).hasSize(8).allSatisfy(request ->
                assertThat(request.getHeader("Authorization")).matches(StubAccount.SIGNED_BY_STUB));
        LoggedRequest getRole = aws.findAll(postRequestedFor(urlEqualTo("/"))
                .withRequestBody(containing("Action=GetRole&"))).get(0);
        assertThat(getRole.getHeader("Authorization")).contains("/iam/aws4_request");
    }

    @Test
    void whoTheCallerIsAndWhatIamAllowsAreAskedOncePerAccountUntilCheckAgain() {
        stubEveryService();
        aws.stubFor(post(urlEqualTo("/")).withRequestBody(containing("Action=SimulatePrincipalPolicy&"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/xml").withBody(
                        "<SimulatePrincipalPolicyResponse xmlns=\"https://iam.amazonaws.com/doc/2010-05-08/\">"
                                + "<SimulatePrincipalPolicyResult><IsTruncated>false</IsTruncated><EvaluationResults>"
                                + "<member><EvalActionName>logs:PutResourcePolicy</EvalActionName>"
                                + "<EvalDecision>allowed</EvalDecision></member></EvaluationResults>"
                                + "</SimulatePrincipalPolicyResult></SimulatePrincipalPolicyResponse>")));
        try (AwsSession session = open("[profile p]\nregion = us-east-1\n" + KEYS,
                StubAccount.patientSettings(aws.baseUrl()))) {
            for (String region : List.of("us-east-1", "eu-west-1", "us-east-1")) {
                DestinationServices services = session.destinations(region);
                assertThat(services.permissions().caller().account()).isEqualTo("123456789012");
                assertThat(services.permissions().simulate("arn:aws:iam::123456789012:role/Ops",
                        List.of("logs:PutResourcePolicy"), "*", Map.of())).containsKey("logs:PutResourcePolicy");
            }
            aws.verify(1, postRequestedFor(urlEqualTo("/")).withRequestBody(containing("Action=GetCallerIdentity&")));
            aws.verify(1, postRequestedFor(urlEqualTo("/")).withRequestBody(containing("Action=GetRole&")));
            aws.verify(1, postRequestedFor(urlEqualTo("/"))
                    .withRequestBody(containing("Action=SimulatePrincipalPolicy&")));

            session.destinations("eu-west-1").permissions().forgetAnswers();
            session.destinations("us-east-1").permissions().caller();
            aws.verify(2, postRequestedFor(urlEqualTo("/")).withRequestBody(containing("Action=GetCallerIdentity&")));
        }
    }

    @Test
    void aProfilesEndpointUrlIsHonouredWithoutAnyOverride() {
        stubEveryService();
        String config = "[profile p]\nregion = us-east-1\nendpoint_url = http://127.0.0.1:" + aws.getPort() + "\n" + KEYS;

        try (AwsSession session = open(config, StubAccount.patientSettings(aws.baseUrl()).withEndpointOverride(null))) {
            assertThat(session.destinations("us-east-1").destinations().logGroups(null, null).items()).hasSize(1);
            assertThat(session.destinations("us-east-1").permissions().caller().account()).isEqualTo("123456789012");
        }
        aws.verify(1, postRequestedFor(urlEqualTo("/")).withHeader("X-Amz-Target",
                matching("Logs_20140328.DescribeLogGroups")));
    }

    @Test
    void afterCloseEveryCallIsAConfigurationFailureAndNothingIsSent() {
        stubEveryService();
        AwsSession session = open("[profile p]\nregion = us-east-1\n" + KEYS, StubAccount.patientSettings(aws.baseUrl()));
        DestinationServices services = session.destinations("us-east-1");
        services.destinations().logGroups(null, null);
        services.keys().describeKey(KEY_ARN);
        aws.resetRequests();

        session.close();

        assertThat(session.clientCount()).isZero();
        List<ThrowingCallable> calls = List.of(
                () -> services.destinations().logGroups(null, null),
                () -> services.destinations().logGroup("/msk/orders"),
                () -> services.destinations().buckets(null),
                () -> services.destinations().bucket("logs"),
                () -> services.destinations().createBucket("logs"),
                () -> services.destinations().deliveryStream("msk"),
                () -> services.destinations().logResourcePolicies(),
                () -> services.keys().describeKey(KEY_ARN),
                () -> services.keys().putKeyPolicy(KEY_ARN, "{}"),
                () -> services.permissions().caller(),
                () -> services.permissions().simulate("arn:aws:iam::123456789012:role/Ops", List.of("s3:ListBucket"),
                        "*", Map.of()));
        for (ThrowingCallable call : calls) {
            assertThatThrownBy(call).isInstanceOfSatisfying(GatewayException.class, e -> {
                assertThat(e.failure()).isEqualTo(Failure.CONFIGURATION);
                assertThat(e.getMessage()).contains("was not sent: the session of profile p was closed");
            });
        }
        assertThatThrownBy(() -> services.destinations().logGroups(null, null)).hasMessageStartingWith(
                "DescribeLogGroups in us-east-1 (profile p) was not sent");
        aws.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aMissingRegionIsAConfigurationFailure() {
        try (AwsSession session = open("[profile p]\n" + KEYS, AwsClientSettings.production())) {
            assertThatThrownBy(() -> session.destinations("")).isInstanceOfSatisfying(GatewayException.class,
                    e -> assertThat(e.failure()).isEqualTo(Failure.CONFIGURATION));
        }
    }

    @Test
    void aClientThatCannotBeBuiltNamesItsService() {
        try (AwsSession session = open("[profile p]\nregion = us-east-1\n" + KEYS,
                StubAccount.patientSettings(aws.baseUrl()).withEndpointOverride(null))) {
            assertThatThrownBy(() -> session.destinations("not a region!").destinations().deliveryStreams(null))
                    .isInstanceOfSatisfying(GatewayException.class, e -> {
                        assertThat(e.failure()).isEqualTo(Failure.CONFIGURATION);
                        assertThat(e.getMessage()).startsWith("ListDeliveryStreams in not a region! (profile p) was"
                                + " not sent: the Firehose client for region not a region! could not be set up");
                    });
        }
        aws.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void iamIsAskedAtThePartitionsGlobalEndpointAndStsInTheRegion() {
        assertThat(PartitionRegions.globalRegionFor("eu-west-1")).isEqualTo(Region.AWS_GLOBAL);
        assertThat(PartitionRegions.globalRegionFor("cn-northwest-1")).isEqualTo(Region.AWS_CN_GLOBAL);
        assertThat(PartitionRegions.globalRegionFor("us-gov-west-1")).isEqualTo(Region.AWS_US_GOV_GLOBAL);
        stubEveryService();

        try (AwsSession session = open("[profile p]\nregion = cn-north-1\n" + KEYS, StubAccount.patientSettings(aws.baseUrl()))) {
            session.destinations("cn-north-1").permissions().caller();
            // who the caller is is kept for the account: forgotten, it is asked again in the other region
            session.destinations("cn-northwest-1").permissions().forgetAnswers();
            session.destinations("cn-northwest-1").permissions().caller();

            assertThat(session.clientCount()).as("STS in each region, one IAM client for the partition").isEqualTo(3);
        }
        List<String> scopes = aws.findAll(postRequestedFor(urlEqualTo("/"))).stream()
                .map(r -> r.getHeader("Authorization").split("/", 2)[1].split(",")[0].replaceFirst("^\\d{8}/", ""))
                .toList();
        assertThat(scopes).as("the signing scope: region and service of the client").containsExactlyInAnyOrder(
                "cn-north-1/sts/aws4_request", "aws-cn-global/iam/aws4_request",
                "cn-northwest-1/sts/aws4_request", "aws-cn-global/iam/aws4_request");
    }
}
