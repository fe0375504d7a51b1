package io.mskconsole.core.account;

import io.mskconsole.core.errors.Failure;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * What an open account's calls last said about its credentials: nothing yet, working, or signed out (expired, an
 * ended SSO session, none found). Every call of the account reports here, from any thread; the windows of the
 * account follow it to say "signed out" in each of them, and stop saying it once a call gets through again (after
 * {@code aws sso login}, say, which the next call picks up without restarting the app).
 */
public final class CredentialHealth {
    /** The three states an account's credentials can be seen in. */
    public enum State { UNKNOWN, WORKING, SIGNED_OUT }

    /** A state, and for {@link State#SIGNED_OUT} what to do about it. */
    public record Status(State state, String message) {
        public static final Status UNKNOWN = new Status(State.UNKNOWN, "");
        public static final Status WORKING = new Status(State.WORKING, "");

        public Status {
            Objects.requireNonNull(state, "state");
            message = message == null ? "" : message;
        }

        public boolean signedOut() {
            return state == State.SIGNED_OUT;
        }
    }

    private final String accountName;
    /** Whether the account is signed out for want of credentials (none found, an ended SSO session). */
    private volatile boolean signedOutForWant;
    private final List<Consumer<Status>> listeners = new CopyOnWriteArrayList<>();
    private volatile Status status = Status.UNKNOWN;

    /** @param accountName how the messages name the account ("profile prod-admin") */
    public CredentialHealth(String accountName) {
        this.accountName = Objects.requireNonNull(accountName, "accountName");
    }

    /** Whether a failure of this kind means the account's credentials, not the call, are the problem. */
    public static boolean isCredentialFailure(Failure failure) {
        return failure == Failure.EXPIRED_CREDENTIALS || failure == Failure.SSO_LOGIN_REQUIRED
                || failure == Failure.NO_CREDENTIALS;
    }

    public Status status() {
        return status;
    }

    /** A call got through: the credentials work. */
    public void working() {
        signedOutForWant = false;
        change(Status.WORKING);
    }

    /**
     * A call failed. Only credential failures change anything: the account is then signed out, with a message
     * saying what to do. Other failures (throttling, access denied, the network) say nothing about the credentials.
     *
     * @param profile the profile to name in {@code aws sso login --profile}, or null
     */
    public void failed(Failure failure, String profile) {
        if (!isCredentialFailure(failure)) {
            return;
        }
        String named = profile == null ? "" : " --profile " + profile;
        String message = switch (failure) {
            case SSO_LOGIN_REQUIRED -> "The SSO session of " + accountName + " is not signed in or has ended. Press "
                    + "Sign in (or run `aws sso "
                    + "login" + named + "`, then Check again): every window stays as it is, unsaved edits included.";
            case EXPIRED_CREDENTIALS -> "The credentials of " + accountName + " have expired or were not accepted. "
                    + "Renew them (sign in again, or write a new session token), then press Check again: MSK Console reads "
                    + "them again without restarting.";
            default -> "No credentials were found for " + accountName + ". Add them to the AWS config files, then "
                    + "press Check again.";
        };
        change(new Status(State.SIGNED_OUT, message));
        signedOutForWant = failure != Failure.EXPIRED_CREDENTIALS;
    }

    /**
     * Signed out on purpose (Sign out of its IAM Identity Center sign-in): the account's windows say so until it signs
     * in again.
     */
    public void signedOut(String message) {
        change(new Status(State.SIGNED_OUT, message));
        signedOutForWant = true;
    }

    /**
     * Credentials were found again after the account was signed out for want of them (a profile given keys, an SSO
     * role's credentials fetched after {@code aws sso login}): that is what was asked for, so the account is no longer
     * signed out, even before a call gets through (the network may still be down). Credentials AWS refused stay
     * signed out until AWS accepts them.
     */
    public void credentialsFound() {
        if (signedOutForWant && status.signedOut()) {
            working();
        }
    }

    /**
     * Calls the listener on every change of state or message, on the thread that reported it.
     *
     * @return stops the calls
     */
    public AutoCloseable follow(Consumer<Status> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    private void change(Status next) {
        Status before;
        synchronized (this) {
            before = status;
            status = next;
        }
        if (!before.equals(next)) {
            listeners.forEach(listener -> listener.accept(next));
        }
    }
}
