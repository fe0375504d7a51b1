package io.mskconsole.aws.signin;

import io.mskconsole.aws.account.AwsClientSettings;
import io.mskconsole.aws.errors.AwsCall;
import io.mskconsole.aws.errors.AwsFailures;
import io.mskconsole.aws.errors.AwsService;
import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import io.mskconsole.core.signin.ClientRegistration;
import io.mskconsole.core.signin.DeviceCode;
import io.mskconsole.core.signin.IdentityCenterGateway;
import io.mskconsole.core.signin.NewToken;
import io.mskconsole.core.signin.SsoLogin;
import io.mskconsole.core.signin.TokenPoll;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import software.amazon.awssdk.services.ssooidc.SsoOidcClient;
import software.amazon.awssdk.services.ssooidc.model.AccessDeniedException;
import software.amazon.awssdk.services.ssooidc.model.AuthorizationPendingException;
import software.amazon.awssdk.services.ssooidc.model.CreateTokenResponse;
import software.amazon.awssdk.services.ssooidc.model.ExpiredTokenException;
import software.amazon.awssdk.services.ssooidc.model.InvalidClientException;
import software.amazon.awssdk.services.ssooidc.model.InvalidGrantException;
import software.amazon.awssdk.services.ssooidc.model.RegisterClientResponse;
import software.amazon.awssdk.services.ssooidc.model.SlowDownException;
import software.amazon.awssdk.services.ssooidc.model.StartDeviceAuthorizationResponse;
import software.amazon.awssdk.services.ssooidc.model.UnauthorizedClientException;

/**
 * IAM Identity Center's OIDC service (sso-oidc) over the SDK's {@link SsoOidcClient}: registers the app as a public
 * client, starts the device authorization, asks for the token, and renews it with the refresh token. One client per
 * region, built when first needed and closed by {@link #close()}. The device-code CreateToken is sent once per ask
 * (never retried by the SDK): "not approved yet" is an answer, and the caller asks again at its own pace.
 */
public final class OidcIdentityCenter implements IdentityCenterGateway, AutoCloseable {
    static final String PUBLIC_CLIENT = "public";
    static final String DEVICE_CODE_GRANT = "urn:ietf:params:oauth:grant-type:device_code";
    static final String REFRESH_GRANT = "refresh_token";
    /** How long a device code lasts when the service does not say: its usual 10 minutes. */
    static final Duration USUAL_CODE_LIFETIME = Duration.ofMinutes(10);

    private final RegionalClients<SsoOidcClient> clients;
    private final Clock clock;

    /**
     * @param settings timeouts, retries and, for tests, the endpoint (its credentials override is not used: the
     *                 calls are unsigned)
     * @param clock    when a device code expires is reckoned from it
     */
    public OidcIdentityCenter(AwsClientSettings settings, Clock clock) {
        Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.clients = new RegionalClients<>(AwsService.SSO_OIDC, settings,
                region -> RegionalClients.build(SsoOidcClient.builder(), region, settings));
    }

    @Override
    public ClientRegistration registerClient(SsoLogin login, String clientName, List<String> scopes) {
        AwsCall call = clients.call("RegisterClient", login.region());
        SsoOidcClient oidc = clients.client(call);
        try {
            RegisterClientResponse answer = oidc.registerClient(request -> {
                request.clientName(clientName).clientType(PUBLIC_CLIENT);
                if (scopes != null && !scopes.isEmpty()) {
                    request.scopes(scopes);
                }
            });
            return new ClientRegistration(required(answer.clientId(), "clientId", call),
                    required(answer.clientSecret(), "clientSecret", call),
                    Instant.ofEpochSecond(required(answer.clientSecretExpiresAt(), "clientSecretExpiresAt", call)));
        } catch (RuntimeException e) {
            throw AwsFailures.translate(OidcErrors.described(e), call);
        }
    }

    @Override
    public DeviceCode startDeviceAuthorization(SsoLogin login, ClientRegistration client) {
        AwsCall call = clients.call("StartDeviceAuthorization", login.region());
        SsoOidcClient oidc = clients.client(call);
        try {
            StartDeviceAuthorizationResponse answer = oidc.startDeviceAuthorization(request -> request
                    .clientId(client.clientId()).clientSecret(client.clientSecret()).startUrl(login.startUrl()));
            Duration lifetime = answer.expiresIn() == null ? USUAL_CODE_LIFETIME
                    : Duration.ofSeconds(answer.expiresIn());
            Duration interval = answer.interval() == null ? null : Duration.ofSeconds(answer.interval());
            return new DeviceCode(required(answer.deviceCode(), "deviceCode", call),
                    required(answer.userCode(), "userCode", call),
                    required(answer.verificationUri(), "verificationUri", call), answer.verificationUriComplete(),
                    clock.instant().plus(lifetime), interval);
        } catch (RuntimeException e) {
            throw AwsFailures.translate(OidcErrors.described(e), call);
        }
    }

    @Override
    public TokenPoll createToken(SsoLogin login, ClientRegistration client, DeviceCode code) {
        AwsCall call = clients.call("CreateToken", login.region());
        SsoOidcClient oidc = clients.client(call);
        try {
            CreateTokenResponse answer = oidc.createToken(request -> request.grantType(DEVICE_CODE_GRANT)
                    .deviceCode(code.deviceCode()).clientId(client.clientId()).clientSecret(client.clientSecret())
                    .overrideConfiguration(o -> o.addPlugin(RegionalClients.SINGLE_ATTEMPT)));
            return new TokenPoll.Granted(newToken(answer, call));
        } catch (AuthorizationPendingException notYet) {
            return new TokenPoll.Pending();
        } catch (SlowDownException tooOften) {
            return new TokenPoll.SlowDown();
        } catch (ExpiredTokenException expired) {
            return new TokenPoll.Expired();
        } catch (AccessDeniedException refused) {
            return new TokenPoll.Denied(OidcErrors.said(refused, refused.errorDescription()));
        } catch (RuntimeException e) {
            throw AwsFailures.translate(OidcErrors.described(e), call);
        }
    }

    @Override
    public NewToken refresh(SsoLogin login, ClientRegistration client, String refreshToken) {
        AwsCall call = clients.call("CreateToken", login.region());
        SsoOidcClient oidc = clients.client(call);
        try {
            CreateTokenResponse answer = oidc.createToken(request -> request.grantType(REFRESH_GRANT)
                    .refreshToken(refreshToken).clientId(client.clientId()).clientSecret(client.clientSecret()));
            return newToken(answer, call);
        } catch (InvalidGrantException | ExpiredTokenException | InvalidClientException | UnauthorizedClientException
                 | AccessDeniedException refused) {
            throw signInEnded(login, call, refused);
        } catch (RuntimeException e) {
            throw AwsFailures.translate(OidcErrors.described(e), call);
        }
    }

    /** Closes the clients of every region; calls made afterwards fail with {@code CONFIGURATION}. */
    @Override
    public void close() {
        clients.close();
    }

    private static NewToken newToken(CreateTokenResponse answer, AwsCall call) {
        String accessToken = required(answer.accessToken(), "accessToken", call);
        Integer expiresIn = required(answer.expiresIn(), "expiresIn", call);
        return new NewToken(accessToken, Duration.ofSeconds(expiresIn), answer.refreshToken());
    }

    private static GatewayException signInEnded(SsoLogin login, AwsCall call, RuntimeException refused) {
        String said = OidcErrors.said(refused, null);
        return new GatewayException(Failure.SSO_LOGIN_REQUIRED, call.operation(), "The sign-in to " + login.describe()
                + " has ended: IAM Identity Center no longer renews it" + (said == null ? "" : " (" + said + ")")
                + ". Sign in again: press Sign in, or run `msk-console login` or `" + login.cliLogin(null) + "`.", said,
                refused);
    }

    /** A field the answer must have; without it the answer is unusable (and nothing secret is quoted). */
    private static <T> T required(T value, String field, AwsCall call) {
        if (value == null) {
            throw new GatewayException(Failure.UNKNOWN, call.operation(), call.describe()
                    + " failed: IAM Identity Center answered without " + field + ". Try again.");
        }
        return value;
    }
}
