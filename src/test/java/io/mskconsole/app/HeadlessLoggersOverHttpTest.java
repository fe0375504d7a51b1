package io.mskconsole.app;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.mskconsole.aws.MskJson;
import io.mskconsole.aws.StubAccount;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code loggers list} in a process of its own, as from a shell: the real AWS adapter asks the stub MSK for the
 * cluster and its bootstrap brokers, the real Kafka adapter tries them (a closed local port), and standard error
 * holds the command's two lines and nothing of the Kafka client's own logging.
 */
class HeadlessLoggersOverHttpTest {
    @RegisterExtension
    static WireMockExtension msk = StubAccount.localMsk();

    @TempDir
    Path home;

    @Test
    void unreachableBrokersGiveOneClearMessageAndNoLibraryNoise() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        String bootstrap = "127.0.0.1:" + port;
        msk.stubFor(get(urlPathEqualTo(MskJson.DESCRIBE_PATH)).willReturn(json(MskJson.describeCluster(
                MskJson.provisioned(MskJson.ARN, "orders", "K1STUBVERSION", "ACTIVE", "kafka.m5.large")))));
        msk.stubFor(get(urlEqualTo("/v1/clusters/" + MskJson.ENCODED_ARN + "/bootstrap-brokers"))
                .willReturn(json("{\"bootstrapBrokerString\": \"" + bootstrap + "\"}")));
        StubAccount.directory(home, StubAccount.settings(msk.baseUrl()));

        Result result = run("loggers", "list", "--profile", StubAccount.PROFILE, "--cluster", MskJson.ARN);

        assertThat(result.exitCode).isEqualTo(1);
        assertThat(result.out).isEmpty();
        assertThat(result.err.lines().toList()).containsExactly(
                "Connecting to the brokers of orders in us-east-1 with plaintext (no authentication)...",
                "msk-console: Could not reach the brokers of orders (" + bootstrap + ") within 6 s using plaintext "
                        + "(no authentication). MSK brokers usually sit in a private VPC and answer only from inside "
                        + "it. What usually helps: connect through a VPN, a bastion host (e.g. an SSH tunnel) or VPC "
                        + "peering into the cluster's VPC; or turn on public access for the cluster (then its public "
                        + "bootstrap brokers are used); and check that the security group allows port 9092 for "
                        + "plaintext (no authentication).");
        msk.verify(1, getRequestedFor(urlEqualTo("/v1/clusters/" + MskJson.ENCODED_ARN + "/bootstrap-brokers")));
    }

    record Result(int exitCode, String out, String err) {
    }

    private Result run(String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HeadlessLoggersMain.class.getName(), home.toString(),
                msk.baseUrl()));
        line.addAll(List.of(command));
        Process process = new ProcessBuilder(line).redirectErrorStream(false).start();
        process.getOutputStream().close();
        byte[] err = process.getErrorStream().readAllBytes();
        byte[] out = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), new String(out, StandardCharsets.UTF_8),
                new String(err, StandardCharsets.UTF_8));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }
}
