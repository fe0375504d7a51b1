package io.mskconsole.aws.network;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.mskconsole.aws.StubAccount;
import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.create.NetworkGateway;
import io.mskconsole.core.create.SecurityGroup;
import io.mskconsole.core.create.Subnet;
import io.mskconsole.core.create.Vpc;
import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * EC2's listings over real HTTP, in EC2's query protocol: a form-encoded POST with Action and Version, XML answers
 * ({@code <subnetSet><item>...}), {@code NextToken} paging.
 */
class NetworkOverHttpTest {
    static final String NS = "http://ec2.amazonaws.com/doc/2016-11-15/";
    static final String VPC = "vpc-0a1b2c3d4e5f60002";

    @RegisterExtension
    static WireMockExtension ec2 = StubAccount.localMsk();

    @TempDir
    Path home;
    NetworkGateway network;

    @BeforeEach
    void openStubProfile() {
        // patient timeouts: the first call loads the EC2 client, which on a busy machine takes longer than 1.5 s
        network = StubAccount.open(home, StubAccount.patientSettings(ec2.baseUrl())).network(StubAccount.REGION);
    }

    static ResponseDefinitionBuilder xml(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "text/xml;charset=UTF-8").withBody(body);
    }

    static String response(String action, String items, String nextToken) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<" + action + "Response xmlns=\"" + NS + "\">\n"
                + "  <requestId>7a62c49f-347e-4fc4-9331-6e8eEXAMPLE</requestId>\n" + items
                + (nextToken == null ? "" : "  <nextToken>" + nextToken + "</nextToken>\n") + "</" + action + "Response>\n";
    }

    static String subnet(String id, String zone, String zoneId, String name) {
        String tags = name == null ? "<tagSet/>" : "<tagSet><item><key>Name</key><value>" + name + "</value></item>"
                + "<item><key>team</key><value>platform</value></item></tagSet>";
        return "<item><subnetId>" + id + "</subnetId><state>available</state><vpcId>" + VPC + "</vpcId>"
                + "<cidrBlock>10.20.1.0/24</cidrBlock><availableIpAddressCount>250</availableIpAddressCount>"
                + "<availabilityZone>" + zone + "</availabilityZone><availabilityZoneId>" + zoneId
                + "</availabilityZoneId><defaultForAz>false</defaultForAz><mapPublicIpOnLaunch>false"
                + "</mapPublicIpOnLaunch>" + tags + "</item>";
    }

    /** The decoded form fields of a request, in the order sent. */
    static Map<String, String> form(LoggedRequest request) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : request.getBodyAsString().split("&")) {
            int equals = pair.indexOf('=');
            fields.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
        return fields;
    }

    @Test
    void listsEverySubnetOfAVpcPageByPageWithItsZone() {
        ec2.stubFor(post(urlEqualTo("/")).withRequestBody(containing("Action=DescribeSubnets&"))
                .withRequestBody(containing("NextToken=page-2")).willReturn(xml(200, response("DescribeSubnets",
                        "  <subnetSet>" + subnet("subnet-0c3", "us-east-1c", "use1-az1", null) + "</subnetSet>\n", null)))
                .atPriority(1));
        ec2.stubFor(post(urlEqualTo("/")).withRequestBody(containing("Action=DescribeSubnets&"))
                .willReturn(xml(200, response("DescribeSubnets", "  <subnetSet>"
                        + subnet("subnet-0a1", "us-east-1a", "use1-az4", "msk-private-a")
                        + subnet("subnet-0b2", "us-east-1b", "use1-az6", "msk-private-b") + "</subnetSet>\n", "page-2")))
                .atPriority(2));

        List<Subnet> subnets = network.subnets(VPC, Cancellation.none());

        assertThat(subnets).containsExactly(
                new Subnet("subnet-0a1", VPC, "us-east-1a", "use1-az4", "10.20.1.0/24", "msk-private-a"),
                new Subnet("subnet-0b2", VPC, "us-east-1b", "use1-az6", "10.20.1.0/24", "msk-private-b"),
                new Subnet("subnet-0c3", VPC, "us-east-1c", "use1-az1", "10.20.1.0/24", null));
        assertThat(subnets.get(0).label()).isEqualTo("subnet-0a1 (us-east-1a, use1-az4)");
        List<LoggedRequest> sent = ec2.findAll(postRequestedFor(urlEqualTo("/"))
                .withHeader("Content-Type", containing("application/x-www-form-urlencoded")));
        assertThat(sent).hasSize(2);
        assertThat(form(sent.get(0))).isEqualTo(Map.of("Action", "DescribeSubnets", "Version", "2016-11-15",
                "Filter.1.Name", "vpc-id", "Filter.1.Value.1", VPC, "MaxResults", "100"));
        assertThat(form(sent.get(1))).isEqualTo(Map.of("Action", "DescribeSubnets", "Version", "2016-11-15",
                "Filter.1.Name", "vpc-id", "Filter.1.Value.1", VPC, "MaxResults", "100", "NextToken", "page-2"));
        assertThat(sent.get(0).getHeader("Authorization")).matches(StubAccount.SIGNED_BY_STUB)
                .contains("/us-east-1/ec2/aws4_request");
    }

    @Test
    void listsVpcsAndSecurityGroups() {
        ec2.stubFor(post(urlEqualTo("/")).withRequestBody(containing("Action=DescribeVpcs&"))
                .willReturn(xml(200, response("DescribeVpcs", "  <vpcSet>"
                        + "<item><vpcId>vpc-0default</vpcId><state>available</state><cidrBlock>172.31.0.0/16</cidrBlock>"
                        + "<isDefault>true</isDefault></item>"
                        + "<item><vpcId>" + VPC + "</vpcId><state>available</state><cidrBlock>10.20.0.0/16</cidrBlock>"
                        + "<isDefault>false</isDefault><tagSet><item><key>Name</key><value>msk-network</value></item>"
                        + "</tagSet></item></vpcSet>\n", null))));
        ec2.stubFor(post(urlEqualTo("/")).withRequestBody(containing("Action=DescribeSecurityGroups&"))
                .willReturn(xml(200, response("DescribeSecurityGroups", "  <securityGroupInfo>"
                        + "<item><ownerId>123456789012</ownerId><groupId>sg-0b1</groupId><groupName>msk-brokers</groupName>"
                        + "<groupDescription>Kafka brokers</groupDescription><vpcId>" + VPC + "</vpcId>"
                        + "<ipPermissions/><ipPermissionsEgress/></item></securityGroupInfo>\n", null))));

        assertThat(network.vpcs(Cancellation.none())).containsExactly(
                new Vpc("vpc-0default", null, "172.31.0.0/16", true),
                new Vpc(VPC, "msk-network", "10.20.0.0/16", false));
        assertThat(network.securityGroups(null, Cancellation.none())).containsExactly(
                new SecurityGroup("sg-0b1", "msk-brokers", "Kafka brokers", VPC));
        assertThat(form(ec2.findAll(postRequestedFor(urlEqualTo("/"))
                .withRequestBody(containing("Action=DescribeSecurityGroups&"))).get(0)))
                .isEqualTo(Map.of("Action", "DescribeSecurityGroups", "Version", "2016-11-15", "MaxResults", "100"));
        assertThat(form(ec2.findAll(postRequestedFor(urlEqualTo("/"))
                .withRequestBody(containing("Action=DescribeVpcs&"))).get(0)))
                .isEqualTo(Map.of("Action", "DescribeVpcs", "Version", "2016-11-15", "MaxResults", "100"));
    }

    @Test
    void ec2RefusalsAreWordedWithTheActionToAskFor() {
        ec2.stubFor(post(urlEqualTo("/")).willReturn(xml(403, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<Response><Errors><Error><Code>UnauthorizedOperation</Code><Message>You are not authorized to "
                + "perform this operation.</Message></Error></Errors><RequestID>5e1b2c3d</RequestID></Response>")));

        assertThatThrownBy(() -> network.subnets(null, Cancellation.none()))
                .isInstanceOfSatisfying(GatewayException.class, e -> {
                    assertThat(e.failure()).isEqualTo(Failure.ACCESS_DENIED);
                    assertThat(e.operation()).isEqualTo("DescribeSubnets");
                    assertThat(e.getMessage()).isEqualTo("DescribeSubnets in us-east-1 (profile stub) failed: access "
                            + "denied (You are not authorized to perform this operation). The identity of profile "
                            + "stub needs permission for ec2:DescribeSubnets on this resource.");
                });
    }

    @Test
    void throttlingIsSaidAsSuch() {
        ec2.stubFor(post(urlEqualTo("/")).willReturn(xml(503, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<Response><Errors><Error><Code>RequestLimitExceeded</Code><Message>Request limit exceeded."
                + "</Message></Error></Errors><RequestID>5e1b2c3e</RequestID></Response>")));

        assertThatThrownBy(() -> network.vpcs(Cancellation.none())).isInstanceOfSatisfying(GatewayException.class,
                e -> {
                    assertThat(e.failure()).isEqualTo(Failure.THROTTLED);
                    assertThat(e.getMessage()).contains("DescribeVpcs in us-east-1 (profile stub) was throttled by "
                            + "Amazon EC2");
                });
    }

    @Test
    void aCancelledListingGivesNothing() {
        Cancellation cancelled = new Cancellation();
        cancelled.cancel();
        assertThat(network.vpcs(cancelled)).isEmpty();
        ec2.verify(0, postRequestedFor(urlEqualTo("/")));
    }
}
