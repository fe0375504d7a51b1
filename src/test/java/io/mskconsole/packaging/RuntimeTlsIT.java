package io.mskconsole.packaging;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.mskconsole.aws.MskJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The image's trimmed runtime speaks TLS the way AWS needs: the headless launcher lists clusters from a local
 * HTTPS stub whose only certificate is an elliptic-curve one (so the handshake needs ECDSA and ECDHE, which come
 * from jdk.crypto.ec, a module jdeps does not report). Also proves the SDK, the profile files and the endpoint
 * setting all work inside the installed app.
 */
class RuntimeTlsIT {
    private static final String PASSWORD = "changeit";
    private final AppImage image = AppImage.built();

    @TempDir
    Path home;
    private WireMockServer https;
    private Path trustStore;

    @BeforeEach
    void startHttpsStub() throws Exception {
        Path keyStore = home.resolve("stub-key.p12");
        trustStore = home.resolve("stub-trust.p12");
        Path cert = home.resolve("stub.cer");
        keytool("-genkeypair", "-alias", "stub", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=localhost",
                "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-validity", "2", "-keystore", keyStore.toString(),
                "-storetype", "PKCS12", "-storepass", PASSWORD, "-keypass", PASSWORD);
        keytool("-exportcert", "-alias", "stub", "-keystore", keyStore.toString(), "-storepass", PASSWORD,
                "-file", cert.toString());
        keytool("-importcert", "-noprompt", "-alias", "stub", "-file", cert.toString(), "-keystore",
                trustStore.toString(), "-storetype", "PKCS12", "-storepass", PASSWORD);
        https = new WireMockServer(wireMockConfig().httpDisabled(true).dynamicHttpsPort().bindAddress("127.0.0.1")
                .keystorePath(keyStore.toString()).keystorePassword(PASSWORD).keyManagerPassword(PASSWORD)
                .keystoreType("PKCS12"));
        https.start();
        https.stubFor(get(urlPathEqualTo("/api/v2/clusters")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"clusterInfoList\": [" + MskJson.provisioned(MskJson.ARN, "orders", "K1", "ACTIVE",
                        "kafka.m5.large") + "]}")));
        Files.createDirectories(home.resolve(".aws"));
        Files.writeString(home.resolve(".aws/config"), "[profile stub]\nregion = us-east-1\n");
        Files.writeString(home.resolve(".aws/credentials"),
                "[stub]\naws_access_key_id = AKIDFAKEFORTESTS0001\naws_secret_access_key = fakeSecretForTestsOnly\n");
    }

    @AfterEach
    void stop() {
        https.stop();
    }

    @Test
    void theHeadlessLauncherListsClustersOverHttpsWithAnEllipticCurveCertificate() throws Exception {
        Launch launch = Launch.run(List.of(image.commandLauncher().toString(), "clusters", "--profile", "stub",
                        "--region", "us-east-1"),
                Map.of("AWS_ENDPOINT_URL", "https://localhost:" + https.httpsPort(),
                        "JAVA_TOOL_OPTIONS", "-Djavax.net.ssl.trustStore=" + trustStore
                                + " -Djavax.net.ssl.trustStorePassword=" + PASSWORD
                                + " -Djavax.net.ssl.trustStoreType=PKCS12"),
                home, 90);

        assertThat(launch.exitCode()).as(launch.toString()).isZero();
        assertThat(launch.out()).contains("orders", "kafka.m5.large x 3", "CloudWatch Logs");
        https.verify(1, getRequestedFor(urlPathEqualTo("/api/v2/clusters"))
                .withHeader("Authorization", matching("AWS4-HMAC-SHA256 Credential=AKIDFAKEFORTESTS0001/.*")));
        assertThat(launch.err()).doesNotContain("fakeSecretForTestsOnly");
    }

    private static void keytool(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(args));
        Launch done = Launch.run(command, Map.of(), null, 60);
        assertThat(done.exitCode()).as("keytool " + String.join(" ", args) + "\n" + done).isZero();
    }
}
