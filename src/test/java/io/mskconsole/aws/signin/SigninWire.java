package io.mskconsole.aws.signin;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** AWS-shaped answers of sso-oidc and the access portal, and a clock that moves only when told. */
final class SigninWire {
    static final String JSON = "application/json";

    private SigninWire() {
    }

    static ResponseDefinitionBuilder ok(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", JSON)
                .withHeader("x-amzn-RequestId", "0b5a2c1e-0000-4000-8000-000000000001").withBody(body);
    }

    /** An OAuth error as sso-oidc sends it: the kind in {@code x-amzn-ErrorType}, {@code error} in the body. */
    static ResponseDefinitionBuilder oauthError(int status, String type, String error, String description) {
        return aResponse().withStatus(status).withHeader("Content-Type", JSON)
                .withHeader("x-amzn-RequestId", "0b5a2c1e-0000-4000-8000-000000000002")
                .withHeader("x-amzn-ErrorType", type)
                .withBody("{\"error\": \"" + error + "\", \"error_description\": \"" + description + "\"}");
    }

    /** An error as the access portal sends it: the kind in {@code x-amzn-ErrorType}, the text in the body. */
    static ResponseDefinitionBuilder portalError(int status, String type, String message) {
        return aResponse().withStatus(status).withHeader("Content-Type", JSON)
                .withHeader("x-amzn-RequestId", "0b5a2c1e-0000-4000-8000-000000000003")
                .withHeader("x-amzn-ErrorType", type).withBody("{\"message\": \"" + message + "\"}");
    }

    /** Time that moves only when a test moves it. */
    static final class TestClock extends Clock {
        private final AtomicReference<Instant> now;

        TestClock(Instant start) {
            this.now = new AtomicReference<>(start);
        }

        void advance(Duration by) {
            now.updateAndGet(instant -> instant.plus(by));
        }

        @Override
        public Instant instant() {
            return now.get();
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
