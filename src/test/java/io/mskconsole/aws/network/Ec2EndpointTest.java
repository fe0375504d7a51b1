package io.mskconsole.aws.network;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.mskconsole.aws.network.NetworkOverHttpTest.xml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.mskconsole.aws.StubAccount;
import io.mskconsole.aws.account.AwsClientSettings;
import io.mskconsole.aws.account.AwsProfileDirectory;
import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.profiles.ProfileFile;

/**
 * Where EC2 calls go: the same sources in the same order as the SDK's generated clients, and EC2's own host names
 * per partition, FIPS and dual-stack; over HTTP, a session without an endpoint override follows the environment and
 * the profile.
 */
class Ec2EndpointTest {
    static final String CONFIG = """
            [profile p]
            region = us-east-1
            services = local
            endpoint_url = http://profile-global:1
            ec2 =
              endpoint_url = http://profile-ec2:2

            [services local]
            ec2 =
              endpoint_url = http://services-ec2:3
            """;

    @RegisterExtension
    static WireMockExtension ec2 = StubAccount.localMsk();

    @TempDir
    Path home;

    final Map<String, String> environment = new HashMap<>(Map.of(
            "AWS_ENDPOINT_URL", "http://env-global:4", "AWS_ENDPOINT_URL_EC2", "http://env-ec2:5"));
    final Map<String, String> properties = new HashMap<>(Map.of(
            "aws.endpointUrl", "http://property-global:6", "aws.endpointUrlEc2", "http://property-ec2:7"));

    static ProfileFile config(String text) {
        return ProfileFile.builder().content(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))
                .type(ProfileFile.Type.CONFIGURATION).build();
    }

    String resolved(URI override, String config, String region) {
        return Ec2Endpoint.resolve(override, environment, properties::get, config(config), "p", region).toString();
    }

    @Test
    void eachSourceGivesWayOnlyToThoseBeforeIt() {
        assertThat(resolved(URI.create("http://override:8"), CONFIG, "us-east-1")).isEqualTo("http://override:8");
        assertThat(resolved(null, CONFIG, "us-east-1")).isEqualTo("http://property-ec2:7");
        properties.remove("aws.endpointUrlEc2");
        assertThat(resolved(null, CONFIG, "us-east-1")).isEqualTo("http://property-global:6");
        properties.remove("aws.endpointUrl");
        assertThat(resolved(null, CONFIG, "us-east-1")).isEqualTo("http://env-ec2:5");
        environment.remove("AWS_ENDPOINT_URL_EC2");
        assertThat(resolved(null, CONFIG, "us-east-1")).isEqualTo("http://env-global:4");
        environment.put("AWS_ENDPOINT_URL", "  ");
        assertThat(resolved(null, CONFIG, "us-east-1")).as("blank is unset").isEqualTo("http://services-ec2:3");
        assertThat(resolved(null, CONFIG.replace("services = local\n", ""), "us-east-1"))
                .isEqualTo("http://profile-ec2:2");
        assertThat(resolved(null, "[profile p]\nendpoint_url = http://profile-global:1\n", "us-east-1"))
                .isEqualTo("http://profile-global:1");
        assertThat(resolved(null, "[profile p]\nregion = us-east-1\n", "us-east-1"))
                .isEqualTo("https://ec2.us-east-1.amazonaws.com");
    }

    @Test
    void ec2sOwnHostNamesFollowThePartition() {
        assertThat(Ec2Endpoint.standard("eu-west-1", false, false)).hasToString("https://ec2.eu-west-1.amazonaws.com");
        assertThat(Ec2Endpoint.standard("cn-north-1", false, false))
                .hasToString("https://ec2.cn-north-1.amazonaws.com.cn");
        assertThat(Ec2Endpoint.standard("us-gov-west-1", false, false))
                .hasToString("https://ec2.us-gov-west-1.amazonaws.com");
        assertThat(Ec2Endpoint.standard("us-iso-east-1", false, false)).hasToString("https://ec2.us-iso-east-1.c2s.ic.gov");
    }

    @Test
    void fipsAndDualStackAreAskedForAsTheSdkAsksForThem() {
        environment.clear();
        properties.clear();
        String plain = "[profile p]\nregion = us-east-1\n";
        assertThat(resolved(null, plain + "use_fips_endpoint = true\n", "us-east-1"))
                .isEqualTo("https://ec2-fips.us-east-1.amazonaws.com");
        assertThat(resolved(null, plain + "use_fips_endpoint = true\n", "us-gov-west-1"))
                .as("GovCloud's EC2 endpoints are FIPS ones").isEqualTo("https://ec2.us-gov-west-1.amazonaws.com");
        assertThat(resolved(null, plain + "use_dualstack_endpoint = true\n", "eu-west-1"))
                .isEqualTo("https://ec2.eu-west-1.api.aws");
        environment.put("AWS_USE_FIPS_ENDPOINT", "true");
        assertThat(resolved(null, plain + "use_dualstack_endpoint = true\n", "us-east-1"))
                .isEqualTo("https://ec2-fips.us-east-1.api.aws");
        properties.put("aws.useFipsEndpoint", "false");
        assertThat(resolved(null, plain, "us-east-1")).as("the property wins over the variable")
                .isEqualTo("https://ec2.us-east-1.amazonaws.com");
        assertThatThrownBy(() -> Ec2Endpoint.standard("us-iso-east-1", false, true))
                .hasMessage("dual-stack endpoints are turned on, but partition aws-iso has none");
    }

    @Test
    void unusableSettingsAreNamed() {
        environment.put("AWS_ENDPOINT_URL_EC2", "localhost:4566");
        properties.clear();
        assertThatThrownBy(() -> resolved(null, CONFIG, "us-east-1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the endpoint URL localhost:4566 in environment variable AWS_ENDPOINT_URL_EC2 is not an"
                        + " http or https URL with a host");
        environment.put("AWS_ENDPOINT_URL_EC2", "http://bad host:1");
        assertThatThrownBy(() -> resolved(null, CONFIG, "us-east-1"))
                .hasMessageStartingWith("the endpoint URL http://bad host:1 in environment variable AWS_ENDPOINT_URL_EC2"
                        + " is not a valid URL (");
        assertThatThrownBy(() -> Ec2Endpoint.standard("us-east-1/evil", false, false))
                .hasMessage("'us-east-1/evil' is not a region name");
    }

    AwsClientSettings noOverride() {
        return StubAccount.patientSettings(ec2.baseUrl()).withEndpointOverride(null);
    }

    @Test
    void aSessionWithoutOverrideFollowsAwsEndpointUrlEc2() {
        ec2.stubFor(post(urlEqualTo("/")).willReturn(xml(200, Ec2QueryOverHttpTest.VPCS)));
        StubAccount.directory(home, noOverride());
        var session = AwsProfileDirectory.forFiles(home.resolve("config"), home.resolve("credentials"),
                Map.of("AWS_ENDPOINT_URL_EC2", "http://127.0.0.1:" + ec2.getPort()), noOverride()).open("stub");

        assertThat(session.network("us-east-1").vpcs(Cancellation.none())).containsExactly(Ec2QueryOverHttpTest.THE_VPC);
        ec2.verify(1, postRequestedFor(urlEqualTo("/")));
    }

    @Test
    void aSessionWithoutOverrideFollowsTheProfilesEndpointUrl() {
        ec2.stubFor(post(urlEqualTo("/")).willReturn(xml(200, Ec2QueryOverHttpTest.VPCS)));
        StubAccount.directory(home, noOverride());
        StubAccount.write(home.resolve("config"), "[profile stub]\nregion = us-east-1\nendpoint_url = http://127.0.0.1:"
                + ec2.getPort() + "\n");
        var session = AwsProfileDirectory.forFiles(home.resolve("config"), home.resolve("credentials"), Map.of(),
                noOverride()).open("stub");

        assertThat(session.network("us-east-1").vpcs(Cancellation.none())).containsExactly(Ec2QueryOverHttpTest.THE_VPC);
        ec2.verify(1, postRequestedFor(urlEqualTo("/")));
    }

    @Test
    void aBadEndpointSettingIsAConfigurationFailureAndSendsNothing() {
        StubAccount.directory(home, noOverride());
        var session = AwsProfileDirectory.forFiles(home.resolve("config"), home.resolve("credentials"),
                Map.of("AWS_ENDPOINT_URL_EC2", "127.0.0.1:" + ec2.getPort()), noOverride()).open("stub");

        assertThatThrownBy(() -> session.network("us-east-1").vpcs(Cancellation.none()))
                .isInstanceOfSatisfying(GatewayException.class, e -> {
                    assertThat(e.failure()).isEqualTo(Failure.CONFIGURATION);
                    assertThat(e.getMessage()).isEqualTo("DescribeVpcs in us-east-1 (profile stub) was not sent: the"
                            + " Amazon EC2 client for region us-east-1 could not be set up (the endpoint URL 127.0.0.1:"
                            + ec2.getPort() + " in environment variable AWS_ENDPOINT_URL_EC2 is not an http or https"
                            + " URL with a host). Check the region and the settings of profile stub in the AWS config"
                            + " file.");
                });
    }
}
