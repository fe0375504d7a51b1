package io.mskconsole.aws.account;

import io.mskconsole.core.account.AccountRole;
import io.mskconsole.core.signin.IdentityCenter;
import io.mskconsole.core.signin.SsoLogin;
import java.util.Objects;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.services.sso.SsoClient;
import software.amazon.awssdk.services.sso.auth.SsoCredentialsProvider;
import software.amazon.awssdk.services.sso.model.GetRoleCredentialsRequest;
import software.amazon.awssdk.utils.SdkAutoCloseable;

/**
 * The credentials of an account and role through an IAM Identity Center sign-in: the SDK's
 * {@link SsoCredentialsProvider} (GetRoleCredentials, cached, fetched again from 5 minutes before they expire by one
 * caller while the others keep the cached ones), asked with the access token {@link IdentityCenter} keeps renewed in
 * the AWS CLI's token cache. The same for a profile's own {@code sso_account_id}/{@code sso_role_name} and for any
 * account and role the sign-in grants.
 */
final class SsoRoleCredentials implements AwsCredentialsProvider, SdkAutoCloseable {
    private final SsoClient portal;
    private final SsoCredentialsProvider provider;
    private final AccountRole role;

    /** @param portal the access portal's client in the login's region; closed with this provider */
    SsoRoleCredentials(IdentityCenter identityCenter, SsoLogin login, AccountRole role, SsoClient portal) {
        Objects.requireNonNull(identityCenter, "identityCenter");
        Objects.requireNonNull(login, "login");
        this.role = Objects.requireNonNull(role, "role");
        this.portal = Objects.requireNonNull(portal, "portal");
        SsoCredentialsProvider.Builder builder = SsoCredentialsProvider.builder();
        this.provider = builder
                .ssoClient(portal)
                .refreshRequest(() -> GetRoleCredentialsRequest.builder()
                        .accountId(role.accountId())
                        .roleName(role.roleName())
                        .accessToken(identityCenter.accessToken(login))
                        .build())
                .build();
    }

    @Override
    public AwsCredentials resolveCredentials() {
        return provider.resolveCredentials();
    }

    @Override
    public void close() {
        provider.close();
        portal.close();
    }

    @Override
    public String toString() {
        return "SsoRoleCredentials(" + role.accountId() + ", " + role.roleName() + ")";
    }
}
