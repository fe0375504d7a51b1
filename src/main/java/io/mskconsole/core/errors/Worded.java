package io.mskconsole.core.errors;

import java.util.Optional;

/**
 * A failure whose message is written for the person who reads it (what happened, where, what to do), so the window
 * and the commands show it as it is. Implemented by the core's own failures; anything else is unexpected and gets
 * its type named by the front end.
 */
public interface Worded {
    /** The failure's words when it is worded (a gateway failure without a message gets its operation's), or empty. */
    static Optional<String> of(Throwable failure) {
        if (!(failure instanceof Worded)) {
            return Optional.empty();
        }
        String text = failure.getMessage();
        if (failure instanceof GatewayException gateway && (text == null || text.isBlank())) {
            String service = gateway.serviceMessage();
            text = service == null || service.isBlank()
                    ? gateway.operation() + " failed (" + gateway.failure() + ")." : service;
        }
        return Optional.of(text == null ? "" : text);
    }
}
