package io.mskconsole.aws.destinations;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static io.mskconsole.aws.destinations.AwsWire.ACCOUNT;
import static io.mskconsole.aws.destinations.AwsWire.json;
import static io.mskconsole.aws.destinations.AwsWire.jsonError;
import static io.mskconsole.aws.destinations.AwsWire.jsonOk;
import static io.mskconsole.aws.destinations.AwsWire.jsonSent;
import static io.mskconsole.aws.destinations.AwsWire.only;
import static io.mskconsole.aws.destinations.AwsWire.signedRegion;
import static io.mskconsole.aws.destinations.AwsWire.signedService;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.mskconsole.aws.StubAccount;
import io.mskconsole.aws.account.AwsSession;
import io.mskconsole.core.destinations.KeyGateway;
import io.mskconsole.core.destinations.KeyInfo;
import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** KMS (JSON 1.1, TrentService) over real HTTP: who manages a key, its default policy, in the key's own region. */
class KeysOverHttpTest {
    static final String DESCRIBE = "TrentService.DescribeKey";
    static final String GET_POLICY = "TrentService.GetKeyPolicy";
    static final String PUT_POLICY = "TrentService.PutKeyPolicy";
    static final String KEY_ID = "1234abcd-12ab-34cd-56ef-1234567890ab";
    static final String EU_KEY = "arn:aws:kms:eu-west-1:" + ACCOUNT + ":key/" + KEY_ID;
    static final String POLICY = "{\n  \"Version\" : \"2012-10-17\",\n  \"Id\" : \"key-default-1\",\n  \"Statement\" : [ {\n"
            + "    \"Sid\" : \"Enable IAM User Permissions\",\n    \"Effect\" : \"Allow\",\n    \"Principal\" : {\n"
            + "      \"AWS\" : \"arn:aws:iam::" + ACCOUNT + ":root\"\n    },\n    \"Action\" : \"kms:*\",\n"
            + "    \"Resource\" : \"*\"\n  } ]\n}";

    @RegisterExtension
    static WireMockExtension aws = StubAccount.localMsk();

    @TempDir
    Path home;
    AwsSession session;
    KeyGateway keys;

    @BeforeEach
    void openStubProfile() {
        session = StubAccount.open(home, StubAccount.patientSettings(aws.baseUrl()));
        keys = session.destinations(StubAccount.REGION).keys();
    }

    @AfterEach
    void closeSession() {
        session.close();
    }

    static String metadata(String arn, String manager) {
        return "{\"KeyMetadata\": {\"AWSAccountId\": \"" + ACCOUNT + "\", \"KeyId\": \"" + KEY_ID + "\", \"Arn\": \""
                + arn + "\", \"CreationDate\": 1.499288695918E9, \"Enabled\": true, \"Description\": \"\","
                + " \"KeyUsage\": \"ENCRYPT_DECRYPT\", \"KeyState\": \"Enabled\", \"Origin\": \"AWS_KMS\","
                + " \"KeyManager\": \"" + manager + "\", \"KeySpec\": \"SYMMETRIC_DEFAULT\","
                + " \"CustomerMasterKeySpec\": \"SYMMETRIC_DEFAULT\", \"EncryptionAlgorithms\": [\"SYMMETRIC_DEFAULT\"],"
                + " \"MultiRegion\": false}}";
    }

    @Test
    void anAwsManagedKeyByAliasIsAskedInTheGatewaysRegion() {
        String arn = "arn:aws:kms:us-east-1:" + ACCOUNT + ":key/0987dcba-09fe-87dc-65ba-ab0987654321";
        aws.stubFor(json(DESCRIBE).willReturn(jsonOk(metadata(arn, "AWS"))));

        assertThat(keys.describeKey("alias/aws/s3")).isEqualTo(new KeyInfo(arn, true));

        LoggedRequest sent = only(aws, jsonSent(DESCRIBE).withRequestBody(equalToJson("{\"KeyId\": \"alias/aws/s3\"}")));
        assertThat(signedRegion(sent)).isEqualTo("us-east-1");
        assertThat(signedService(sent)).isEqualTo("kms");
    }

    @Test
    void aCustomerKeyGivenByArnIsAskedInTheArnsRegion() {
        aws.stubFor(json(DESCRIBE).willReturn(jsonOk(metadata(EU_KEY, "CUSTOMER"))));

        assertThat(keys.describeKey(EU_KEY)).isEqualTo(new KeyInfo(EU_KEY, false));

        LoggedRequest sent = only(aws, jsonSent(DESCRIBE).withRequestBody(equalToJson("{\"KeyId\": \"" + EU_KEY + "\"}")));
        assertThat(signedRegion(sent)).isEqualTo("eu-west-1");
    }

    @Test
    void readsAndWritesTheDefaultPolicy() throws Exception {
        String body = new ObjectMapper().writeValueAsString(Map.of("Policy", POLICY, "PolicyName", "default"));
        aws.stubFor(json(GET_POLICY).willReturn(jsonOk(body)));
        aws.stubFor(json(PUT_POLICY).willReturn(jsonOk("")));

        assertThat(keys.keyPolicy(EU_KEY)).isEqualTo(POLICY);
        keys.putKeyPolicy(EU_KEY, POLICY);

        LoggedRequest get = only(aws, jsonSent(GET_POLICY).withRequestBody(equalToJson(
                "{\"KeyId\": \"" + EU_KEY + "\", \"PolicyName\": \"default\"}")));
        String expectedPut = new ObjectMapper().writeValueAsString(
                Map.of("KeyId", EU_KEY, "PolicyName", "default", "Policy", POLICY));
        LoggedRequest put = only(aws, jsonSent(PUT_POLICY).withRequestBody(equalToJson(expectedPut)));
        assertThat(signedRegion(get)).isEqualTo("eu-west-1");
        assertThat(signedRegion(put)).isEqualTo("eu-west-1");
    }

    @Test
    void aPolicyTheCallerMayNotReadIsAccessDenied() {
        String denied = "User: arn:aws:sts::" + ACCOUNT + ":assumed-role/ReadOnly/jane is not authorized to perform:"
                + " kms:GetKeyPolicy on resource: " + EU_KEY + " because no resource-based policy allows the"
                + " kms:GetKeyPolicy action";
        aws.stubFor(json(GET_POLICY).willReturn(jsonError(400, "AccessDeniedException", denied)));

        assertThatThrownBy(() -> keys.keyPolicy(EU_KEY)).isInstanceOfSatisfying(GatewayException.class, e -> {
            assertThat(e.failure()).isEqualTo(Failure.ACCESS_DENIED);
            assertThat(e.operation()).isEqualTo("GetKeyPolicy");
            assertThat(e.serviceMessage()).isEqualTo(denied);
            assertThat(e.getMessage()).startsWith("GetKeyPolicy of key " + EU_KEY + " in eu-west-1 (profile stub)"
                    + " failed: access denied (").endsWith("needs permission for kms:GetKeyPolicy on this resource.");
        });
    }

    @Test
    void anUnknownKeyIsNotFound() {
        aws.stubFor(json(DESCRIBE).willReturn(jsonError(400, "NotFoundException",
                "Alias arn:aws:kms:us-east-1:" + ACCOUNT + ":alias/missing is not found.")));

        assertThatThrownBy(() -> keys.describeKey("alias/missing")).isInstanceOfSatisfying(GatewayException.class,
                e -> assertThat(e.failure()).isEqualTo(Failure.NOT_FOUND));
    }
}
