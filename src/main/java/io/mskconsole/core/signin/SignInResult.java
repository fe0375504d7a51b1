package io.mskconsole.core.signin;

/**
 * How a sign-in ended.
 *
 * @param message for a person: what happened and what to do (empty when signed in)
 */
public record SignInResult(Outcome outcome, String message) {
    public enum Outcome { SIGNED_IN, CANCELLED, EXPIRED, DENIED }

    public boolean signedIn() {
        return outcome == Outcome.SIGNED_IN;
    }
}
