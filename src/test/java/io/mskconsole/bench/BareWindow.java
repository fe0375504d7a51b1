package io.mskconsole.bench;

import java.time.Duration;
import java.time.Instant;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The start-up benchmark's yardstick: the barest JavaFX window (one label), run by the app image's own runtime.
 * Prints when it was shown, as the app's --smoke-test does, and exits.
 */
public final class BareWindow extends Application {
    static final String SHOWN_LINE = "bare: window shown ms=";

    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(new Label("Hello")), 640, 400));
        stage.setTitle("Bare JavaFX window");
        stage.setOnShown(e -> {
            Instant started = ProcessHandle.current().info().startInstant().orElse(Instant.now());
            System.out.println(SHOWN_LINE + Duration.between(started, Instant.now()).toMillis());
            System.out.flush();
            Platform.exit();
        });
        stage.show();
    }

    public static void main(String[] args) {
        launch(args);
    }
}
