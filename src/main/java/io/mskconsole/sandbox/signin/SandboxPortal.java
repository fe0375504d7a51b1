package io.mskconsole.sandbox.signin;

import io.mskconsole.core.signin.PortalAccount;
import io.mskconsole.core.signin.PortalGateway;
import io.mskconsole.core.signin.SsoLogin;
import java.util.List;

/** The Sandbox's access portal: two sample accounts, each granting two roles. */
final class SandboxPortal implements PortalGateway {
    static final List<PortalAccount> ACCOUNTS = List.of(
            new PortalAccount("222233334444", "Sandbox Payments", "payments@example.com"),
            new PortalAccount("444455556666", "Sandbox Analytics", "analytics@example.com"));
    static final List<String> ROLES = List.of("MskAdmin", "MskReadOnly");

    @Override
    public List<PortalAccount> accounts(SsoLogin login, String accessToken) {
        return ACCOUNTS;
    }

    @Override
    public List<String> roles(SsoLogin login, String accessToken, String accountId) {
        return ROLES;
    }

    @Override
    public void logout(SsoLogin login, String accessToken) {
        // nothing to end: the Sandbox's tokens live only in its memory cache, which sign-out empties
    }
}
