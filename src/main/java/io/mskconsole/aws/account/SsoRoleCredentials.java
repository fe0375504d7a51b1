package io.mskconsole.aws.account;

import io.mskconsole.core.account.AccountRole;
import io.mskconsole.core.concurrent.ExpiringValue;
import io.mskconsole.core.signin.IdentityCenter;
import io.mskconsole.core.signin.SsoLogin;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.services.sso.SsoClient;
import software.amazon.awssdk.services.sso.model.RoleCredentials;
import software.amazon.awssdk.utils.SdkAutoCloseable;

/**
 * The credentials of an account and role through an IAM Identity Center sign-in (GetRoleCredentials, asked with the
 * access token {@link IdentityCenter} keeps renewed in the AWS CLI's token cache), the same for a profile's own
 * {@code sso_account_id}/{@code sso_role_name} and for any account and role the sign-in grants. Kept as the SDK's own
 * SSO provider keeps them ({@link ExpiringValue}): fetched once however many callers ask at once, fetched again by one
 * caller from {@link #PREFETCH} before they expire while the others keep the cached ones, and by the first caller,
 * the others waiting, from {@link #STALE} before. Time is the sign-in's clock, so tests move it.
 */
final class SsoRoleCredentials implements AwsCredentialsProvider, SdkAutoCloseable {
    static final Duration PREFETCH = Duration.ofMinutes(5);
    static final Duration STALE = Duration.ofMinutes(1);

    private final IdentityCenter identityCenter;
    private final SsoLogin login;
    private final AccountRole role;
    private final SsoClient portal;
    private final ExpiringValue<AwsCredentials> cache;

    /** @param portal the access portal's client in the login's region; closed with this provider */
    SsoRoleCredentials(IdentityCenter identityCenter, SsoLogin login, AccountRole role, SsoClient portal,
                       Clock clock) {
        this.identityCenter = Objects.requireNonNull(identityCenter, "identityCenter");
        this.login = Objects.requireNonNull(login, "login");
        this.role = Objects.requireNonNull(role, "role");
        this.portal = Objects.requireNonNull(portal, "portal");
        this.cache = new ExpiringValue<>(this::fetch, clock, PREFETCH, STALE);
    }

    private ExpiringValue.Fetched<AwsCredentials> fetch() {
        String token = identityCenter.accessToken(login);
        RoleCredentials answer = portal.getRoleCredentials(r -> r.accountId(role.accountId())
                .roleName(role.roleName()).accessToken(token)).roleCredentials();
        Instant expires = Instant.ofEpochMilli(answer.expiration());
        AwsCredentials credentials = AwsSessionCredentials.builder().accessKeyId(answer.accessKeyId())
                .secretAccessKey(answer.secretAccessKey()).sessionToken(answer.sessionToken()).expirationTime(expires)
                .accountId(role.accountId()).build();
        return new ExpiringValue.Fetched<>(credentials, expires);
    }

    @Override
    public AwsCredentials resolveCredentials() {
        return cache.get();
    }

    @Override
    public void close() {
        portal.close();
    }

    @Override
    public String toString() {
        return "SsoRoleCredentials(" + role.accountId() + ", " + role.roleName() + ")";
    }
}
