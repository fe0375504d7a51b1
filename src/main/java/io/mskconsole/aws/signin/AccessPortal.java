package io.mskconsole.aws.signin;

import io.mskconsole.aws.account.AwsClientSettings;
import io.mskconsole.aws.errors.AwsCall;
import io.mskconsole.aws.errors.AwsFailures;
import io.mskconsole.aws.errors.AwsService;
import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import io.mskconsole.core.signin.PortalAccount;
import io.mskconsole.core.signin.PortalGateway;
import io.mskconsole.core.signin.SsoLogin;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.sso.SsoClient;
import software.amazon.awssdk.services.sso.model.AccountInfo;
import software.amazon.awssdk.services.sso.model.RoleInfo;
import software.amazon.awssdk.services.sso.model.UnauthorizedException;

/**
 * The AWS access portal (service "sso") over the SDK's {@link SsoClient}: the accounts a sign-in grants, the roles in
 * each (every page of both) and sign-out. The access token goes in the {@code x-amz-sso_bearer_token} header and
 * nowhere else: no message of this class quotes it. One client per region, built when first needed and closed by
 * {@link #close()}.
 */
public final class AccessPortal implements PortalGateway, AutoCloseable {
    private final RegionalClients<SsoClient> clients;

    /**
     * @param settings timeouts, retries and, for tests, the endpoint (its credentials override is not used: the
     *                 calls carry the access token instead)
     */
    public AccessPortal(AwsClientSettings settings) {
        Objects.requireNonNull(settings, "settings");
        this.clients = new RegionalClients<>(AwsService.SSO_PORTAL, settings,
                region -> RegionalClients.build(SsoClient.builder(), region, settings));
    }

    @Override
    public List<PortalAccount> accounts(SsoLogin login, String accessToken) {
        return call(login, "ListAccounts", sso -> {
            List<PortalAccount> accounts = new ArrayList<>();
            for (AccountInfo account : sso.listAccountsPaginator(request -> request.accessToken(accessToken))
                    .accountList()) {
                accounts.add(new PortalAccount(account.accountId(), account.accountName(), account.emailAddress()));
            }
            return accounts;
        });
    }

    @Override
    public List<String> roles(SsoLogin login, String accessToken, String accountId) {
        return call(login, "ListAccountRoles", sso -> {
            List<String> roles = new ArrayList<>();
            for (RoleInfo role : sso.listAccountRolesPaginator(request -> request.accessToken(accessToken)
                    .accountId(accountId)).roleList()) {
                if (role.roleName() != null) {
                    roles.add(role.roleName());
                }
            }
            return roles;
        });
    }

    @Override
    public void logout(SsoLogin login, String accessToken) {
        call(login, "Logout", sso -> sso.logout(request -> request.accessToken(accessToken)));
    }

    /** Closes the clients of every region; calls made afterwards fail with {@code CONFIGURATION}. */
    @Override
    public void close() {
        clients.close();
    }

    private <T> T call(SsoLogin login, String operation, Function<SsoClient, T> action) {
        AwsCall call = clients.call(operation, login.region());
        SsoClient sso = clients.client(call);
        try {
            return action.apply(sso);
        } catch (RuntimeException e) {
            AwsServiceException service = AwsFailures.find(e, AwsServiceException.class);
            if (service instanceof UnauthorizedException || (service != null && service.statusCode() == 401)) {
                throw signInEnded(login, call, service);
            }
            throw AwsFailures.translate(e, call);
        }
    }

    private static GatewayException signInEnded(SsoLogin login, AwsCall call, AwsServiceException refused) {
        String said = refused.awsErrorDetails() == null ? null : refused.awsErrorDetails().errorMessage();
        return new GatewayException(Failure.SSO_LOGIN_REQUIRED, call.operation(), call.describe()
                + " failed: the sign-in to " + login.describe() + " has ended"
                + (said == null || said.isBlank() ? "" : " (" + said.strip() + ")") + ". Sign in again: press Sign in,"
                + " or run `msk-console login` or `" + login.cliLogin(null) + "`.", said, refused);
    }
}
