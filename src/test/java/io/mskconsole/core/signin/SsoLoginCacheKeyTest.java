package io.mskconsole.core.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The name of a login's file in the AWS CLI's token cache, checked against SHA-1 values computed apart from the
 * code ({@code printf %s 'my-sso' | sha1sum}), so the app and the AWS CLI find the same file.
 */
class SsoLoginCacheKeyTest {
    static final String START_URL = "https://d-1234567890.awsapps.com/start";
    /** {@code printf %s 'my-sso' | sha1sum} */
    static final String SHA1_OF_MY_SSO = "0ad374308c5a4e22f723adf10145eafad7c4031c";
    /** {@code printf %s 'https://d-1234567890.awsapps.com/start' | sha1sum} */
    static final String SHA1_OF_START_URL = "7487b5b67d5fa1132cf33fa93ae51ef38cc37752";

    @Test
    void anSsoSessionIsKeyedByTheSessionsName() {
        SsoLogin login = SsoLogin.session("my-sso", START_URL, "us-east-1", List.of());

        assertThat(login.cacheKey()).isEqualTo(SHA1_OF_MY_SSO);
    }

    @Test
    void aLegacyProfileIsKeyedByItsStartUrl() {
        SsoLogin login = SsoLogin.legacy(START_URL, "us-east-1");

        assertThat(login.cacheKey()).isEqualTo(SHA1_OF_START_URL);
    }

    @Test
    void theKeyDependsOnTheNameAloneNotOnTheStartUrlRegionOrScopes() {
        SsoLogin one = SsoLogin.session("my-sso", START_URL, "us-east-1", List.of());
        SsoLogin other = SsoLogin.session("my-sso", "https://other.awsapps.com/start", "eu-west-1",
                List.of("sso:account:access", "codewhisperer:completions"));

        assertThat(other.cacheKey()).isEqualTo(one.cacheKey()).isEqualTo(SHA1_OF_MY_SSO);
    }

    @Test
    void theKeyIsLowerCaseHexOfFortyDigits() {
        assertThat(SsoLogin.legacy(START_URL, "us-east-1").cacheKey()).matches("[0-9a-f]{40}");
    }
}
