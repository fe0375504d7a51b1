package io.mskconsole.ui.signin;

import static org.assertj.core.api.Assertions.assertThat;

import io.mskconsole.core.account.Account;
import io.mskconsole.core.account.AccountSignIn;
import io.mskconsole.core.account.Accounts;
import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.signin.IdentityCenter;
import io.mskconsole.core.concurrent.Pause;
import io.mskconsole.sandbox.MutableClock;
import io.mskconsole.sandbox.SandboxWorld;
import io.mskconsole.sandbox.signin.SandboxSignIn;
import io.mskconsole.testing.FakeAccounts;
import io.mskconsole.testing.RecordingDialogs;
import io.mskconsole.ui.common.ImmediateTaskExecutor;
import io.mskconsole.ui.shell.OpenAccount;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The app's sign-ins without windows: two profiles naming the same SSO session share one sign-in, its granted
 * accounts and its sign-out; one sign-in window per login.
 */
class SignInsViewModelTest {
    final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T15:00:00Z"));
    final Pause pause = (duration, cancellation) -> {
        clock.advance(duration);
        return cancellation.isCancelled();
    };
    final IdentityCenter identityCenter = SandboxSignIn.create(clock, pause,
            role -> new SandboxWorld(clock, Duration.ZERO)).signIn().identityCenter();
    final FakeAccounts profiles = new FakeAccounts();
    final ObservableList<Account> choices = FXCollections.observableArrayList();
    final ObservableList<OpenAccount> open = FXCollections.observableArrayList();
    final List<SignInViewModel> shown = new ArrayList<>();
    final List<SignInViewModel> broughtToFront = new ArrayList<>();
    final List<Runnable> closeWindow = new ArrayList<>();
    SignInsViewModel signIns;

    @BeforeEach
    void twoProfilesOfOneSession() {
        profiles.addSampleProfiles("dev-a", "dev-b");
        for (String profile : List.of("dev-a", "dev-b")) {
            profiles.signInsByProfile.put(profile, new AccountSignIn(Account.profile(profile), SandboxSignIn.LOGIN,
                    identityCenter));
        }
        signIns = new SignInsViewModel(new Accounts(profiles, () -> null), new ImmediateTaskExecutor(), choices, open,
                new SignInsViewModel.SignInWindows() {
                    @Override
                    public void show(SignInViewModel model, Runnable closed) {
                        shown.add(model);
                        closeWindow.add(closed);
                    }

                    @Override
                    public void toFront(SignInViewModel model) {
                        broughtToFront.add(model);
                    }
                }, SignInViewModel.Browser.NONE);
    }

    private void signedIn() {
        assertThat(identityCenter.signIn(SandboxSignIn.LOGIN, code -> { }, Cancellation.none()).signedIn()).isTrue();
    }

    @Test
    void theGrantedAccountsOfASignedInSessionJoinThePickerOnceItIsFilled() {
        signedIn();

        choices.setAll(Account.SANDBOX, Account.profile("dev-a"), Account.profile("dev-b"));

        assertThat(choices).hasSize(7);
        assertThat(choices.subList(3, 7)).allSatisfy(account -> {
            assertThat(account.role()).isNotNull();
            assertThat(account.signInAccount()).isEqualTo(Account.profile("dev-a"));
        });
    }

    @Test
    void signingOutFromTheOtherProfileOfTheSessionRemovesItsGrantedAccountsToo() {
        signedIn();
        choices.setAll(Account.SANDBOX, Account.profile("dev-a"), Account.profile("dev-b"));
        signIns.follow(new SimpleObjectProperty<>(Account.profile("dev-b")));
        assertThat(signIns.shownSignedInProperty().get()).isTrue();
        RecordingDialogs dialogs = new RecordingDialogs();

        signIns.signOutShown(dialogs);

        assertThat(choices).containsExactly(Account.SANDBOX, Account.profile("dev-a"), Account.profile("dev-b"));
        assertThat(signIns.shownSignedInProperty().get()).isFalse();
        assertThat(signIns.noticeProperty().get()).isEqualTo("Signed out of SSO session sandbox-sso.");
    }

    @Test
    void aSecondSignInOfTheSameSessionBringsTheOpenWindowForwardInsteadOfAnotherCode() {
        signIns.signIn(profiles.signInsByProfile.get("dev-a"));
        signIns.signIn(profiles.signInsByProfile.get("dev-b"));

        assertThat(shown).hasSize(1);
        assertThat(broughtToFront).containsExactly(shown.get(0));

        closeWindow.get(0).run();
        signIns.signIn(profiles.signInsByProfile.get("dev-b"));
        assertThat(shown).hasSize(2);
    }

    @Test
    void afterASignOutElsewhereTheSessionIsNotShownAsSignedIn() {
        signedIn();
        signIns.follow(new SimpleObjectProperty<>(Account.profile("dev-a")));
        assertThat(signIns.shownSignedInProperty().get()).isTrue();

        identityCenter.signOut(SandboxSignIn.LOGIN);
        signIns.follow(new SimpleObjectProperty<>(Account.profile("dev-b")));

        assertThat(signIns.shownSignedInProperty().get()).isFalse();
        assertThat(signIns.shownSignInProperty().get().describe()).isEqualTo("SSO session sandbox-sso");
    }
}
