package io.mskconsole.sandbox;

import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;

/** How the Sandbox's services refuse a request, worded as AWS words it: a missing parameter, a bad one, no such thing. */
final class SandboxRefusals {
    private SandboxRefusals() {
    }

    /** BAD_REQUEST when the parameter is null or blank, as AWS's validation says it. */
    static void require(String operation, String parameter, String value) {
        if (value == null || value.isBlank()) {
            throw refused(operation, operation + " needs a " + parameter + ".", "1 validation error detected: Value "
                    + "null at '" + parameter + "' failed to satisfy constraint: Member must not be null");
        }
    }

    static GatewayException refused(String operation, String message, String service) {
        return new GatewayException(Failure.BAD_REQUEST, operation, message, service, null);
    }

    static GatewayException notFound(String operation, String message, String service) {
        return new GatewayException(Failure.NOT_FOUND, operation, message, service, null);
    }
}
