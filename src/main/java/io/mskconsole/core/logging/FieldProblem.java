package io.mskconsole.core.logging;

/** A rule a field breaks, with a message that says what is wrong and how to fix it. */
public record FieldProblem(DestinationField field, String message) {
    /** "S3 bucket: must be 3 to 63 characters long" style, for places without the field beside it. */
    public String describe() {
        return field.destination().displayName() + " " + field.label().toLowerCase(java.util.Locale.ROOT) + ": " + message;
    }
}
