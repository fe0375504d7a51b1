package io.mskconsole.ui.signin;

import io.mskconsole.core.account.Account;
import io.mskconsole.core.account.AccountSignIn;
import io.mskconsole.core.account.Accounts;
import io.mskconsole.ui.common.DialogService;
import io.mskconsole.ui.common.Messages;
import io.mskconsole.ui.common.TaskExecutor;
import io.mskconsole.ui.shell.OpenAccount;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
    private final SignInWindows windows;
    /** The sign-in window open for each login, by its cache key: asked again, it comes to the front. */
    private final java.util.Map<String, SignInViewModel> showing = new java.util.HashMap<>();
    private final SignInViewModel.Browser browser;
    private final ObjectProperty<AccountSignIn> shownSignIn = new SimpleObjectProperty<>();
    private final BooleanProperty shownSignedIn = new SimpleBooleanProperty();
    private final StringProperty notice = new SimpleStringProperty("");
    private Account shownAccount;
    private int lookups;
    /** Sign-outs so far: a listing of granted accounts that began before the latest one is out of date. */
    private int signOuts;
    private boolean grantsAsked;

    /**
     * @param choices the account picker's accounts: the granted accounts are added to it
     * @param open    the accounts open in the app
     * @param windows shows a sign-in's window
     */
    public SignInsViewModel(Accounts accounts, TaskExecutor executor, ObservableList<Account> choices,
                            ObservableList<OpenAccount> open, SignInWindows windows,
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
            return new Looked(signIn.orElse(null), signIn.map(AccountSignIn::working).orElse(false));
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

    /** How sign-in windows are shown: a new one for a sign-in, or the one open brought to the front. */
    public interface SignInWindows {
        /** Shows a new window over the model and starts it; {@code closed} is told when the window closes. */
        void show(SignInViewModel model, Runnable closed);

        void toFront(SignInViewModel model);
    }

    /**
     * Opens a sign-in window for a sign-in (from the toolbar, the menu or a signed-out bar of any window); one per
     * login: asked again while it is open, the open one comes to the front, with its code.
     */
    public void signIn(AccountSignIn signIn) {
        String key = signIn.login().cacheKey();
        SignInViewModel open = showing.get(key);
        if (open != null) {
            windows.toFront(open);
            return;
        }
        SignInViewModel model = new SignInViewModel(signIn, executor, browser, () -> signedIn(signIn));
        showing.put(key, model);
        windows.show(model, () -> showing.remove(key, model));
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
        String shared = signIn.login().sandbox() ? "" : " The AWS CLI is signed out of it too (its token is removed "
                + "from the shared cache).";
        if (!dialogs.confirm("Sign out", "Sign out of " + signIn.describe() + "?" + shared + windowsWord,
                "Sign out")) {
            return;
        }
        List<Account> granted = choices.stream().filter(choice -> choice.role() != null).toList();
        signOuts++;
        executor.execute(c -> {
            String note = signIn.signOut();
            // the granted accounts of this login, whichever of its profiles they were granted through
            List<Account> ofThisLogin = granted.stream().filter(choice -> sameLogin(choice, signIn)).toList();
            return new SignedOut(note, ofThisLogin);
        }, out -> {
            String message = "Signed out of " + signIn.describe() + ". Sign in again to go on with this account.";
            openOf(signIn).forEach(account -> account.signedOut(message));
            List<Account> gone = out.granted().stream()
                    .filter(choice -> open.stream().noneMatch(o -> o.account().equals(choice))).toList();
            // replaced whole: removing items around the one shown would move the picker's choice to another
            choices.setAll(choices.stream().filter(choice -> !gone.contains(choice)).toList());
            notice.set(out.note().isEmpty() ? "Signed out of " + signIn.describe() + "." : out.note());
            lookUp(shownAccount);
        }, failure -> notice.set("Could not sign out: " + Messages.of(failure)));
    }

    private record SignedOut(String note, List<Account> granted) {
    }

    /** Whether the account goes through this sign-in's login (reads the config file: off the UI thread). */
    private boolean sameLogin(Account account, AccountSignIn signIn) {
        try {
            return accounts.signInOf(account).filter(s -> s.login().cacheKey().equals(signIn.login().cacheKey())
                    && s.login().sandbox() == signIn.login().sandbox()).isPresent();
        } catch (RuntimeException unreadable) {
            return false;
        }
    }

    private record Granted(List<Account> accounts, List<String> failures) {
    }

    /**
     * Adds the accounts every signed-in sign-in grants to the picker (asking each portal once); a sign-in whose
     * accounts could not be listed says so.
     */
    private void listGranted() {
        int asked = signOuts;
        executor.execute(c -> {
            List<String> failures = new java.util.ArrayList<>();
            List<Account> granted = accounts.grantedAccounts((signIn, failure) -> failures.add(
                    "Could not list the accounts of " + signIn.describe() + ": " + Messages.of(failure)));
            return new Granted(granted, failures);
        }, granted -> {
            if (asked != signOuts) {
                return;
            }
            for (Account account : granted.accounts()) {
                if (!choices.contains(account)) {
                    choices.add(account);
                }
            }
            if (!granted.failures().isEmpty()) {
                notice.set(String.join(" ", granted.failures()));
            }
        }, failure -> notice.set("Could not list the accounts of the sign-ins: " + Messages.of(failure)));
    }

    /**
     * The open accounts that go through the sign-in: its granted accounts and the SSO profiles naming it (not the
     * plain Sandbox, which needs no sign-in).
     */
    private List<OpenAccount> openOf(AccountSignIn signIn) {
        String key = signIn.login().cacheKey();
        return open.stream().filter(account -> !(account.account().isSandbox() && account.account().role() == null))
                .filter(account -> account.signIn()
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
