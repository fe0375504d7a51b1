package io.mskconsole.sandbox.signin;

import io.mskconsole.core.account.Account;
import io.mskconsole.core.account.AccountRole;
import io.mskconsole.core.account.AccountSignIn;
import io.mskconsole.core.account.Accounts;
import io.mskconsole.core.account.Session;
import io.mskconsole.core.signin.IdentityCenter;
import io.mskconsole.core.concurrent.Pause;
import io.mskconsole.core.signin.SsoLogin;
import io.mskconsole.sandbox.SandboxFleetData;
import io.mskconsole.sandbox.SandboxSession;
import io.mskconsole.sandbox.SandboxWorld;
import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import io.mskconsole.core.signin.TokenCache;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The Sandbox's sample IAM Identity Center sign-in ({@value #SESSION_NAME}): a device code approved by itself after
 * a few seconds, two accounts with two roles each, and each granted account its own offline sample world, which its
 * roles share: in the app, that account's fleet ({@link SandboxFleetData}: 18 clusters in ten regions, every fleet
 * rule broken somewhere). A change in one account stays there, and stays while the app runs.
 */
public final class SandboxSignIn {
    public static final String SESSION_NAME = "sandbox-sso";
    public static final SsoLogin LOGIN = new SsoLogin(SESSION_NAME, "https://sandbox-example.awsapps.com/start",
            "us-east-1", List.of(SsoLogin.DEFAULT_SCOPE), true);

    private SandboxSignIn() {
    }

    /**
     * The app's: the wall clock, real waits, each account's fleet made as the account is first opened, and the sample
     * sign-in kept in {@code settingsFolder}, so the window and the commands share it.
     */
    public static Accounts.SandboxSignIn standard(Path settingsFolder) {
        Clock clock = Clock.systemUTC();
        return create(clock, Pause.REAL, fleets(clock, SandboxWorld.DEFAULT_OPERATION_DURATION),
                SandboxSession.CALL_DELAY, new SandboxTokenFile(settingsFolder.resolve("sandbox-sso.properties")));
    }

    /**
     * The worlds of the app's sample sign-in: a granted account's fleet ({@link SandboxFleetData#sample}); an account
     * without one (none the sample portal grants) gets a copy of the Sandbox account's clusters.
     */
    public static Function<AccountRole, SandboxWorld> fleets(Clock clock, Duration operationDuration) {
        return role -> SandboxFleetData.hasFleet(role.accountId())
                ? SandboxFleetData.world(role.accountId(), clock, operationDuration)
                : new SandboxWorld(clock, operationDuration);
    }

    /**
     * @param clock the Sandbox's clock (when the code is approved, when tokens expire)
     * @param pause how the sign-in waits between asks (tests advance their clock instead)
     * @param world makes the sample world of a granted account, given the first of its roles opened; the account's
     *              other roles share it
     */
    public static Accounts.SandboxSignIn create(Clock clock, Pause pause, Function<AccountRole, SandboxWorld> world) {
        return create(clock, pause, world, SandboxSession.CALL_DELAY);
    }

    /** @param callDelay how long each destination, key, permission and broker call waits (zero in tests) */
    public static Accounts.SandboxSignIn create(Clock clock, Pause pause, Function<AccountRole, SandboxWorld> world,
                                                Duration callDelay) {
        return create(clock, pause, world, callDelay, new MemoryTokenCache());
    }

    private static Accounts.SandboxSignIn create(Clock clock, Pause pause, Function<AccountRole, SandboxWorld> world,
                                                 Duration callDelay, TokenCache cache) {
        IdentityCenter identityCenter = new IdentityCenter(new SandboxIdentityCenter(clock), new SandboxPortal(),
                cache, clock, pause);
        AccountSignIn signIn = new AccountSignIn(Account.SANDBOX, LOGIN, identityCenter);
        // by account id: the roles of one account see the same clusters
        Map<String, SandboxWorld> worlds = new ConcurrentHashMap<>();
        Function<AccountRole, Session> roles = role -> {
            // as GetRoleCredentials would: only signed in, and only an account and role the sign-in grants
            List<Account> granted = signIn.grantedAccounts(false);
            Account asked = Account.SANDBOX.withRole(role);
            AccountRole named = granted.stream().filter(asked::equals).findFirst().map(Account::role)
                    .orElseThrow(() -> new GatewayException(Failure.ACCESS_DENIED, "GetRoleCredentials",
                            "The Sandbox's sample sign-in does not grant role " + role.roleName() + " in account "
                                    + role.accountId() + ": see `accounts --sandbox` for what it grants."));
            return SandboxSession.forRole(worlds.computeIfAbsent(named.accountId(), id -> world.apply(named)), named,
                    callDelay);
        };
        return new Accounts.SandboxSignIn(signIn, roles);
    }
}
