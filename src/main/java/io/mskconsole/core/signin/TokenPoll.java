package io.mskconsole.core.signin;

/** One answer of CreateToken while the user is asked to approve a device code. */
public sealed interface TokenPoll {
    /** The user has not approved yet (AuthorizationPendingException). */
    record Pending() implements TokenPoll {
    }

    /** Asked too often (SlowDownException): wait 5 seconds longer between asks from now on. */
    record SlowDown() implements TokenPoll {
    }

    /** The device code expired before the user approved (ExpiredTokenException). */
    record Expired() implements TokenPoll {
    }

    /** The user or the service refused (AccessDeniedException and the like), with the service's message. */
    record Denied(String message) implements TokenPoll {
    }

    /** Approved: the new token. */
    record Granted(NewToken token) implements TokenPoll {
    }
}
