package io.mskconsole.core.destinations;

/** What the IAM policy simulator decided for one action. */
public enum Decision {
    ALLOWED,
    IMPLICIT_DENY,
    EXPLICIT_DENY;

    /** The simulator's own word (EvalDecision). */
    public String apiName() {
        return switch (this) {
            case ALLOWED -> "allowed";
            case IMPLICIT_DENY -> "implicitDeny";
            case EXPLICIT_DENY -> "explicitDeny";
        };
    }

    public static Decision fromApi(String value) {
        if ("allowed".equalsIgnoreCase(value)) {
            return ALLOWED;
        }
        return "explicitDeny".equalsIgnoreCase(value) ? EXPLICIT_DENY : IMPLICIT_DENY;
    }
}
