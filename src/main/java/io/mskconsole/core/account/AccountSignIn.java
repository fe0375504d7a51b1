package io.mskconsole.core.account;

import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.signin.GrantedAccount;
import io.mskconsole.core.signin.IdentityCenter;
import io.mskconsole.core.signin.SignInPrompt;
import io.mskconsole.core.signin.SignInResult;
import io.mskconsole.core.signin.SignInState;
import io.mskconsole.core.signin.SsoLogin;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The IAM Identity Center sign-in an account goes through, bound to the account (an SSO profile, or the Sandbox)
 * that names it: what the windows and the commands sign in, list the granted accounts of, and sign out. Blocking.
 *
 * @param account the profile (or the Sandbox) naming the login, without a granted role
 */
public record AccountSignIn(Account account, SsoLogin login, IdentityCenter identityCenter) {
    public AccountSignIn {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(identityCenter, "identityCenter");
        account = account.signInAccount();
    }

    public SignInState state() {
        return identityCenter.state(login);
    }

    /**
     * Whether the sign-in works now: a token in hand, renewed first if it is near its end (which asks IAM Identity
     * Center). A refresh token alone says nothing: the session behind it may have ended. Blocking.
     */
    public boolean working() {
        try {
            if (!state().signedIn()) {
                return false;
            }
            identityCenter.accessToken(login);
            return true;
        } catch (RuntimeException endedOrUnreadable) {
            // an ended session, no network, a cache file that cannot be read: signing in again is what helps
            return false;
        }
    }

    public SignInResult signIn(SignInPrompt prompt, Cancellation cancellation) {
        return identityCenter.signIn(login, prompt, cancellation);
    }

    /** @return empty, or that the portal could not be told (the token is removed all the same) */
    public String signOut() {
        return identityCenter.signOut(login);
    }

    /**
     * Every account and role the sign-in grants, as accounts to open through this one's sign-in, sorted by the
     * account's name, then role.
     */
    public List<Account> grantedAccounts(boolean again) {
        return asAccounts(identityCenter.grantedAccounts(login, again));
    }

    /** The granted accounts listed since the sign-in, without asking the portal; empty when none were. */
    public List<Account> knownGrantedAccounts() {
        return identityCenter.knownGrants(login).map(this::asAccounts).orElse(List.of());
    }

    /** The granted accounts with the portal's answers as they are, for the {@code accounts} command. */
    public List<GrantedAccount> grants(boolean again) {
        return identityCenter.grantedAccounts(login, again);
    }

    private List<Account> asAccounts(List<GrantedAccount> grants) {
        List<Account> accounts = new ArrayList<>();
        for (GrantedAccount granted : grants) {
            for (String role : granted.roles()) {
                accounts.add(account.withRole(new AccountRole(granted.accountId(), role, granted.accountName())));
            }
        }
        return List.copyOf(accounts);
    }

    /** How people name the sign-in: "SSO session corp" or "SSO start URL https://…". */
    public String describe() {
        return login.describe();
    }
}
