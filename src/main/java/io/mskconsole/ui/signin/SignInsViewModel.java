package io.mskconsole.ui.signin;

import io.mskconsole.core.account.Account;
import io.mskconsole.core.account.AccountSignIn;
import io.mskconsole.core.account.Accounts;
import io.mskconsole.core.signin.SignInState;
import io.mskconsole.ui.common.DialogService;
import io.mskconsole.ui.common.Messages;
import io.mskconsole.ui.common.TaskExecutor;
import io.mskconsole.ui.shell.OpenAccount;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The app's IAM Identity Center sign-ins, for every window: which sign-in the account shown goes through and whether
 * it is signed in; Sign in (one sign-in window per attempt); after it, the accounts and roles the sign-in grants in
 * the account picker and every open account of it asked again; Sign out, after which the open accounts of that
 * sign-in say they are signed out (their windows and unsaved edits stay). On the UI thread; the work runs on the
 * executor.
 */
public final class SignInsViewModel {
    private final Accounts accounts;
    private final TaskExecutor executor;
    private final ObservableList<Account> choices;
    private final ObservableList<OpenAccount> open;
    private final Consumer<SignInViewModel> windows;
    private final SignInViewModel.Browser browser;
    private final ObjectProperty<AccountSignIn> shownSignIn = new SimpleObjectProperty<>();
    private final BooleanProperty shownSignedIn = new SimpleBooleanProperty();
    private final StringProperty notice = new SimpleStringProperty("");
    private Account shownAccount;
    private int lookups;
    private boolean grantsAsked;

    /**
     * @param choices the account picker's accounts: the granted accounts are added to it
     * @param open    the accounts open in the app
     * @param windows shows a sign-in's window
     */
    public SignInsViewModel(Accounts accounts, TaskExecutor executor, ObservableList<Account> choices,
                            ObservableList<OpenAccount> open, Consumer<SignInViewModel> windows,
                            SignInViewModel.Browser browser) {
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.choices = choices;
        this.open = open;
        this.windows = Objects.requireNonNull(windows, "windows");
        this.browser = Objects.requireNonNull(browser, "browser");
        // the picker is filled once the profiles are read: then the sign-ins signed in already are asked for theirs
        choices.addListener((ListChangeListener<Account>) change -> {
            if (!grantsAsked && !choices.isEmpty()) {
                grantsAsked = true;
                listGranted();
            }
        });
    }

    /** Follows the account shown (in the main window): its sign-in and whether it is signed in. */
    public void follow(ObservableValue<Account> shown) {
        shown.addListener((obs, old, now) -> lookUp(now));
        lookUp(shown.getValue());
    }

    private void lookUp(Account account) {
        shownAccount = account;
        int mine = ++lookups;
        if (account == null) {
            shownSignIn.set(null);
            shownSignedIn.set(false);
            return;
        }
        executor.execute(c -> {
            Optional<AccountSignIn> signIn = accounts.signInOf(account);
            SignInState state = signIn.map(AccountSignIn::state).orElse(SignInState.SIGNED_OUT);
            return new Looked(signIn.orElse(null), state.signedIn());
        }, looked -> {
            if (mine == lookups) {
                shownSignIn.set(looked.signIn());
                shownSignedIn.set(looked.signedIn());
            }
        }, failure -> {
            if (mine == lookups) {
                shownSignIn.set(null);
                shownSignedIn.set(false);
            }
        });
    }

    private record Looked(AccountSignIn signIn, boolean signedIn) {
    }

    /** Opens a sign-in window for the shown account's sign-in. */
    public void signInShown() {
        AccountSignIn signIn = shownSignIn.get();
        if (signIn != null) {
            signIn(signIn);
        }
    }

    /** Opens a sign-in window for a sign-in (from a signed-out bar of any window). */
    public void signIn(AccountSignIn signIn) {
        windows.accept(new SignInViewModel(signIn, executor, browser, () -> signedIn(signIn)));
    }

    private void signedIn(AccountSignIn signIn) {
        notice.set("Signed in to " + signIn.describe() + ".");
        openOf(signIn).forEach(OpenAccount::signedIn);
        lookUp(shownAccount);
        listGranted();
    }

    /** Signs out of the shown account's sign-in, after asking. */
    public void signOutShown(DialogService dialogs) {
        AccountSignIn signIn = shownSignIn.get();
        if (signIn == null) {
            return;
        }
        List<OpenAccount> affected = openOf(signIn);
        String windowsWord = affected.isEmpty() ? "" : " The windows of its " + affected.size() + " open account"
                + (affected.size() == 1 ? "" : "s") + " stay open and say they are signed out.";
        if (!dialogs.confirm("Sign out", "Sign out of " + signIn.describe() + "? The AWS CLI is signed out of it "
                + "too (its token is removed from the shared cache)." + windowsWord, "Sign out")) {
            return;
        }
        executor.execute(c -> signIn.signOut(), note -> {
            String message = "Signed out of " + signIn.describe() + ". Sign in again to go on with this account.";
            openOf(signIn).forEach(account -> account.signedOut(message));
            choices.removeIf(choice -> choice.role() != null && choice.signInAccount().equals(signIn.account())
                    && open.stream().noneMatch(o -> o.account().equals(choice)));
            notice.set(note.isEmpty() ? "Signed out of " + signIn.describe() + "." : note);
            lookUp(shownAccount);
        }, failure -> notice.set("Could not sign out: " + Messages.of(failure)));
    }

    /** Adds the accounts every signed-in sign-in grants to the picker (asking each portal once). */
    private void listGranted() {
        executor.execute(c -> accounts.grantedAccounts((signIn, failure) -> { }), granted -> {
            for (Account account : granted) {
                if (!choices.contains(account)) {
                    choices.add(account);
                }
            }
        }, failure -> notice.set("Could not list the accounts of the sign-ins: " + Messages.of(failure)));
    }

    private List<OpenAccount> openOf(AccountSignIn signIn) {
        String key = signIn.login().cacheKey();
        return open.stream().filter(account -> account.signIn()
                .filter(s -> s.login().cacheKey().equals(key) && s.login().sandbox() == signIn.login().sandbox())
                .isPresent()).toList();
    }

    /** The sign-in of the account shown, or null when it is not an SSO account. */
    public ReadOnlyObjectProperty<AccountSignIn> shownSignInProperty() {
        return shownSignIn;
    }

    public ReadOnlyBooleanProperty shownSignedInProperty() {
        return shownSignedIn;
    }

    /** What the last sign-in or sign-out came to, for the main window's notice. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice;
    }
}
