package io.mskconsole.core.errors;

/**
 * A service call that failed, already worded for a person: {@link #getMessage()} says what happened and what to do;
 * {@link #serviceMessage()} keeps the service's own text when there is one. Never carries credentials.
 */
public final class GatewayException extends RuntimeException implements Worded {
    private final Failure failure;
    private final String operation;
    private final String serviceMessage;

    public GatewayException(Failure failure, String operation, String message, String serviceMessage, Throwable cause) {
        super(message, cause);
        this.failure = failure;
        this.operation = operation;
        this.serviceMessage = serviceMessage;
    }

    public GatewayException(Failure failure, String operation, String message) {
        this(failure, operation, message, null, null);
    }

    public Failure failure() {
        return failure;
    }

    /** The API operation that failed, e.g. "UpdateMonitoring". */
    public String operation() {
        return operation;
    }

    /** The service's own error text, or null. */
    public String serviceMessage() {
        return serviceMessage;
    }

    /**
     * Whether a request that failed so may still have been carried out: its answer was lost (a timeout, a dropped
     * connection, a 5xx, an answer that could not be read), not the request refused.
     */
    public boolean answerMayBeLost() {
        return switch (failure) {
            case TIMEOUT, CONNECTION, SERVICE_UNAVAILABLE, UNKNOWN -> true;
            default -> false;
        };
    }

    /** Whether trying again later may work without changing anything. */
    public boolean isTransient() {
        return switch (failure) {
            case THROTTLED, SERVICE_UNAVAILABLE, TIMEOUT, CONNECTION -> true;
            default -> false;
        };
    }
}
