package io.mskconsole.core.signin;

import io.mskconsole.core.concurrent.Pause;
import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.errors.GatewayException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the app does with IAM Identity Center, for the windows and the commands alike: sign in, keep signed in, list
 * the accounts and roles a sign-in grants, and sign out. Blocking: call it off the UI thread.
 */
public final class IdentityCenter {
    private final SsoTokens tokens;
    private final DeviceSignIn deviceSignIn;
    private final PortalGateway portal;
    private final TokenCache cache;
    private final LoginLocks locks = new LoginLocks();
    private final Map<String, List<GrantedAccount>> grants = new ConcurrentHashMap<>();

    public IdentityCenter(IdentityCenterGateway oidc, PortalGateway portal, TokenCache cache, Clock clock,
                          Pause pause) {
        this.portal = Objects.requireNonNull(portal, "portal");
        this.cache = Objects.requireNonNull(cache, "cache");
        this.tokens = new SsoTokens(cache, oidc, clock, locks);
        this.deviceSignIn = new DeviceSignIn(oidc, cache, clock, pause, locks);
    }

    /** The clock the sign-ins' tokens and the credentials got through them are timed by. */
    public Clock clock() {
        return tokens.clock();
    }

    public SignInState state(SsoLogin login) {
        return tokens.state(login);
    }

    /** See {@link DeviceSignIn#signIn}. The accounts the login granted before are listed again afterwards. */
    public SignInResult signIn(SsoLogin login, SignInPrompt prompt, Cancellation cancellation) {
        SignInResult result = deviceSignIn.signIn(login, prompt, cancellation);
        if (result.signedIn()) {
            synchronized (locks.of(login)) {
                tokens.forget(login);
                grants.remove(login.cacheKey());
            }
        }
        return result;
    }

    /** See {@link SsoTokens#accessToken}. */
    public String accessToken(SsoLogin login) {
        return tokens.accessToken(login);
    }

    /**
     * The accounts the sign-in grants and the roles in each (ListAccounts, then ListAccountRoles per account, one
     * at a time), sorted by name. Asked once per sign-in; {@code again} asks the portal anew.
     *
     * @throws GatewayException {@code SSO_LOGIN_REQUIRED} when not signed in
     */
    public List<GrantedAccount> grantedAccounts(SsoLogin login, boolean again) {
        if (!again) {
            List<GrantedAccount> known = grants.get(login.cacheKey());
            if (known != null) {
                return known;
            }
        }
        int asked = locks.generation(login);
        String token = tokens.accessToken(login);
        List<GrantedAccount> listed = new ArrayList<>();
        for (PortalAccount account : portal.accounts(login, token)) {
            List<String> roles;
            try {
                roles = new ArrayList<>(portal.roles(login, token, account.accountId()));
            } catch (GatewayException oneAccount) {
                if (oneAccount.failure() == io.mskconsole.core.errors.Failure.SSO_LOGIN_REQUIRED) {
                    throw oneAccount;
                }
                // one account's roles that cannot be listed (throttled, refused) do not hide the others'
                roles = new ArrayList<>();
            }
            roles.sort(Comparator.naturalOrder());
            listed.add(new GrantedAccount(account, roles));
        }
        listed.sort(Comparator.comparing((GrantedAccount a) -> a.accountName().toLowerCase(Locale.ROOT))
                .thenComparing(GrantedAccount::accountId));
        List<GrantedAccount> result = List.copyOf(listed);
        synchronized (locks.of(login)) {
            // signed out (or in again) while the portal was asked: these answers are not to be remembered
            if (locks.generation(login) == asked) {
                grants.put(login.cacheKey(), result);
            }
        }
        return result;
    }

    /** The accounts listed so far for the login, without asking: empty when not listed since it signed in. */
    public Optional<List<GrantedAccount>> knownGrants(SsoLogin login) {
        return Optional.ofNullable(grants.get(login.cacheKey()));
    }

    /**
     * Signs out: the portal is told (Logout: the sign-in ends there; role sessions already made run to their end)
     * while the token works, and the cached token is removed whether or not the portal could be told, so the AWS CLI
     * is signed out too.
     *
     * @return what a person should know: empty, or that the portal could not be told and why
     */
    public String signOut(SsoLogin login) {
        String note = "";
        Optional<SsoToken> token;
        try {
            token = tokens.cached(login);
        } catch (GatewayException unreadable) {
            token = Optional.empty();
        }
        if (token.isPresent() && token.get().validFor(tokens.clock().instant(), Duration.ZERO)) {
            try {
                portal.logout(login, token.get().accessToken());
            } catch (GatewayException failed) {
                note = "Signed out on this computer; IAM Identity Center could not be told (" + failed.getMessage()
                        + ").";
            }
        }
        synchronized (locks.of(login)) {
            cache.delete(login);
            tokens.forget(login);
            grants.remove(login.cacheKey());
            locks.changed(login);
        }
        return note;
    }
}
