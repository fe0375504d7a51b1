package io.mskconsole.core.errors;

/** What kind of thing went wrong when talking to a service: each gets its own message and handling. */
public enum Failure {
    /** No credentials could be found for the profile. */
    NO_CREDENTIALS,
    /** Credentials were found but have expired (session token, assumed role). */
    EXPIRED_CREDENTIALS,
    /** An SSO profile whose session has ended: run {@code aws sso login}. */
    SSO_LOGIN_REQUIRED,
    ACCESS_DENIED,
    THROTTLED,
    /** The service answered 5xx. */
    SERVICE_UNAVAILABLE,
    TIMEOUT,
    /** The connection failed or was dropped before an answer came. */
    CONNECTION,
    /** The cluster's version changed between reading it and updating it. */
    STALE_VERSION,
    NOT_FOUND,
    /** The service refused the request as invalid; its own message says why. */
    BAD_REQUEST,
    CONFLICT,
    /** The profile or its settings are unusable (unknown profile, no region). */
    CONFIGURATION,
    UNKNOWN
}
