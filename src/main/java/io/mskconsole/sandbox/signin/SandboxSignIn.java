package io.mskconsole.sandbox.signin;

import io.mskconsole.core.account.Account;
import io.mskconsole.core.account.AccountRole;
import io.mskconsole.core.account.AccountSignIn;
import io.mskconsole.core.account.Accounts;
import io.mskconsole.core.account.Session;
import io.mskconsole.core.signin.IdentityCenter;
import io.mskconsole.core.signin.Pause;
import io.mskconsole.core.signin.SsoLogin;
import io.mskconsole.sandbox.SandboxSession;
import io.mskconsole.sandbox.SandboxWorld;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The Sandbox's sample IAM Identity Center sign-in ({@value #SESSION_NAME}): a device code approved by itself after
 * a few seconds, two accounts with two roles each, and each granted account its own offline sample world (a change
 * in one stays there, and stays while the app runs).
 */
public final class SandboxSignIn {
    public static final String SESSION_NAME = "sandbox-sso";
    public static final SsoLogin LOGIN = new SsoLogin(SESSION_NAME, "https://sandbox-example.awsapps.com/start",
            "us-east-1", List.of(SsoLogin.DEFAULT_SCOPE), true);

    private SandboxSignIn() {
    }

    /** The app's: the wall clock, real waits, and sample worlds made as each account is first opened. */
    public static Accounts.SandboxSignIn standard() {
        return create(Clock.systemUTC(), Pause.REAL, role -> new SandboxWorld());
    }

    /**
     * @param clock the Sandbox's clock (when the code is approved, when tokens expire)
     * @param pause how the sign-in waits between asks (tests advance their clock instead)
     * @param world makes the sample world of a granted account and role
     */
    public static Accounts.SandboxSignIn create(Clock clock, Pause pause, Function<AccountRole, SandboxWorld> world) {
        IdentityCenter identityCenter = new IdentityCenter(new SandboxIdentityCenter(clock), new SandboxPortal(),
                new MemoryTokenCache(), clock, pause);
        Map<AccountRole, SandboxWorld> worlds = new ConcurrentHashMap<>();
        Function<AccountRole, Session> roles = role -> SandboxSession.forRole(
                worlds.computeIfAbsent(role, world), role);
        return new Accounts.SandboxSignIn(new AccountSignIn(Account.SANDBOX, LOGIN, identityCenter), roles);
    }
}
