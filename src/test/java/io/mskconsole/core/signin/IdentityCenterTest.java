package io.mskconsole.core.signin;

import static org.assertj.core.api.Assertions.assertThat;

import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import io.mskconsole.sandbox.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The accounts a sign-in grants, asked once per sign-in; sign-out tells the portal and empties the cache. */
class IdentityCenterTest {
    static final Instant NOW = Instant.parse("2026-12-07T15:00:00Z");
    static final SsoLogin LOGIN = DeviceSignInTest.LOGIN;

    final MutableClock clock = new MutableClock(NOW);
    final FakeIdentityCenter fake = new FakeIdentityCenter(clock);
    final IdentityCenter identityCenter = new IdentityCenter(fake, fake, fake, clock, (d, c) -> {
        clock.advance(d);
        return false;
    });

    private void signedIn() {
        fake.write(LOGIN, new SsoToken(LOGIN.startUrl(), LOGIN.region(), "access", NOW.plus(Duration.ofHours(1)),
                "client", "secret", NOW.plus(Duration.ofDays(30)), "refresh"));
    }

    @Test
    void listsEveryGrantedAccountWithItsRolesSortedByNameAndAsksOncePerSignIn() {
        signedIn();

        List<GrantedAccount> first = identityCenter.grantedAccounts(LOGIN, false);
        List<GrantedAccount> second = identityCenter.grantedAccounts(LOGIN, false);

        assertThat(first).extracting(GrantedAccount::accountName).containsExactly("analytics", "Payments");
        assertThat(first.get(0).roles()).containsExactly("MskAdmin", "ReadOnly");
        assertThat(second).isSameAs(first);
        assertThat(fake.calls).containsExactly("ListAccounts access", "ListAccountRoles 444455556666",
                "ListAccountRoles 222233334444");
        assertThat(identityCenter.knownGrants(LOGIN)).contains(first);
    }

    @Test
    void signingInAgainForgetsTheAccountsListed() {
        signedIn();
        identityCenter.grantedAccounts(LOGIN, false);
        fake.polls.add(new TokenPoll.Granted(new NewToken("access-2", Duration.ofHours(1), "refresh-2")));

        assertThat(identityCenter.signIn(LOGIN, code -> { }, io.mskconsole.core.concurrent.Cancellation.none())
                .signedIn()).isTrue();

        assertThat(identityCenter.knownGrants(LOGIN)).isEmpty();
    }

    @Test
    void oneAccountWhoseRolesCannotBeListedDoesNotHideTheOthers() {
        signedIn();
        fake.refuseRolesOf = "444455556666";

        List<GrantedAccount> listed = identityCenter.grantedAccounts(LOGIN, false);

        assertThat(listed).extracting(GrantedAccount::accountId).containsExactly("444455556666", "222233334444");
        assertThat(listed.get(0).roles()).isEmpty();
        assertThat(listed.get(1).roles()).containsExactly("MskAdmin", "ReadOnly");
    }

    @Test
    void signingOutTellsThePortalAndRemovesTheCachedToken() {
        signedIn();
        identityCenter.grantedAccounts(LOGIN, false);

        assertThat(identityCenter.signOut(LOGIN)).isEmpty();

        assertThat(fake.calls).contains("Logout access");
        assertThat(fake.read(LOGIN)).isEmpty();
        assertThat(identityCenter.knownGrants(LOGIN)).isEmpty();
        assertThat(identityCenter.state(LOGIN).signedIn()).isFalse();
    }

    @Test
    void aPortalThatCannotBeToldStillSignsOutHereAndSaysSo() {
        signedIn();
        fake.logoutFailure = new GatewayException(Failure.CONNECTION, "Logout", "Logout failed: no network");

        String note = identityCenter.signOut(LOGIN);

        assertThat(note).contains("Signed out on this computer").contains("no network");
        assertThat(fake.read(LOGIN)).isEmpty();
    }

    @Test
    void anExpiredTokenIsRemovedWithoutAskingThePortal() {
        fake.write(LOGIN, new SsoToken(LOGIN.startUrl(), LOGIN.region(), "old", NOW.minusSeconds(1), null, null, null,
                null));

        identityCenter.signOut(LOGIN);

        assertThat(fake.calls).isEmpty();
        assertThat(fake.read(LOGIN)).isEmpty();
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aSignOutWhileARefreshIsInFlightIsNotUndoneByTheRefreshWritingBack() throws Exception {
        fake.write(LOGIN, new SsoToken(LOGIN.startUrl(), LOGIN.region(), "access", NOW.plusSeconds(300), "client",
                "secret", NOW.plus(Duration.ofDays(30)), "refresh"));
        CountDownLatch refreshing = new CountDownLatch(1);
        CountDownLatch answer = new CountDownLatch(1);
        fake.duringRefresh = () -> {
            refreshing.countDown();
            await(answer);
        };
        Thread refresh = new Thread(() -> identityCenter.accessToken(LOGIN));
        refresh.start();
        await(refreshing);
        Thread signOut = new Thread(() -> identityCenter.signOut(LOGIN));
        signOut.start();
        while (signOut.getState() != Thread.State.BLOCKED && signOut.isAlive()) {
            Thread.onSpinWait();
        }
        answer.countDown();
        refresh.join(10_000);
        signOut.join(10_000);

        assertThat(fake.read(LOGIN)).as("signed out stays signed out").isEmpty();
        assertThat(identityCenter.state(LOGIN).signedIn()).isFalse();
    }

    @Test
    void accountsListedWhileSigningOutAreNotRemembered() throws Exception {
        signedIn();
        CountDownLatch listing = new CountDownLatch(1);
        CountDownLatch answer = new CountDownLatch(1);
        fake.duringListAccounts = () -> {
            listing.countDown();
            await(answer);
        };
        Thread list = new Thread(() -> identityCenter.grantedAccounts(LOGIN, false));
        list.start();
        await(listing);
        identityCenter.signOut(LOGIN);
        answer.countDown();
        list.join(10_000);

        assertThat(identityCenter.knownGrants(LOGIN)).isEmpty();
    }
}
