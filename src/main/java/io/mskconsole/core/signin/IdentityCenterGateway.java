package io.mskconsole.core.signin;

import java.util.List;

/**
 * IAM Identity Center's OIDC service (sso-oidc) in the login's region: unsigned calls, no AWS credentials needed.
 * Failures other than the answers of {@link TokenPoll} are {@link io.mskconsole.core.errors.GatewayException}s.
 */
public interface IdentityCenterGateway {
    /** RegisterClient: a public client named {@code clientName}, asking for {@code scopes} (none: leave them out). */
    ClientRegistration registerClient(SsoLogin login, String clientName, List<String> scopes);

    /** StartDeviceAuthorization for the login's start URL. */
    DeviceCode startDeviceAuthorization(SsoLogin login, ClientRegistration client);

    /** CreateToken with the device code grant: one ask whether the user has approved. */
    TokenPoll createToken(SsoLogin login, ClientRegistration client, DeviceCode code);

    /**
     * CreateToken with the refresh token grant.
     *
     * @throws io.mskconsole.core.errors.GatewayException with {@code SSO_LOGIN_REQUIRED} when the refresh token (or
     *                                                    the client) is no longer accepted
     */
    NewToken refresh(SsoLogin login, ClientRegistration client, String refreshToken);
}
