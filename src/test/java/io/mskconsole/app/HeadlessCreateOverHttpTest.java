package io.mskconsole.app;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.mskconsole.aws.StubAccount;
import io.mskconsole.aws.destinations.HealthyAccountStubs;
import io.mskconsole.cli.CliEnvironment;
import io.mskconsole.cli.MskConsoleCli;
import io.mskconsole.core.account.Accounts;
import io.mskconsole.sandbox.SandboxSession;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cluster create} on the real AWS adapters, over HTTP to one stub playing MSK, EC2 and the destination
 * services: the region's lookups, the checks, the exact CreateClusterV2 and the polls until the cluster is ACTIVE.
 */
class HeadlessCreateOverHttpTest {
    static final String ARN = "arn:aws:kafka:us-east-1:123456789012:cluster/orders-new/6b2c0e5e-1111-2222-3333-444455556666-1";
    static final String DESCRIBE_PATH = "/api/v2/clusters/arn%3Aaws%3Akafka%3Aus-east-1%3A123456789012%3Acluster"
            + "%2Forders-new%2F6b2c0e5e-1111-2222-3333-444455556666-1";
    static final String EC2_NS = "http://ec2.amazonaws.com/doc/2016-11-15/";
    static final String REQUEST = """
            {
              "ClusterName": "orders-new",
              "Provisioned": {
                "KafkaVersion": "3.9.x",
                "NumberOfBrokerNodes": 2,
                "BrokerNodeGroupInfo": {
                  "InstanceType": "kafka.m7g.large",
                  "ClientSubnets": ["subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002"],
                  "SecurityGroups": ["sg-0a1b2c3d4e5f60001"],
                  "StorageInfo": {"EbsStorageInfo": {"VolumeSize": 100}}
                },
                "ClientAuthentication": {"Sasl": {"Iam": {"Enabled": true}}},
                "LoggingInfo": {"BrokerLogs": {"CloudWatchLogs": {"Enabled": true, "LogGroup": "/msk/orders-new"}}}
              }
            }
            """;

    @RegisterExtension
    static WireMockExtension aws = StubAccount.localMsk();

    @TempDir
    Path home;
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();
    CliEnvironment env;

    static ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }

    static ResponseDefinitionBuilder ec2(String action, String items) {
        return aResponse().withStatus(200).withHeader("Content-Type", "text/xml").withBody("<" + action
                + "Response xmlns=\"" + EC2_NS + "\"><requestId>r-1</requestId>" + items + "</" + action + "Response>");
    }

    static String subnet(String id, String zone) {
        return "<item><subnetId>" + id + "</subnetId><vpcId>vpc-0a1b2c3d</vpcId><cidrBlock>10.0.0.0/24</cidrBlock>"
                + "<availabilityZone>us-east-1" + zone + "</availabilityZone><availabilityZoneId>use1-az" + ("a".equals(zone) ? 1 : 2)
                + "</availabilityZoneId></item>";
    }

    static String described(String state) {
        return """
                {"clusterInfo": {"clusterArn": "%s", "clusterName": "orders-new", "clusterType": "PROVISIONED",
                  "state": "%s", "currentVersion": "K1NEW", "creationTime": "2026-01-05T10:00:00.000Z",
                  "provisioned": {"brokerNodeGroupInfo": {"instanceType": "kafka.m7g.large",
                    "clientSubnets": ["subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002"]},
                    "currentBrokerSoftwareInfo": {"kafkaVersion": "3.9.x"}, "numberOfBrokerNodes": 2,
                    "loggingInfo": {"brokerLogs": {"cloudWatchLogs": {"enabled": true, "logGroup": "/msk/orders-new"}}}}}}"""
                .formatted(ARN, state);
    }

    @BeforeEach
    void stubTheAccount() {
        aws.stubFor(post(urlEqualTo("/")).withRequestBody(containing("Action=DescribeSubnets&")).willReturn(ec2(
                "DescribeSubnets", "<subnetSet>" + subnet("subnet-0a1b2c3d4e5f60001", "a")
                        + subnet("subnet-0a1b2c3d4e5f60002", "b") + "</subnetSet>")));
        aws.stubFor(post(urlEqualTo("/")).withRequestBody(containing("Action=DescribeSecurityGroups&")).willReturn(ec2(
                "DescribeSecurityGroups", "<securityGroupInfo><item><groupId>sg-0a1b2c3d4e5f60001</groupId>"
                        + "<groupName>msk</groupName><vpcId>vpc-0a1b2c3d</vpcId></item></securityGroupInfo>")));
        aws.stubFor(get(urlPathEqualTo("/v1/kafka-versions")).willReturn(json(
                "{\"kafkaVersions\": [{\"version\": \"3.9.x\", \"status\": \"ACTIVE\"}]}")));
        aws.stubFor(post(urlPathEqualTo("/api/v2/clusters")).willReturn(json("{\"clusterArn\": \"" + ARN
                + "\", \"clusterName\": \"orders-new\", \"state\": \"CREATING\", \"clusterType\": \"PROVISIONED\"}")));
        aws.stubFor(get(urlPathEqualTo(DESCRIBE_PATH)).inScenario("create").whenScenarioStateIs(Scenario.STARTED)
                .willSetStateTo("polled").willReturn(json(described("CREATING"))));
        aws.stubFor(get(urlPathEqualTo(DESCRIBE_PATH)).inScenario("create").whenScenarioStateIs("polled")
                .willReturn(json(described("ACTIVE"))));
        new HealthyAccountStubs(aws::stubFor, 0).stub("us-east-1", "/msk/orders-new", "orders-broker-logs", "orders-stream");
        env = new CliEnvironment(new Accounts(StubAccount.directory(home, StubAccount.settings(aws.baseUrl())),
                SandboxSession::open), new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                home, Duration.ofMillis(5), null);
    }

    @Test
    void createsTheClusterAndFollowsItToActive() throws Exception {
        Files.writeString(home.resolve("new.json"), REQUEST);

        int code = MskConsoleCli.run(new String[] {"cluster", "create", "--profile", "stub", "--file", "new.json",
                "--wait"}, env);

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString().strip()).isEqualTo(ARN);
        assertThat(err.toString()).contains("Checked log delivery of new cluster orders-new in us-east-1: "
                + "No problems found", "Cluster orders-new CREATING", "Cluster orders-new ACTIVE",
                "ACTIVE: cluster orders-new was created.");
        aws.verify(1, postRequestedFor(urlPathEqualTo("/api/v2/clusters"))
                .withHeader("Authorization", matching(StubAccount.SIGNED_BY_STUB))
                .withRequestBody(equalToJson("""
                        {"clusterName": "orders-new",
                         "provisioned": {
                           "kafkaVersion": "3.9.x",
                           "numberOfBrokerNodes": 2,
                           "brokerNodeGroupInfo": {"instanceType": "kafka.m7g.large",
                             "clientSubnets": ["subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002"],
                             "securityGroups": ["sg-0a1b2c3d4e5f60001"],
                             "storageInfo": {"ebsStorageInfo": {"volumeSize": 100}}},
                           "clientAuthentication": {"sasl": {"iam": {"enabled": true}, "scram": {"enabled": false}},
                             "tls": {"enabled": false}, "unauthenticated": {"enabled": false}},
                           "encryptionInfo": {"encryptionInTransit": {"clientBroker": "TLS", "inCluster": true}},
                           "enhancedMonitoring": "DEFAULT",
                           "openMonitoring": {"prometheus": {"jmxExporter": {"enabledInBroker": false},
                                                             "nodeExporter": {"enabledInBroker": false}}},
                           "loggingInfo": {"brokerLogs": {
                             "cloudWatchLogs": {"enabled": true, "logGroup": "/msk/orders-new"},
                             "firehose": {"enabled": false},
                             "s3": {"enabled": false}}}}}""")));
        aws.verify(postRequestedFor(urlEqualTo("/")).withRequestBody(containing("Action=SimulatePrincipalPolicy")));
        aws.verify(postRequestedFor(urlEqualTo("/")).withRequestBody(containing("Action=DescribeSubnets&")));
    }
}
