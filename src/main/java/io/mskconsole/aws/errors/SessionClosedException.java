package io.mskconsole.aws.errors;

/**
 * A gateway of an AWS session was used after the session was closed (the person switched account or closed the
 * window that opened it). Nothing was sent. An {@link IllegalStateException} so callers that predate it still
 * recognise a use after close; the gateways translate it into a {@code CONFIGURATION} failure.
 */
public final class SessionClosedException extends IllegalStateException {
    private final String profile;

    public SessionClosedException(String profile) {
        super("The session of " + (profile == null ? "the configured credentials" : "profile " + profile)
                + " is closed.");
        this.profile = profile;
    }

    /** The profile of the closed session, or null when credentials were given directly. */
    public String profile() {
        return profile;
    }
}
