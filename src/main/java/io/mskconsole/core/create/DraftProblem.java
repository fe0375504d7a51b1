package io.mskconsole.core.create;

import io.mskconsole.core.delivery.DestinationField;
import io.mskconsole.core.delivery.FieldProblem;
import io.mskconsole.core.delivery.LogKind;
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

    /** A log destination's problem, under the field of its kind (broker logs when it names none). */
    static DraftProblem logs(FieldProblem problem) {
        DraftField field = problem.kind() == LogKind.AUTHORIZER ? DraftField.AUTHORIZER_LOGS : DraftField.BROKER_LOGS;
        return new DraftProblem(field, problem.field(), problem.message());
    }

    /** The log kind of a destination's problem, or null for any other field. */
    public LogKind logKind() {
        return switch (field) {
            case BROKER_LOGS -> LogKind.BROKER;
            case AUTHORIZER_LOGS -> LogKind.AUTHORIZER;
            default -> null;
        };
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
            return new FieldProblem(logKind(), destinationField, message).describe();
        }
        return field.label() + ": " + message;
    }
}
