package io.mskconsole.ui.shell;

import io.mskconsole.core.account.Account;
import io.mskconsole.core.account.AccountSignIn;
import io.mskconsole.core.account.Session;
import io.mskconsole.ui.common.Notice;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ObservableStringValue;
import java.util.Optional;

/**
 * One account open in the app, as the main window sees it: its session, the windows it opens, what its windows say
 * about it. Several are open at once; each has its own clients, caches, pacers, reverts and credentials, and is
 * closed as a whole, only when the person closes it (or quits).
 */
public interface OpenAccount {
    Session session();

    default Account account() {
        return session().account();
    }

    /**
     * How the windows name the account: "prod (123456789012 · MskAdmin)" once who it is was asked ({@link #identify}),
     * the account's name until then.
     */
    default ObservableStringValue label() {
        return new SimpleStringProperty(account().displayName());
    }

    /** Asks, in the background and once, who the account's credentials are, for {@link #label}. */
    default void identify() {
    }

    /** The IAM Identity Center sign-in the account goes through, if it is an SSO account (or the Sandbox). */
    default Optional<AccountSignIn> signIn() {
        return Optional.empty();
    }

    /** Its sign-in has just signed in: the account asks again whether its credentials work. */
    default void signedIn() {
    }

    /** Its sign-in was signed out: the account drops its credentials and its windows say so. */
    default void signedOut(String message) {
    }

    /** Opens the account's windows. */
    AccountWindows windows();

    /** Says the account is signed out (what to do about it) in each of its windows; {@link Notice#NONE} otherwise. */
    ReadOnlyObjectProperty<Notice> credentialNotice();

    /** Levels this app raised earlier on the account (said when it opens), or the latest level put back. */
    ReadOnlyObjectProperty<Notice> levelsNotice();

    void dismissLevelsNotice();

    /**
     * Closes the account's windows, stops its reverts and closes its session. Ask first
     * ({@link AccountWindows#mayClose}): this closes without asking.
     */
    void close();
}
