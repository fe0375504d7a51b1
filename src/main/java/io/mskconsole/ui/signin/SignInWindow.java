package io.mskconsole.ui.signin;

import io.mskconsole.ui.common.Buttons;
import io.mskconsole.ui.common.DialogService;
import io.mskconsole.ui.common.Styles;
import io.mskconsole.ui.common.WindowSizes;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The window of one sign-in: the code to approve, large, and the address the browser was opened at, both to copy;
 * what is happening; Cancel. It closes by itself once signed in; closing it before cancels the sign-in. The other
 * windows stay usable meanwhile.
 */
public final class SignInWindow {
    private final Stage stage = new Stage();
    private final SignInViewModel model;

    public SignInWindow(Window owner, SignInViewModel model, DialogService dialogs) {
        this.model = model;
        Label heading = new Label(model.title());
        heading.setStyle("-fx-font-weight: bold; -fx-font-size: 1.15em;");
        Label message = new Label();
        message.setId("signInMessage");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        message.setMinHeight(Region.USE_PREF_SIZE);

        TextField code = new TextField();
        code.setId("signInCode");
        code.setEditable(false);
        code.setStyle("-fx-font-size: 2em; -fx-font-family: monospace;");
        code.setPrefColumnCount(11);
        code.textProperty().bind(model.userCodeProperty());
        TextField address = new TextField();
        address.setId("signInAddress");
        address.setEditable(false);
        address.textProperty().bind(model.addressProperty());
        GridPane.setHgrow(address, Priority.ALWAYS);
        Label codeLabel = new Label("Code");
        codeLabel.setLabelFor(code);
        Label addressLabel = new Label("Address");
        addressLabel.setLabelFor(address);
        BooleanBinding noCode = model.userCodeProperty().isEmpty();
        Button copyCode = Buttons.of("signInCopyCode", "Copy code", () -> dialogs.copyToClipboard(code.getText()));
        copyCode.disableProperty().bind(noCode);
        Button copyAddress = Buttons.of("signInCopyAddress", "Copy address",
                () -> dialogs.copyToClipboard(address.getText()));
        copyAddress.disableProperty().bind(noCode);
        GridPane fields = new GridPane();
        fields.setHgap(8);
        fields.setVgap(8);
        fields.addRow(0, codeLabel, code, copyCode);
        fields.addRow(1, addressLabel, address, copyAddress);

        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("signInProgress");
        progress.setPrefSize(20, 20);
        BooleanBinding working = model.phaseProperty().isEqualTo(SignInViewModel.Phase.STARTING)
                .or(model.phaseProperty().isEqualTo(SignInViewModel.Phase.WAITING));
        progress.visibleProperty().bind(working);
        Label waiting = new Label();
        waiting.setId("signInWaiting");
        waiting.getStyleClass().add("muted");
        waiting.textProperty().bind(Bindings.when(model.phaseProperty().isEqualTo(SignInViewModel.Phase.STARTING))
                .then("Asking for a code…").otherwise(Bindings.when(model.phaseProperty()
                        .isEqualTo(SignInViewModel.Phase.WAITING)).then("Waiting for your approval…").otherwise("")));
        Button again = Buttons.of("signInOpenBrowser", "Open browser again", model::openBrowserAgain);
        again.disableProperty().bind(model.phaseProperty().isNotEqualTo(SignInViewModel.Phase.WAITING));
        again.setVisible(model.opensBrowser());
        again.setManaged(model.opensBrowser());
        Button retry = Buttons.of("signInRetry", "Try again", model::start);
        retry.visibleProperty().bind(model.phaseProperty().isEqualTo(SignInViewModel.Phase.ENDED));
        retry.managedProperty().bind(retry.visibleProperty());
        // ended: Enter tries again
        retry.defaultButtonProperty().bind(retry.visibleProperty());
        Button cancel = Buttons.of("signInCancel", "Cancel", stage::close);
        cancel.textProperty().bind(Bindings.when(working).then("Cancel").otherwise("Close"));
        cancel.setCancelButton(true);
        for (Button button : new Button[] {copyCode, copyAddress, again, retry, cancel}) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, progress, waiting, again, gap, retry, cancel);
        buttons.setAlignment(Pos.CENTER_LEFT);

        VBox root = new VBox(12, heading, message, fields, buttons);
        root.setPadding(new Insets(16));
        Scene scene = new Scene(root, WindowSizes.width(620), Region.USE_COMPUTED_SIZE);
        Styles.apply(scene);
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        stage.setScene(scene);
        stage.initOwner(owner);
        stage.setTitle(model.title() + " — MSK Console");
        WindowSizes.minimum(stage, 520, 240);
        stage.setOnHidden(e -> model.cancel());
        model.phaseProperty().addListener((obs, was, now) -> {
            if (now == SignInViewModel.Phase.SIGNED_IN) {
                stage.close();
            }
        });
    }

    /** How the app shows sign-in windows over the main window, one per login. */
    public static SignInsViewModel.SignInWindows opener(Window owner, DialogService dialogs) {
        java.util.Map<SignInViewModel, SignInWindow> open = new java.util.IdentityHashMap<>();
        return new SignInsViewModel.SignInWindows() {
            @Override
            public void show(SignInViewModel model, Runnable closed) {
                SignInWindow window = new SignInWindow(owner, model, dialogs);
                open.put(model, window);
                window.stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> {
                    open.remove(model);
                    closed.run();
                });
                window.show();
            }

            @Override
            public void toFront(SignInViewModel model) {
                SignInWindow window = open.get(model);
                if (window != null) {
                    window.stage.toFront();
                    window.stage.requestFocus();
                }
            }
        };
    }

    /** Shows the window and starts the sign-in. */
    public void show() {
        stage.show();
        stage.toFront();
        model.start();
    }

    public Stage stage() {
        return stage;
    }
}
