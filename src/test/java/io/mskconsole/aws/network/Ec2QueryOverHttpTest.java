package io.mskconsole.aws.network;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.mskconsole.aws.network.NetworkOverHttpTest.VPC;
import static io.mskconsole.aws.network.NetworkOverHttpTest.response;
import static io.mskconsole.aws.network.NetworkOverHttpTest.subnet;
import static io.mskconsole.aws.network.NetworkOverHttpTest.xml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.mskconsole.aws.StubAccount;
import io.mskconsole.aws.account.AwsClientSettings;
import io.mskconsole.aws.account.AwsProfileDirectory;
import io.mskconsole.aws.account.AwsSession;
import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.create.NetworkGateway;
import io.mskconsole.core.create.Subnet;
import io.mskconsole.core.create.Vpc;
import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The EC2 query client on the wire: the exact signed POST (checked from scratch by {@link SigV4Check}), the session
 * token of temporary credentials, retries as the settings allow, and clear messages for dropped connections,
 * timeouts and answers that are not EC2's XML.
 */
class Ec2QueryOverHttpTest {
    static final String VPCS = response("DescribeVpcs", "  <vpcSet><item><vpcId>" + VPC + "</vpcId>"
            + "<cidrBlock>10.20.0.0/16</cidrBlock><isDefault>false</isDefault></item></vpcSet>\n", null);
    static final Vpc THE_VPC = new Vpc(VPC, null, "10.20.0.0/16", false);

    @RegisterExtension
    static WireMockExtension ec2 = StubAccount.localMsk();

    @TempDir
    Path home;

    NetworkGateway network(AwsClientSettings settings) {
        return StubAccount.open(home, settings).network(StubAccount.REGION);
    }

    NetworkGateway network() {
        return network(StubAccount.settings(ec2.baseUrl()));
    }

    String where() {
        return "127.0.0.1:" + ec2.getPort();
    }

    @Test
    void aListingIsOneSignedFormPostToTheRootAsWritten() throws Exception {
        try (RawHttpServer raw = new RawHttpServer(response("DescribeSubnets", "  <subnetSet>"
                + subnet("subnet-0a1", "us-east-1a", "use1-az4", "msk-private-a") + "</subnetSet>\n", null))) {
            assertThat(network(StubAccount.settings(raw.baseUrl())).subnets(VPC, Cancellation.none())).containsExactly(
                    new Subnet("subnet-0a1", VPC, "us-east-1a", "use1-az4", "10.20.1.0/24", "msk-private-a"));

            assertThat(raw.received()).hasSize(1);
            RawHttpServer.Received request = raw.received().get(0);
            assertThat(request.requestLine()).isEqualTo("POST / HTTP/1.1");
            assertThat(request.bodyText()).isEqualTo("Action=DescribeSubnets&Version=2016-11-15&MaxResults=100"
                    + "&Filter.1.Name=vpc-id&Filter.1.Value.1=" + VPC);
            assertThat(request.headers()).containsEntry("content-type", "application/x-www-form-urlencoded; charset=utf-8")
                    .containsEntry("content-length", Integer.toString(request.body().length))
                    .containsEntry("host", "127.0.0.1:" + raw.port())
                    .doesNotContainKey("x-amz-security-token");
            String date = request.header("X-Amz-Date");
            assertThat(date).matches("\\d{8}T\\d{6}Z");
            assertThat(request.header("Authorization")).matches(StubAccount.SIGNED_BY_STUB)
                    .startsWith("AWS4-HMAC-SHA256 Credential=" + StubAccount.ACCESS_KEY_ID + "/" + date.substring(0, 8)
                            + "/us-east-1/ec2/aws4_request, SignedHeaders=content-length;content-type;host;");
            SigV4Check.assertSigned(request, StubAccount.ACCESS_KEY_ID, "fakeSecretForTestsOnly", "us-east-1");
        }
    }

    @Test
    void temporaryCredentialsSendAndSignTheirSessionToken() throws Exception {
        StubAccount.write(home.resolve("config"), "[profile temp]\nregion = eu-west-1\n");
        StubAccount.write(home.resolve("credentials"), "[temp]\naws_access_key_id = ASIAFAKEFORTESTS0002\n"
                + "aws_secret_access_key = tempSecretForTests\naws_session_token = FwoGZXIvYXdzEFAKE/token+with=chars\n");
        try (RawHttpServer raw = new RawHttpServer(VPCS)) {
            AwsSession session = AwsProfileDirectory.forFiles(home.resolve("config"), home.resolve("credentials"),
                    Map.of(), StubAccount.settings(raw.baseUrl())).open("temp");

            assertThat(session.network("eu-west-1").vpcs(Cancellation.none())).containsExactly(THE_VPC);

            RawHttpServer.Received request = raw.received().get(0);
            assertThat(request.bodyText()).isEqualTo("Action=DescribeVpcs&Version=2016-11-15&MaxResults=100");
            assertThat(request.header("X-Amz-Security-Token")).isEqualTo("FwoGZXIvYXdzEFAKE/token+with=chars");
            assertThat(request.header("Authorization")).contains("Credential=ASIAFAKEFORTESTS0002/")
                    .contains("/eu-west-1/ec2/aws4_request").contains(";x-amz-security-token");
            SigV4Check.assertSigned(request, "ASIAFAKEFORTESTS0002", "tempSecretForTests", "eu-west-1");
        }
    }

    @Test
    void theWireMockStubSeesTheSameForm() {
        ec2.stubFor(post(urlEqualTo("/")).willReturn(xml(200, VPCS)));

        network().vpcs(Cancellation.none());

        LoggedRequest request = ec2.findAll(anyRequestedFor(anyUrl())).get(0);
        assertThat(request.getMethod().getName()).isEqualTo("POST");
        assertThat(request.getUrl()).isEqualTo("/");
        assertThat(request.getBodyAsString()).isEqualTo("Action=DescribeVpcs&Version=2016-11-15&MaxResults=100");
        assertThat(request.getHeader("Content-Type")).isEqualToIgnoringCase(Ec2QueryClient.CONTENT_TYPE);
        assertThat(request.getHeader("Authorization")).matches(SigV4Check.AUTHORIZATION);
    }

    @Test
    void aServerErrorIsTriedAgainWhenTheSettingsAllowASecondAttempt() {
        ec2.stubFor(post(urlEqualTo("/")).inScenario("blip").whenScenarioStateIs(Scenario.STARTED)
                .willSetStateTo("recovered").willReturn(xml(500, "<Response><Errors><Error><Code>InternalError"
                        + "</Code><Message>An internal error has occurred.</Message></Error></Errors>"
                        + "<RequestID>e-1</RequestID></Response>")));
        ec2.stubFor(post(urlEqualTo("/")).inScenario("blip").whenScenarioStateIs("recovered")
                .willReturn(xml(200, VPCS)));

        assertThat(network(StubAccount.settings(ec2.baseUrl()).withMaxAttempts(2)).vpcs(Cancellation.none()))
                .containsExactly(THE_VPC);

        List<LoggedRequest> sent = ec2.findAll(postRequestedFor(urlEqualTo("/")));
        assertThat(sent).hasSize(2);
        assertThat(sent.get(1).getBodyAsString()).isEqualTo(sent.get(0).getBodyAsString());
        assertThat(sent.get(1).getHeader("Authorization")).matches(SigV4Check.AUTHORIZATION);
    }

    @Test
    void withOneAttemptAServerErrorIsSaidAtOnce() {
        ec2.stubFor(post(urlEqualTo("/")).willReturn(xml(500, "<Response><Errors><Error><Code>InternalError"
                + "</Code><Message>An internal error has occurred.</Message></Error></Errors>"
                + "<RequestID>e-1</RequestID></Response>")));

        GatewayException e = listingFails(network());

        assertThat(e.failure()).isEqualTo(Failure.SERVICE_UNAVAILABLE);
        assertThat(e.getMessage()).isEqualTo("DescribeVpcs in us-east-1 (profile stub) failed: Amazon EC2 answered "
                + "HTTP 500 (An internal error has occurred). The problem is on AWS's side; try again in a few minutes.");
        assertThat(e.serviceMessage()).isEqualTo("An internal error has occurred.");
        ec2.verify(1, postRequestedFor(urlEqualTo("/")));
    }

    @Test
    void throttlingIsTriedAgainWhenTheSettingsAllow() {
        ec2.stubFor(post(urlEqualTo("/")).inScenario("busy").whenScenarioStateIs(Scenario.STARTED)
                .willSetStateTo("calm").willReturn(xml(503, "<Response><Errors><Error><Code>RequestLimitExceeded"
                        + "</Code><Message>Request limit exceeded.</Message></Error></Errors>"
                        + "<RequestID>t-1</RequestID></Response>")));
        ec2.stubFor(post(urlEqualTo("/")).inScenario("busy").whenScenarioStateIs("calm").willReturn(xml(200, VPCS)));

        assertThat(network(StubAccount.settings(ec2.baseUrl()).withMaxAttempts(2)).vpcs(Cancellation.none()))
                .containsExactly(THE_VPC);
        ec2.verify(2, postRequestedFor(urlEqualTo("/")));
    }

    @Test
    void aDroppedConnectionSaysEc2CouldNotBeReached() {
        ec2.stubFor(post(urlEqualTo("/")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        GatewayException e = listingFails(network());

        assertThat(e.failure()).isEqualTo(Failure.CONNECTION);
        assertThat(e.operation()).isEqualTo("DescribeVpcs");
        assertThat(e.getMessage()).startsWith("Could not reach Amazon EC2 in us-east-1 (" + where() + "): ")
                .endsWith(". Check the network, VPN or proxy.").containsIgnoringCase("reset");
    }

    @Test
    void aDroppedConnectionIsTriedAgainWhenTheSettingsAllow() {
        ec2.stubFor(post(urlEqualTo("/")).inScenario("drop").whenScenarioStateIs(Scenario.STARTED)
                .willSetStateTo("back").willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));
        ec2.stubFor(post(urlEqualTo("/")).inScenario("drop").whenScenarioStateIs("back").willReturn(xml(200, VPCS)));

        assertThat(network(StubAccount.settings(ec2.baseUrl()).withMaxAttempts(2)).vpcs(Cancellation.none()))
                .containsExactly(THE_VPC);
        ec2.verify(2, postRequestedFor(urlEqualTo("/")));
    }

    @Test
    void nothingListeningIsAConnectionFailureNamingTheHost() {
        GatewayException e = listingFails(network(StubAccount.settings("http://127.0.0.1:9")));

        assertThat(e.failure()).isEqualTo(Failure.CONNECTION);
        assertThat(e.getMessage()).isEqualTo("Could not reach Amazon EC2 in us-east-1 (127.0.0.1:9): Connection"
                + " refused. Check the network, VPN or proxy.");
    }

    @Test
    void anAnswerSlowerThanTheAttemptTimeoutTimesOut() {
        ec2.stubFor(post(urlEqualTo("/")).willReturn(xml(200, VPCS).withFixedDelay(4_000)));
        long start = System.nanoTime();

        GatewayException e = listingFails(network());

        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("the 1.5 s attempt timeout")
                .isLessThan(Duration.ofMillis(3_500));
        assertThat(e.failure()).isEqualTo(Failure.TIMEOUT);
        assertThat(e.getMessage()).isEqualTo("DescribeVpcs in us-east-1 (profile stub) timed out: Amazon EC2 did not"
                + " answer in time. Check the network, VPN or proxy, and try again.");
    }

    @Test
    void malformedXmlIsSaidInOneLineNamingWhereItBroke() {
        ec2.stubFor(post(urlEqualTo("/")).willReturn(xml(200, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<DescribeVpcsResponse xmlns=\"" + NetworkOverHttpTest.NS + "\"><vpcSet><item><vpcId>vpc-1</vpcId>")));

        GatewayException e = listingFails(network());

        assertThat(e.operation()).isEqualTo("DescribeVpcs");
        assertThat(e.getMessage()).startsWith("DescribeVpcs in us-east-1 (profile stub) failed: the answer of Amazon"
                + " EC2 (HTTP 200) could not be read: it is not well-formed XML (line 2, column ")
                .endsWith(").").doesNotContain("\n").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void anAnswerThatIsNotEc2sIsNamedForWhatItIs() {
        ec2.stubFor(post(urlEqualTo("/")).willReturn(aResponse().withStatus(200).withHeader("Content-Type",
                "text/html").withBody("<html><body>Sign in to the proxy</body></html>")));

        GatewayException e = listingFails(network());

        assertThat(e.getMessage()).isEqualTo("DescribeVpcs in us-east-1 (profile stub) failed: the answer of Amazon"
                + " EC2 (HTTP 200) is not a DescribeVpcsResponse but a <html> document.");
    }

    @Test
    void anErrorPageWithoutEc2sDetailsIsWordedByItsStatus() {
        ec2.stubFor(post(urlEqualTo("/")).willReturn(aResponse().withStatus(502).withHeader("Content-Type",
                "text/plain").withBody("upstream went away")));

        GatewayException e = listingFails(network());

        assertThat(e.failure()).isEqualTo(Failure.SERVICE_UNAVAILABLE);
        assertThat(e.getMessage()).startsWith("DescribeVpcs in us-east-1 (profile stub) failed: Amazon EC2 answered"
                + " HTTP 502 (").contains("without EC2's error details");
    }

    @Test
    void anEmptyAnswerIsSaidAsSuch() {
        ec2.stubFor(post(urlEqualTo("/")).willReturn(aResponse().withStatus(200)));

        assertThat(listingFails(network()).getMessage()).isEqualTo("DescribeVpcs in us-east-1 (profile stub) failed:"
                + " the answer of Amazon EC2 (HTTP 200) could not be read: it is empty.");
    }

    @Test
    void credentialsEc2CannotValidateAreAnAccessFailure() {
        ec2.stubFor(post(urlEqualTo("/")).willReturn(xml(401, "<Response><Errors><Error><Code>AuthFailure</Code>"
                + "<Message>AWS was not able to validate the provided access credentials</Message></Error></Errors>"
                + "<RequestID>a-1</RequestID></Response>")));

        GatewayException e = listingFails(network());

        assertThat(e.failure()).isEqualTo(Failure.ACCESS_DENIED);
        assertThat(e.getMessage()).isEqualTo("DescribeVpcs in us-east-1 (profile stub) failed: access denied (AWS was"
                + " not able to validate the provided access credentials). The identity of profile stub needs"
                + " permission for ec2:DescribeVpcs on this resource.");
    }

    @Test
    void aDocumentTypeIsRefusedSoNoEntityIsRead() {
        ec2.stubFor(post(urlEqualTo("/")).willReturn(xml(200, "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY x "
                + "SYSTEM \"file:///etc/hostname\">]>\n<DescribeVpcsResponse><vpcSet><item><vpcId>&x;</vpcId></item>"
                + "</vpcSet></DescribeVpcsResponse>")));

        GatewayException e = listingFails(network());

        assertThat(e.getMessage()).isEqualTo("DescribeVpcs in us-east-1 (profile stub) failed: the answer of Amazon"
                + " EC2 (HTTP 200) could not be read: it declares a document type (line 2), which EC2's answers never"
                + " do, so it was not read.");
    }

    @Test
    void listingsStopBetweenPagesOnceCancelled() throws Exception {
        Cancellation cancellation = new Cancellation();
        ec2.stubFor(post(urlEqualTo("/")).willReturn(xml(200, response("DescribeSubnets", "  <subnetSet>"
                + subnet("subnet-0a1", "us-east-1a", "use1-az4", null) + "</subnetSet>\n", "page-2"))
                .withFixedDelay(1_000)));
        NetworkGateway network = network(StubAccount.patientSettings(ec2.baseUrl()));
        CompletableFuture<List<Subnet>> listing =
                CompletableFuture.supplyAsync(() -> network.subnets(VPC, cancellation));
        long giveUp = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (ec2.findAll(postRequestedFor(urlEqualTo("/"))).isEmpty() && System.nanoTime() < giveUp) {
            Thread.sleep(10);
        }

        cancellation.cancel();

        assertThat(listing.get(10, TimeUnit.SECONDS)).as("the first page came after the cancel").isEmpty();
        ec2.verify(1, postRequestedFor(urlEqualTo("/")));
    }

    @Test
    void aClosedSessionSendsNothing() {
        ec2.stubFor(post(urlEqualTo("/")).willReturn(xml(200, VPCS)));
        AwsSession session = StubAccount.open(home, StubAccount.settings(ec2.baseUrl()));
        NetworkGateway network = session.network(StubAccount.REGION);
        network.vpcs(Cancellation.none());

        session.close();
        GatewayException e = listingFails(network);

        assertThat(e.failure()).isEqualTo(Failure.CONFIGURATION);
        assertThat(e.getMessage()).contains("was not sent: the session of profile stub was closed");
        ec2.verify(1, postRequestedFor(urlEqualTo("/")));
    }

    @Test
    void aProfileWithoutCredentialsSendsNothing() {
        StubAccount.write(home.resolve("config"), "[profile empty]\nregion = us-east-1\n");
        AwsSession session = AwsProfileDirectory.forFiles(home.resolve("config"), home.resolve("credentials"),
                Map.of(), StubAccount.settings(ec2.baseUrl())).open("empty");

        GatewayException e = listingFails(session.network("us-east-1"));

        assertThat(e.failure()).isEqualTo(Failure.NO_CREDENTIALS);
        assertThat(e.getMessage()).startsWith("DescribeVpcs in us-east-1 (profile empty) failed: no AWS credentials"
                + " found for profile empty");
        ec2.verify(0, anyRequestedFor(anyUrl()));
    }

    static GatewayException listingFails(NetworkGateway network) {
        return catchThrowableOfType(() -> network.vpcs(Cancellation.none()), GatewayException.class);
    }
}
