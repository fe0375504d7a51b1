package io.mskconsole.core.signin;

/** How a front end shows the device code while the user approves it: the window's dialog, the command's stderr. */
@FunctionalInterface
public interface SignInPrompt {
    /** The code to approve and where; called once, before the first ask for the token. */
    void show(DeviceCode code);

    /** That the service asked to be asked less often; the front end may say so. */
    default void slowedDown(java.time.Duration interval) {
    }
}
