package io.mskconsole.ui.levels;

import io.mskconsole.core.clusters.BrokerAccess;
import io.mskconsole.core.clusters.ClientAuth;
import io.mskconsole.ui.common.Buttons;
import io.mskconsole.ui.common.DialogService;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * How to reach the cluster's brokers: the authentication the cluster takes (from its bootstrap brokers), public or
 * private brokers, a SASL/SCRAM user and password, or a TLS key store; then Connect (Cancel while it waits).
 */
final class ConnectPane extends VBox {
    ConnectPane(ConnectViewModel model, DialogService dialogs, Consumer<BrokersConnected> onConnected) {
        super(12);
        setId("connectPane");
        getStyleClass().add("details");

        ComboBox<ClientAuth> auth = new ComboBox<>(model.authChoices());
        auth.setId("connectAuth");
        auth.valueProperty().bindBidirectional(model.authProperty());
        auth.setConverter(converter(ClientAuth::displayName));
        ComboBox<BrokerAccess> access = new ComboBox<>(model.accessChoices());
        access.setId("connectAccess");
        access.valueProperty().bindBidirectional(model.accessProperty());
        access.setConverter(converter(a -> a == BrokerAccess.PUBLIC ? "Public access (over the internet)"
                : "Inside the cluster's VPC (VPN, bastion, peering)"));

        TextField user = new TextField();
        user.setId("scramUser");
        user.setPromptText("a user of the cluster's secret in AWS Secrets Manager");
        user.textProperty().bindBidirectional(model.scramUserProperty());
        PasswordField password = new PasswordField();
        password.setId("scramPassword");
        password.textProperty().bindBidirectional(model.scramPasswordProperty());

        TextField keyStore = new TextField();
        keyStore.setId("keyStore");
        keyStore.setPromptText("optional: PKCS12 or JKS with the client certificate");
        keyStore.textProperty().bindBidirectional(model.keyStoreProperty());
        HBox.setHgrow(keyStore, Priority.ALWAYS);
        Button browse = Buttons.of("browseKeyStore", "Browse…", () -> {
            List<Path> chosen = dialogs.chooseFilesToOpen("Client certificate key store", "Key stores",
                    List.of("*.p12", "*.pfx", "*.jks"));
            if (!chosen.isEmpty()) {
                model.keyStoreProperty().set(chosen.get(0).toString());
            }
        });
        PasswordField keyStorePassword = new PasswordField();
        keyStorePassword.setId("keyStorePassword");
        keyStorePassword.textProperty().bindBidirectional(model.keyStorePasswordProperty());

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.addRow(0, label("Sign in with", auth), auth);
        form.addRow(1, label("Brokers", access), access);
        BooleanBinding scram = model.authProperty().isEqualTo(ClientAuth.SCRAM);
        BooleanBinding tls = model.authProperty().isEqualTo(ClientAuth.TLS);
        form.addRow(2, shownWhen(label("User", user), scram), shownWhen(user, scram));
        form.addRow(3, shownWhen(label("Password", password), scram), shownWhen(password, scram));
        form.addRow(4, shownWhen(label("Key store", keyStore), tls), shownWhen(new HBox(6, keyStore, browse), tls));
        form.addRow(5, shownWhen(label("Key store password", keyStorePassword), tls),
                shownWhen(keyStorePassword, tls));
        GridPane.setHgrow(user, Priority.ALWAYS);
        form.disableProperty().bind(model.busyProperty());

        Label secrets = new Label("Passwords stay in memory while the app runs; nothing is saved.");
        secrets.getStyleClass().add("muted");
        secrets.visibleProperty().bind(scram.or(tls));
        secrets.managedProperty().bind(secrets.visibleProperty());

        Button connect = Buttons.of("connectButton", "Connect", () -> model.connect(onConnected));
        connect.setDefaultButton(true);
        connect.disableProperty().bind(model.canConnectBinding().not());
        Button cancel = Buttons.of("cancelConnect", "Cancel", model::cancel);
        shownWhen(cancel, model.busyProperty().and(model.bootstrapProperty().isNotNull()));
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(20, 20);
        progress.visibleProperty().bind(model.busyProperty());

        Label why = new Label("Broker log levels are read and changed through the Kafka Admin API "
                + "(KIP-412, BROKER_LOGGER), so this machine must reach the brokers.");
        why.setWrapText(true);
        why.getStyleClass().add("muted");
        getChildren().addAll(why, form, secrets, new HBox(8, connect, cancel, progress));
    }

    private static Label label(String text, Node field) {
        Label label = new Label(text);
        label.setLabelFor(field);
        label.setMinWidth(Label.USE_PREF_SIZE);
        return label;
    }

    private static <N extends Node> N shownWhen(N node, javafx.beans.value.ObservableBooleanValue shown) {
        node.visibleProperty().bind(shown);
        node.managedProperty().bind(shown);
        return node;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }
}
