package io.mskconsole.ui.signin;

import io.mskconsole.core.account.AccountSignIn;
import io.mskconsole.core.signin.DeviceCode;
import io.mskconsole.core.signin.SignInPrompt;
import io.mskconsole.core.signin.SignInResult;
import io.mskconsole.ui.common.Messages;
import io.mskconsole.ui.common.TaskExecutor;
import io.mskconsole.ui.common.TaskHandle;
import java.time.Duration;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One sign-in to IAM Identity Center, as the sign-in window shows it: asking for a code, the code to approve and
 * where (the browser opened there), then signed in, or why not (cancelled, expired, refused, no network) with the
 * chance to try again. The work runs in the background; everything here changes on the UI thread.
 */
public final class SignInViewModel {
    /** Where the sign-in is. */
    public enum Phase { STARTING, WAITING, SIGNED_IN, ENDED }

    /** Opens an address in the system's browser; tells {@code failed} (on any thread) when it could not. */
    @FunctionalInterface
    public interface Browser {
        Browser NONE = (address, failed) -> failed.run();

        void open(String address, Runnable failed);
    }

    private final AccountSignIn signIn;
    private final TaskExecutor executor;
    private final Browser browser;
    private final Runnable signedIn;
    private final ObjectProperty<Phase> phase = new SimpleObjectProperty<>(Phase.STARTING);
    private final StringProperty userCode = new SimpleStringProperty("");
    private final StringProperty address = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private TaskHandle running;

    /** @param signedIn told (on the UI thread) once the sign-in succeeded */
    public SignInViewModel(AccountSignIn signIn, TaskExecutor executor, Browser browser, Runnable signedIn) {
        this.signIn = Objects.requireNonNull(signIn, "signIn");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.browser = Objects.requireNonNull(browser, "browser");
        this.signedIn = Objects.requireNonNull(signedIn, "signedIn");
    }

    /** "Sign in to SSO session corp". */
    public String title() {
        return "Sign in to " + signIn.describe();
    }

    /** Whether the sign-in opens the system's browser (not the Sandbox's, which approves its code by itself). */
    public boolean opensBrowser() {
        return !signIn.login().sandbox();
    }

    /** Starts (or starts again) the sign-in. */
    public void start() {
        if (running != null && !running.isCancelled() && phase.get() != Phase.ENDED
                && phase.get() != Phase.SIGNED_IN) {
            return;
        }
        phase.set(Phase.STARTING);
        userCode.set("");
        address.set("");
        message.set("Asking IAM Identity Center (" + signIn.login().region() + ") for a code…");
        SignInPrompt prompt = new SignInPrompt() {
            @Override
            public void show(DeviceCode code) {
                executor.onUiThread(() -> showCode(code));
            }

            @Override
            public void slowedDown(Duration interval) {
                executor.onUiThread(() -> message.set("IAM Identity Center asked to be asked less often: asking every "
                        + interval.toSeconds() + " s. Approve the code in the browser."));
            }
        };
        running = executor.execute(c -> signIn.signIn(prompt, c), this::ended, failure -> {
            phase.set(Phase.ENDED);
            message.set("Could not sign in: " + Messages.of(failure));
        });
    }

    private void showCode(DeviceCode code) {
        if (running != null && running.isCancelled()) {
            // cancelled while this was on its way to the UI thread: no code, no browser
            return;
        }
        phase.set(Phase.WAITING);
        userCode.set(code.userCode());
        address.set(code.addressToOpen());
        if (signIn.login().sandbox()) {
            message.set("Sandbox: no browser opens. The code is approved by itself in a few seconds, as if you had "
                    + "confirmed it at the address below.");
            return;
        }
        message.set("Your browser opens at the address below. Check that it shows code " + code.userCode()
                + ", then approve. Waiting for your approval…");
        browser.open(code.addressToOpen(), () -> executor.onUiThread(() -> {
            if (phase.get() == Phase.WAITING) {
                message.set("No browser could be opened. Open the address below yourself (Copy address), check "
                        + "that it shows code " + code.userCode() + ", and approve. Waiting for your approval…");
            }
        }));
    }

    private void ended(SignInResult result) {
        if (result.signedIn()) {
            phase.set(Phase.SIGNED_IN);
            message.set("Signed in to " + signIn.describe() + ".");
            signedIn.run();
            return;
        }
        phase.set(Phase.ENDED);
        message.set(result.message());
    }

    /** Opens the address again (the browser was closed, or opened on another screen). */
    public void openBrowserAgain() {
        if (!address.get().isEmpty() && !signIn.login().sandbox()) {
            browser.open(address.get(), () -> executor.onUiThread(() -> message.set(
                    "No browser could be opened. Open the address below yourself (Copy address).")));
        }
    }

    /** Stops asking for the token; the code is left to expire unused. */
    public void cancel() {
        if (running != null) {
            running.cancel();
        }
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase;
    }

    public ReadOnlyStringProperty userCodeProperty() {
        return userCode;
    }

    public ReadOnlyStringProperty addressProperty() {
        return address;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }
}
