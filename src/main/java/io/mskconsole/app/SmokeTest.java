package io.mskconsole.app;

import io.mskconsole.ui.clusters.ClusterListViewModel;
import java.time.Instant;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.stage.Stage;

/**
 * {@code --smoke-test}: the window opens on the Sandbox and the app exits 0 once the main window is shown and
 * has listed the Sandbox's clusters; 1 on any error before that, 3 if that takes longer than a minute. CI starts
 * the built app image this way, so a broken package fails the build. It prints when the window was shown, in
 * milliseconds after the process started (the start-up benchmark reads that line).
 */
final class SmokeTest {
    static final String FLAG = "--smoke-test";
    static final String SHOWN_LINE = "smoke-test: window shown ms=";
    private static final java.time.Duration LIMIT = java.time.Duration.ofMinutes(1);

    private SmokeTest() {
    }

    static void watch(Stage stage, ClusterListViewModel clusters) {
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
            System.err.println("smoke-test: failed on " + thread.getName() + ": " + error);
            error.printStackTrace();
            finish(1);
        });
        stage.setOnShown(e -> {
            System.out.println(SHOWN_LINE + sinceLaunch());
            System.out.flush();
            if (!clusters.allClusters().isEmpty()) {
                passed(clusters);
            }
        });
        clusters.shownClusters().addListener((ListChangeListener<Object>) change -> {
            if (stage.isShowing() && !clusters.allClusters().isEmpty()) {
                passed(clusters);
            }
        });
        PauseTransition limit = new PauseTransition(javafx.util.Duration.millis(LIMIT.toMillis()));
        limit.setOnFinished(e -> {
            System.err.println("smoke-test: no clusters listed within " + LIMIT.toSeconds() + " s; status: "
                    + clusters.messageProperty().get());
            finish(3);
        });
        limit.play();
    }

    private static void passed(ClusterListViewModel clusters) {
        System.out.println("smoke-test: passed; " + clusters.allClusters().size() + " clusters listed in the Sandbox "
                + sinceLaunch() + " ms after launch");
        finish(0);
    }

    private static void finish(int code) {
        WindowLaunch.exitCode(code);
        Platform.exit();
    }

    /** Milliseconds since this process started, as the operating system reports it. */
    static long sinceLaunch() {
        Instant started = ProcessHandle.current().info().startInstant().orElse(Instant.now());
        return java.time.Duration.between(started, Instant.now()).toMillis();
    }
}
