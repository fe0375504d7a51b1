package io.mskconsole.ui.common;

import static io.mskconsole.ui.common.FxDialogServiceTest.Waits.until;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A confirmation asks something risky (apply anyway, create a cluster, put a key policy, discard an edit): Enter,
 * pressed out of habit, cancels it; only the confirm button itself confirms. The whole message shows.
 */
@ExtendWith(ApplicationExtension.class)
class FxDialogServiceTest {
    private Stage owner;

    static final class Waits {
        static void until(Callable<Boolean> condition) throws TimeoutException {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    private AtomicReference<Boolean> ask(String message) {
        AtomicReference<Boolean> answer = new AtomicReference<>();
        Platform.runLater(() -> answer.set(new FxDialogService(owner).confirm("Create cluster?", message,
                "Create cluster")));
        return answer;
    }

    private static DialogPane shown() {
        return Window.getWindows().stream().filter(Window::isShowing)
                .map(w -> w.getScene().getRoot()).filter(root -> root instanceof DialogPane)
                .map(root -> (DialogPane) root).findFirst().orElse(null);
    }

    @Test
    void enterCancelsAndOnlyTheConfirmButtonConfirms(FxRobot robot) throws Exception {
        AtomicReference<Boolean> first = ask("Create orders-new in eu-west-1? It starts billing at once.");
        until(() -> shown() != null);
        Button confirm = (Button) shown().lookup("#confirmButton");
        assertThat(confirm.isDefaultButton()).isFalse();
        robot.type(KeyCode.ENTER);
        until(() -> first.get() != null);
        assertThat(first.get()).as("Enter cancels").isFalse();

        String longMessage = "The change is refused by nothing before it is sent. ".repeat(12) + "LAST WORDS.";
        AtomicReference<Boolean> second = ask(longMessage);
        until(() -> shown() != null);
        DialogPane pane = shown();
        assertThat(pane.getMinHeight()).as("the whole message shows").isEqualTo(javafx.scene.layout.Region.USE_PREF_SIZE);
        robot.interact(((Button) pane.lookup("#confirmButton"))::fire);
        until(() -> second.get() != null);
        assertThat(second.get()).isTrue();
    }
}
