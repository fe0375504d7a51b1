package io.mskconsole.aws.kafka.authorizerlogs;

/**
 * Thrown by {@link AuthorizerLogsInterceptor} when it cannot make the body it must send (no {@code loggingInfo} to add
 * the member to, or a body that already has it): the request is stopped before it leaves, so nothing was sent.
 */
public final class RequestNotSent extends IllegalStateException {
    RequestNotSent(String message, Throwable cause) {
        super(message, cause);
    }

    RequestNotSent(String message) {
        super(message);
    }

    /** This exception in a failure's cause chain, or null. */
    public static RequestNotSent in(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof RequestNotSent notSent) {
                return notSent;
            }
        }
        return null;
    }
}
