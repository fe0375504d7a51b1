package io.mskconsole.aws.account;

import io.mskconsole.core.commandline.CliAccount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mskconsole.aws.StubAccount;
import io.mskconsole.core.account.Account;
import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.profiles.ProfileFile;
import org.junit.jupiter.api.io.TempDir;

class AwsProfileDirectoryTest {
    static final String CONFIG = """
            [default]
            region = us-east-1

            [profile zeta-admin]
            role_arn = arn:aws:iam::111122223333:role/MskAdmin
            source_profile = default

            [profile dev-sso]
            sso_session = corp
            sso_account_id = 111122223333
            sso_role_name = MskReadOnly
            region = eu-west-1

            [profile Legacy-SSO]
            sso_start_url = https://example.awsapps.com/start
            sso_region = us-east-1
            sso_account_id = 111122223333
            sso_role_name = MskAdmin

            [sso-session corp]
            sso_start_url = https://corp.awsapps.com/start
            sso_region = eu-west-1
            """;
    static final String CREDENTIALS = """
            [default]
            aws_access_key_id = AKIDFAKEDEFAULT00001
            aws_secret_access_key = fakeSecret

            [ci-keys]
            aws_access_key_id = AKIDFAKECI0000000001
            aws_secret_access_key = fakeSecret
            """;

    @TempDir
    Path dir;

    int made;

    /** Fresh files in a folder of their own; a null text leaves that file missing. */
    AwsProfileDirectory directory(String config, String credentials, Map<String, String> env) {
        Path home = made++ == 0 ? dir : dir.resolve("home" + made);
        if (config != null) {
            StubAccount.write(home.resolve("config"), config);
        }
        if (credentials != null) {
            StubAccount.write(home.resolve("credentials"), credentials);
        }
        return AwsProfileDirectory.forFiles(home.resolve("config"), home.resolve("credentials"), env,
                AwsClientSettings.production());
    }

    @Test
    void listsProfilesOfBothFilesDefaultFirstThenSorted() {
        AwsProfileDirectory profiles = directory(CONFIG, CREDENTIALS, Map.of());

        assertThat(profiles.profiles()).containsExactly("default", "Legacy-SSO", "ci-keys", "dev-sso", "zeta-admin");
    }

    @Test
    void defaultProfileIsAwsProfileElseDefault() {
        assertThat(directory(CONFIG, CREDENTIALS, Map.of("AWS_PROFILE", "dev-sso")).defaultProfile()).contains("dev-sso");
        assertThat(directory(CONFIG, CREDENTIALS, Map.of()).defaultProfile()).contains("default");
        assertThat(directory(CONFIG, CREDENTIALS, Map.of("AWS_PROFILE", "  ")).defaultProfile()).contains("default");
        assertThat(directory("[profile only]\nregion = us-east-1\n", "", Map.of()).defaultProfile()).isEmpty();
    }

    @Test
    void theAwsProfileSystemPropertyWinsOverTheEnvironment() {
        String before = System.getProperty("aws.profile");
        System.setProperty("aws.profile", "ci-keys");
        try {
            assertThat(directory(CONFIG, CREDENTIALS, Map.of("AWS_PROFILE", "dev-sso")).defaultProfile())
                    .contains("ci-keys");
        } finally {
            if (before == null) {
                System.clearProperty("aws.profile");
            } else {
                System.setProperty("aws.profile", before);
            }
        }
    }

    @Test
    void credentialsAreConfiguredByAnyProfileOrTheEnvironment() {
        assertThat(directory(CONFIG, null, Map.of()).credentialsConfigured()).isTrue();
        assertThat(directory(null, null, Map.of()).credentialsConfigured()).isFalse();
        assertThat(directory(null, null, Map.of("AWS_ACCESS_KEY_ID", "AKIDFAKEENV000000001")).credentialsConfigured())
                .isTrue();
        assertThat(directory(null, null, Map.of("AWS_WEB_IDENTITY_TOKEN_FILE", "/var/run/token"))
                .credentialsConfigured()).isTrue();
        assertThat(directory(null, null, Map.of("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI", "/v2/credentials/x"))
                .credentialsConfigured()).isTrue();
        assertThat(directory(null, null, Map.of("AWS_CONTAINER_CREDENTIALS_FULL_URI", "http://169.254.170.23/v1"))
                .credentialsConfigured()).isTrue();
        assertThat(directory(null, null, Map.of("AWS_REGION", "us-east-1", "AWS_ACCESS_KEY_ID", ""))
                .credentialsConfigured()).isFalse();
    }

    @Test
    void environmentCredentialsAloneMakeADefaultProfileThatOpens() {
        AwsProfileDirectory profiles = directory(null, null,
                Map.of("AWS_ACCESS_KEY_ID", "AKIDFAKEENV000000001", "AWS_REGION", "eu-west-1"));

        assertThat(profiles.profiles()).containsExactly("default");
        assertThat(profiles.defaultProfile()).contains("default");
        try (AwsSession session = profiles.open("default")) {
            assertThat(session.account()).isEqualTo(Account.profile("default"));
            assertThat(session.defaultRegion()).contains("eu-west-1");
        }
        assertThat(directory(null, null, Map.of()).profiles()).as("no environment credentials, no default").isEmpty();
    }

    @Test
    void aLoginSessionProfileSaysWhatToUseInstead() {
        ProfileFile file = ProfileFile.builder().type(ProfileFile.Type.CONFIGURATION).content(
                new java.io.ByteArrayInputStream("[profile console]\nlogin_session = arn:aws:iam::111122223333:user/ana\n"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8))).build();

        var provider = ProfileCredentials.providerFor("console", file, null, Map.of(), null, region -> null);

        org.assertj.core.api.Assertions.assertThatThrownBy(provider::resolveCredentials)
                .isInstanceOf(io.mskconsole.core.errors.GatewayException.class)
                .hasMessageContaining("`aws login` (login_session)")
                .hasMessageContaining("credential_process = aws configure export-credentials --profile console");
    }

    @Test
    void theDefaultProfileUsesTheSdksDefaultChainAndNamedProfilesTheirOwn() {
        assertThat(ProfileCredentials.providerFor("default", ProfileFile.aggregator().build(), null, Map.of(), null,
                region -> null)).isInstanceOf(software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider.class);
        assertThat(ProfileCredentials.providerFor("prod", ProfileFile.aggregator().build(), null, Map.of(), null,
                region -> null)).isInstanceOf(software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider.class);
    }

    @Test
    void opensKnownProfilesIncludingSsoOnes() {
        AwsProfileDirectory profiles = directory(CONFIG, CREDENTIALS, Map.of());

        try (AwsSession sso = profiles.open("dev-sso"); AwsSession keys = profiles.open("ci-keys")) {
            assertThat(sso.account()).isEqualTo(Account.profile("dev-sso"));
            assertThat(sso.cliAccount()).isEqualTo(CliAccount.named("dev-sso"));
            assertThat(sso.isSsoProfile()).isTrue();
            assertThat(profiles.open("Legacy-SSO").isSsoProfile()).isTrue();
            assertThat(keys.isSsoProfile()).isFalse();
            assertThat(sso.clientCount()).as("opening builds no client").isZero();
        }
    }

    @Test
    void anUnknownProfileIsAConfigurationFailureNamingTheFiles() {
        AwsProfileDirectory profiles = directory(CONFIG, CREDENTIALS, Map.of());

        assertThatThrownBy(() -> profiles.open("prod"))
                .isInstanceOfSatisfying(GatewayException.class, e -> {
                    assertThat(e.failure()).isEqualTo(Failure.CONFIGURATION);
                    assertThat(e.getMessage()).isEqualTo("Profile prod was not found in " + dir.resolve("config")
                            + " or " + dir.resolve("credentials") + ". Create it (e.g. `aws configure --profile prod`"
                            + " or `aws configure sso --profile prod`) or choose another profile.");
                });
    }

    @Test
    void anUnreadableFileIsAConfigurationFailure() {
        AwsProfileDirectory profiles = directory("[profile broken\nregion = us-east-1\n", null, Map.of());

        assertThatThrownBy(profiles::profiles).isInstanceOfSatisfying(GatewayException.class, e -> {
            assertThat(e.failure()).isEqualTo(Failure.CONFIGURATION);
            assertThat(e.getMessage()).startsWith("Could not read the AWS profiles from " + dir.resolve("config"))
                    .contains("line 1");
        });
        assertThat(profiles.credentialsConfigured()).isFalse();
        assertThat(profiles.defaultProfile()).isEmpty();
    }

    @Test
    void theRealConstructorReadsTheFilesTheSdkIsPointedAt() {
        StubAccount.write(dir.resolve("elsewhere/config"), CONFIG);
        String config = System.getProperty("aws.configFile");
        String credentials = System.getProperty("aws.sharedCredentialsFile");
        System.setProperty("aws.configFile", dir.resolve("elsewhere/config").toString());
        System.setProperty("aws.sharedCredentialsFile", dir.resolve("elsewhere/missing").toString());
        try {
            AwsProfileDirectory profiles = new AwsProfileDirectory();
            assertThat(profiles.profiles()).containsExactly("default", "Legacy-SSO", "dev-sso", "zeta-admin");
            assertThatThrownBy(() -> profiles.open("ci-keys")).hasMessageContaining(
                    dir.resolve("elsewhere/config") + " or " + dir.resolve("elsewhere/missing"));
        } finally {
            restore("aws.configFile", config);
            restore("aws.sharedCredentialsFile", credentials);
        }
    }

    private static void restore(String property, String value) {
        if (value == null) {
            System.clearProperty(property);
        } else {
            System.setProperty(property, value);
        }
    }
}
