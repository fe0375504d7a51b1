package io.mskconsole.ui.flows;

import io.mskconsole.app.windows.DesktopWindows;
import io.mskconsole.core.account.Accounts;
import io.mskconsole.sandbox.SandboxSession;
import io.mskconsole.sandbox.SandboxWorld;
import io.mskconsole.testing.FakeAccounts;
import io.mskconsole.ui.clusters.ClusterListViewModel;
import io.mskconsole.ui.common.DialogService;
import io.mskconsole.ui.common.FxTaskExecutor;
import io.mskconsole.ui.shell.MainWindow;
import io.mskconsole.ui.shell.ShellServices;
import io.mskconsole.ui.shell.ShellViewModel;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** What the flow tests read from the windows, and how they wait for them. */
final class Flows {
    private Flows() {
    }

    /**
     * The main window on a fresh Sandbox (no AWS credentials), its dialogs answered by {@code dialogs}, shown and
     * focused.
     */
    static void sandboxWindow(Stage stage, FxTaskExecutor executor, DialogService dialogs, ShellServices services) {
        FakeAccounts noCredentials = new FakeAccounts();
        noCredentials.credentialsConfigured = false;
        SandboxWorld world = new SandboxWorld(virtualClock(), Duration.ofMillis(1500));
        Accounts accounts = new Accounts(noCredentials,
                () -> new SandboxSession(world, Duration.ofMillis(20), Duration.ZERO));
        DesktopWindows.builder(stage, accounts, noCredentials, executor).dialogs(window -> dialogs).services(services)
                .build().window().show();
        stage.requestFocus();
    }

    /** The Sandbox's clock in the flows: it stands still unless a test moves it, so no flow waits on the time of day. */
    static io.mskconsole.sandbox.MutableClock virtualClock() {
        return new io.mskconsole.sandbox.MutableClock(java.time.Instant.parse("2026-12-01T10:00:00Z"));
    }

    /** The text of a label, or "" when it is not there. */
    static String text(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }

    /** The text of a text field, or "" when it is not there. */
    static String field(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(n -> ((TextField) n).getText()).orElse("");
    }

    /**
     * Scrolls the node into the middle of the scroll pane it is in (a long form), so a click lands on it; does
     * nothing for a node outside any scroll pane.
     */
    static void reveal(FxRobot robot, String query) {
        javafx.scene.Node node = robot.lookup(query).query();
        robot.interact(() -> {
            javafx.scene.Node parent = node.getParent();
            while (parent != null && !(parent instanceof javafx.scene.control.ScrollPane)) {
                parent = parent.getParent();
            }
            if (parent instanceof javafx.scene.control.ScrollPane pane) {
                javafx.scene.Node content = pane.getContent();
                double top = content.sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMinY();
                double scrollable = content.getBoundsInLocal().getHeight() - pane.getViewportBounds().getHeight();
                if (scrollable > 0) {
                    double wanted = top - pane.getViewportBounds().getHeight() / 3;
                    pane.setVvalue(Math.max(0, Math.min(1, wanted / scrollable)));
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Brings the field into view, replaces its text by typing, and waits until it shows all of it. */
    static void type(FxRobot robot, String query, String text) throws TimeoutException {
        reveal(robot, query);
        robot.clickOn(query);
        robot.interact(() -> ((javafx.scene.control.TextInputControl) robot.lookup(query).query()).selectAll());
        robot.eraseText(1).write(text);
        waitUntil(() -> ((javafx.scene.control.TextInputControl) robot.lookup(query).query()).getText().equals(text));
    }

    /** Opens a combo box with a click and clicks the entry of its drop-down whose text contains {@code text}. */
    static void choose(FxRobot robot, String comboQuery, String text) throws TimeoutException {
        reveal(robot, comboQuery);
        javafx.scene.Node combo = robot.lookup(comboQuery).query();
        robot.clickOn(comboQuery);
        java.util.function.Supplier<java.util.Optional<javafx.scene.control.ListCell>> entry = () -> robot
                .lookup(".list-cell").queryAllAs(javafx.scene.control.ListCell.class).stream()
                .filter(cell -> cell.getScene() != combo.getScene() && cell.isVisible())
                .filter(cell -> cell.getText() != null && cell.getText().contains(text)).findFirst();
        waitUntil(() -> entry.get().isPresent());
        robot.clickOn(entry.get().orElseThrow());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * With {@code -Dmskconsole.snapshots=DIR}, writes a PNG of the window holding the node to DIR/NAME.png, to look
     * at a flow as a person sees it (the README's pictures are made so). Does nothing otherwise.
     */
    static void snapshot(FxRobot robot, String query, String name) {
        String folder = System.getProperty("mskconsole.snapshots");
        if (folder == null) {
            return;
        }
        javafx.scene.Scene scene = robot.lookup(query).query().getScene();
        java.util.concurrent.atomic.AtomicReference<javafx.scene.image.WritableImage> shot =
                new java.util.concurrent.atomic.AtomicReference<>();
        robot.interact(() -> shot.set(scene.snapshot(null)));
        javafx.scene.image.PixelReader pixels = shot.get().getPixelReader();
        int width = (int) shot.get().getWidth();
        int height = (int) shot.get().getHeight();
        java.awt.image.BufferedImage png = new java.awt.image.BufferedImage(width, height,
                java.awt.image.BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                png.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        try {
            java.nio.file.Files.createDirectories(java.nio.file.Path.of(folder));
            javax.imageio.ImageIO.write(png, "png", java.nio.file.Path.of(folder, name + ".png").toFile());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Waits for the condition, then for the UI thread to finish what it was doing, so later reads see it all. */
    static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
