package io.mskconsole.core.create;

import io.mskconsole.core.logging.DestinationField;
import io.mskconsole.core.logging.FieldProblem;
import java.util.Objects;

/**
 * A rule a new cluster's setting breaks, worded for the person at that field. For broker log delivery,
 * {@code destinationField} names the destination's field, as the broker log editor shows its own problems.
 */
public record DraftProblem(DraftField field, DestinationField destinationField, String message) {
    public DraftProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }

    public DraftProblem(DraftField field, String message) {
        this(field, null, message);
    }

    static DraftProblem brokerLogs(FieldProblem problem) {
        return new DraftProblem(DraftField.BROKER_LOGS, problem.field(), problem.message());
    }

    /** The field's path in the request file, e.g. "Provisioned.LoggingInfo.BrokerLogs.S3.Bucket". */
    public String path() {
        if (destinationField == null) {
            return field.path();
        }
        return field.path() + "." + destinationField.destination().cliName() + "." + destinationField.cliName();
    }

    /** "Cluster name: ..." or, for broker logs, "Amazon S3 bucket: ...", for places without the field beside it. */
    public String describe() {
        if (destinationField != null) {
            return new FieldProblem(destinationField, message).describe();
        }
        return field.label() + ": " + message;
    }
}
