package io.mskconsole.ui.flows;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** What the flow tests read from the windows, and how they wait for them. */
final class Flows {
    private Flows() {
    }

    /** The text of a label, or "" when it is not there. */
    static String text(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }

    /** The text of a text field, or "" when it is not there. */
    static String field(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(n -> ((TextField) n).getText()).orElse("");
    }

    /** Waits for the condition, then for the UI thread to finish what it was doing, so later reads see it all. */
    static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
