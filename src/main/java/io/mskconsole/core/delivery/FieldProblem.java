package io.mskconsole.core.delivery;

import java.util.Locale;

/**
 * A rule a field breaks, with a message that says what is wrong and how to fix it. {@code kind} is the log kind whose
 * delivery the field belongs to, or null where only one kind is edited.
 */
public record FieldProblem(LogKind kind, DestinationField field, String message) {
    public FieldProblem(DestinationField field, String message) {
        this(null, field, message);
    }

    /** "S3 bucket: must be 3 to 63 characters long" style, for places without the field beside it. */
    public String describe() {
        String where = field.destination().displayName() + " " + field.label().toLowerCase(Locale.ROOT);
        return (kind == null ? where : kind.displayName() + ", " + where) + ": " + message;
    }
}
