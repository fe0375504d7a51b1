package io.mskconsole.ui.common;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * Across the top of each window of an account: that the account is signed out and what to do about it, with a
 * Refresh button where the window has something to read again. Hidden while the credentials work.
 */
public final class SignedOutBar extends HBox {
    public static final String ID = "signedOutNotice";

    private final ObjectProperty<Notice> mine = new SimpleObjectProperty<>(Notice.NONE);

    /** @param check asks AWS again whether the account's credentials work (and reads the window's data again) */
    public SignedOutBar(ObservableValue<Notice> notice, Runnable check) {
        this(notice, check, null, null);
    }

    /**
     * @param signIn      opens a sign-in window for the account's IAM Identity Center sign-in, or null for none
     * @param canSignIn   whether the account has a sign-in to open (null: whenever {@code signIn} is given)
     */
    public SignedOutBar(ObservableValue<Notice> notice, Runnable check, Runnable signIn,
                        ObservableBooleanValue canSignIn) {
        super(8);
        // the account's notice outlives the window: it holds the bar only weakly (a binding), so a closed window goes
        mine.bind(notice);
        NoticeBar text = new NoticeBar(ID, mine);
        HBox.setHgrow(text, Priority.ALWAYS);
        getChildren().add(text);
        if (signIn != null) {
            Button sign = Buttons.of("signedOutSignIn", "Sign in…", signIn);
            sign.setMinWidth(Button.USE_PREF_SIZE);
            sign.setDefaultButton(false);
            if (canSignIn != null) {
                sign.visibleProperty().bind(canSignIn);
                sign.managedProperty().bind(sign.visibleProperty());
            }
            getChildren().add(sign);
        }
        if (check != null) {
            Button again = Buttons.of("signedOutCheck", "Check again", check);
            again.setMinWidth(Button.USE_PREF_SIZE);
            getChildren().add(again);
        }
        setPadding(new Insets(4, 12, 4, 12));
        visibleProperty().bind(text.visibleProperty());
        managedProperty().bind(visibleProperty());
    }

    /** Puts the bar above everything the window's scene shows. */
    public static void install(Stage stage, ObservableValue<Notice> notice, Runnable check) {
        install(stage, notice, check, null);
    }

    /** As {@link #install(Stage, ObservableValue, Runnable)}, with a Sign in button when {@code signIn} is given. */
    public static void install(Stage stage, ObservableValue<Notice> notice, Runnable check, Runnable signIn) {
        Scene scene = stage.getScene();
        Parent content = scene.getRoot();
        BorderPane frame = new BorderPane(content);
        SignedOutBar bar = new SignedOutBar(notice, check, signIn, null);
        frame.setTop(bar);
        scene.setRoot(frame);
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> bar.mine.unbind());
    }
}
