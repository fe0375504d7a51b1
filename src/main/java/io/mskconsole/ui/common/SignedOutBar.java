package io.mskconsole.ui.common;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Stage;

/**
 * Across the top of each window of an account: that the account is signed out and what to do about it, with a
 * Refresh button where the window has something to read again. Hidden while the credentials work.
 */
public final class SignedOutBar extends HBox {
    public static final String ID = "signedOutNotice";

    /** @param refresh reads the window's data again, or null where the window's own buttons retry */
    public SignedOutBar(ObservableValue<Notice> notice, Runnable refresh) {
        super(8);
        NoticeBar text = new NoticeBar(ID, notice);
        HBox.setHgrow(text, Priority.ALWAYS);
        getChildren().add(text);
        if (refresh != null) {
            Button again = Buttons.of("signedOutRefresh", "Refresh", refresh);
            again.setMinWidth(Button.USE_PREF_SIZE);
            getChildren().add(again);
        }
        setPadding(new Insets(4, 12, 4, 12));
        visibleProperty().bind(text.visibleProperty());
        managedProperty().bind(visibleProperty());
    }

    /** Puts the bar above everything the window's scene shows. */
    public static void install(Stage stage, ObservableValue<Notice> notice, Runnable refresh) {
        Scene scene = stage.getScene();
        Parent content = scene.getRoot();
        BorderPane frame = new BorderPane(content);
        frame.setTop(new SignedOutBar(notice, refresh));
        scene.setRoot(frame);
    }
}
