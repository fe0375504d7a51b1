package io.mskconsole.app;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.headRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.mskconsole.aws.MskJson;
import io.mskconsole.aws.StubAccount;
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
 * The headless commands on the real AWS adapter, over HTTP to a stub shaped like MSK: export a cluster's broker
 * log delivery, edit the file, apply it, and check the exact request that reached the stub.
 */
class HeadlessOverHttpTest {

    @RegisterExtension
    static WireMockExtension msk = StubAccount.localMsk();

    @TempDir
    Path home;
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();
    CliEnvironment env;

    @BeforeEach
    void stubMsk() {
        msk.stubFor(get(urlPathEqualTo(MskJson.DESCRIBE_PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody(MskJson.describeCluster(MskJson.provisioned(MskJson.ARN, "orders", "K1STUBVERSION", "ACTIVE",
                        "kafka.m5.large")))));
        msk.stubFor(put(urlPathEqualTo(MskJson.UPDATE_PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"clusterArn\": \"" + MskJson.ARN + "\", \"clusterOperationArn\": \"" + MskJson.OPERATION_ARN + "\"}")));
        msk.stubFor(get(urlPathEqualTo(MskJson.OPERATION_PATH)).willReturn(aResponse()
                .withStatus(200).withHeader("Content-Type", "application/json")
                .withBody(MskJson.operation("UPDATE_COMPLETE", null, null))));
        new io.mskconsole.aws.destinations.HealthyAccountStubs(msk::stubFor, 0)
                .stub("us-east-1", "/msk/orders", "orders-broker-logs", "orders-stream");
        Accounts accounts = new Accounts(StubAccount.directory(home, StubAccount.settings(msk.baseUrl())),
                SandboxSession::open);
        env = new CliEnvironment(accounts, new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                home, Duration.ofMillis(5), null);
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return MskConsoleCli.run(args, env);
    }

    @Test
    void exportThenApplySendsExactlyTheEditedFileWithTheFreshVersion() throws Exception {
        assertThat(run("logging", "export", "--profile", "stub", "--cluster", MskJson.ARN, "--output", "orders.json"))
                .as(err.toString()).isZero();
        String exported = Files.readString(home.resolve("orders.json"));
        assertThat(exported).contains("\"LogGroup\": \"/msk/orders\"");

        Files.writeString(home.resolve("orders.json"), exported.replace(
                "\"S3\": {\n      \"Enabled\": false\n    }",
                "\"S3\": {\n      \"Enabled\": true,\n      \"Bucket\": \"orders-broker-logs\",\n      \"Prefix\": \"kafka\"\n    }"));
        assertThat(run("logging", "apply", "--profile", "stub", "--cluster", MskJson.ARN, "--file", "orders.json", "--wait"))
                .as(err.toString()).isZero();

        msk.verify(1, putRequestedFor(urlPathEqualTo(MskJson.UPDATE_PATH))
                .withHeader("Authorization", matching(StubAccount.SIGNED_BY_STUB))
                .withRequestBody(equalToJson("""
                        {"currentVersion": "K1STUBVERSION",
                         "enhancedMonitoring": "PER_TOPIC_PER_BROKER",
                         "openMonitoring": {"prometheus": {"jmxExporter": {"enabledInBroker": true},
                                                           "nodeExporter": {"enabledInBroker": false}}},
                         "loggingInfo": {"brokerLogs": {
                           "cloudWatchLogs": {"enabled": true, "logGroup": "/msk/orders"},
                           "firehose": {"enabled": false},
                           "s3": {"enabled": true, "bucket": "orders-broker-logs", "prefix": "kafka"}}}}""")));
        assertThat(out.toString()).contains(MskJson.OPERATION_ARN);
        assertThat(err.toString()).contains("UPDATE_COMPLETE",
                "Checked log delivery of orders in us-east-1: No problems found");
        msk.verify(1, headRequestedFor(urlEqualTo("/orders-broker-logs")));
        msk.verify(postRequestedFor(urlEqualTo("/")).withHeader("X-Amz-Target",
                equalTo("TrentService.GetKeyPolicy")));
        msk.verify(postRequestedFor(urlEqualTo("/")).withRequestBody(containing("Action=SimulatePrincipalPolicy")));
    }

    @Test
    void dryRunReadsTheClusterAndSendsNothing() throws Exception {
        Files.writeString(home.resolve("s3.json"),
                "{\"BrokerLogs\": {\"S3\": {\"Enabled\": true, \"Bucket\": \"orders-broker-logs\"}}}");
        assertThat(run("logging", "apply", "--profile", "stub", "--cluster", MskJson.ARN, "--file", "s3.json", "--dry-run"))
                .as(err.toString()).isZero();
        assertThat(out.toString()).startsWith("PUT " + MskJson.UPDATE_PATH).contains("\"currentVersion\": \"K1STUBVERSION\"");
        msk.verify(0, putRequestedFor(anyUrl()));
    }

    @Test
    void aMalformedFileIsRefusedBeforeAnyRequest() throws Exception {
        Files.writeString(home.resolve("bad.json"), "{\n  \"BrokerLogs\": {\n    \"S3\": {\"Enabled\": tru }\n  }\n}");
        assertThat(run("logging", "apply", "--profile", "stub", "--cluster", MskJson.ARN, "--file", "bad.json")).isEqualTo(2);
        assertThat(err.toString()).startsWith("msk-console: ").contains("bad.json", "line 3");
        msk.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aDroppedConnectionIsOneLineAndExitCodeOne() throws Exception {
        msk.stubFor(get(urlPathEqualTo(MskJson.DESCRIBE_PATH)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        Files.writeString(home.resolve("s3.json"),
                "{\"BrokerLogs\": {\"S3\": {\"Enabled\": true, \"Bucket\": \"orders-broker-logs\"}}}");
        assertThat(run("logging", "apply", "--profile", "stub", "--cluster", MskJson.ARN, "--file", "s3.json")).isEqualTo(1);
        assertThat(err.toString().lines().filter(line -> line.startsWith("msk-console: ")))
                .singleElement().asString().contains("Could not reach MSK in us-east-1", "Connection reset");
        assertThat(out.toString()).isEmpty();
        msk.verify(0, putRequestedFor(anyUrl()));
    }
}
