package io.mskconsole.ui.signin;

import io.mskconsole.core.account.AccountSignIn;
import io.mskconsole.ui.common.DialogService;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;

/** The main window's sign-in controls over {@link SignInsViewModel}: a toolbar button, menu items, a status line. */
public final class SignInControls {
    private final SignInsViewModel signIns;
    private final Supplier<DialogService> dialogs;
    private final BooleanBinding noSignIn;

    public SignInControls(SignInsViewModel signIns, Supplier<DialogService> dialogs) {
        this.signIns = signIns;
        this.dialogs = dialogs;
        this.noSignIn = signIns.shownSignInProperty().isNull();
    }

    /** "Sign in…", shown while the account shown goes through a sign-in that is signed out. */
    public Button toolbarButton() {
        Button button = new Button("Sign in…");
        button.setId("signInButton");
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setOnAction(e -> signIns.signInShown());
        button.visibleProperty().bind(noSignIn.not().and(signIns.shownSignedInProperty().not()));
        button.managedProperty().bind(button.visibleProperty());
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(Bindings.createStringBinding(() -> describe("Sign in to ", "IAM Identity Center")
                + " in the browser; the AWS CLI shares the sign-in", signIns.shownSignInProperty()));
        button.setTooltip(tip);
        return button;
    }

    /** "Sign in to SSO session corp…" and "Sign out of SSO session corp", for the File menu. */
    public List<MenuItem> menuItems() {
        MenuItem signIn = new MenuItem();
        signIn.setId("menuSignIn");
        signIn.textProperty().bind(Bindings.createStringBinding(() -> describe("Sign in to ", "SSO") + "…",
                signIns.shownSignInProperty()));
        signIn.disableProperty().bind(noSignIn);
        signIn.setOnAction(e -> signIns.signInShown());
        MenuItem signOut = new MenuItem();
        signOut.setId("menuSignOut");
        signOut.textProperty().bind(Bindings.createStringBinding(() -> describe("Sign out of ", "SSO"),
                signIns.shownSignInProperty()));
        signOut.disableProperty().bind(noSignIn.or(signIns.shownSignedInProperty().not()));
        signOut.setOnAction(e -> signIns.signOutShown(dialogs.get()));
        return List.of(signIn, signOut);
    }

    /** What the last sign-in or sign-out came to. */
    public Label statusLabel() {
        Label label = new Label();
        label.setId("signInStatus");
        label.textProperty().bind(signIns.noticeProperty());
        return label;
    }

    private String describe(String verb, String none) {
        AccountSignIn signIn = signIns.shownSignInProperty().get();
        return verb + (signIn == null ? none : signIn.describe());
    }
}
