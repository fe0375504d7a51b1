package io.mskconsole.core.signin;

import java.util.List;

/**
 * The AWS access portal (service "sso") in the login's region, called with the access token (a bearer token, no
 * AWS signature). Failures are {@link io.mskconsole.core.errors.GatewayException}s; an access token the portal no
 * longer takes is {@code SSO_LOGIN_REQUIRED}.
 */
public interface PortalGateway {
    /** ListAccounts, every page. */
    List<PortalAccount> accounts(SsoLogin login, String accessToken);

    /** ListAccountRoles of one account, every page: the role names. */
    List<String> roles(SsoLogin login, String accessToken, String accountId);

    /** Logout: the portal ends the sign-in; role sessions already made with it run until they expire. */
    void logout(SsoLogin login, String accessToken);
}
