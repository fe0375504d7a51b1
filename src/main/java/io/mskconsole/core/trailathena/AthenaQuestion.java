package io.mskconsole.core.trailathena;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The saved queries: the questions administrators ask of a trail's history, each a few predicates added to the MSK
 * query's ({@link AthenaQuery}). Their values are fixed or quoted, never pasted.
 */
public enum AthenaQuestion {
    /** Every MSK event of the range. */
    ALL("All MSK events"),
    /** The calls that set or changed a cluster's broker log delivery (those carrying {@code loggingInfo}). */
    LOG_DELIVERY("Who changed broker log delivery"),
    /** Every UpdateMonitoring and UpdateClusterConfiguration call. */
    MONITORING_AND_CONFIGURATION("All UpdateMonitoring and UpdateClusterConfiguration calls"),
    /** The Kafka actions (IAM access control) on one topic, by its name. */
    TOPIC("Kafka actions on a topic"),
    /** Every call refused for want of permission. */
    DENIED("Denied calls");

    private final String label;

    AthenaQuestion(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether it asks for a topic's name. */
    public boolean needsTopic() {
        return this == TOPIC;
    }

    /** The question of a label or of its name ("denied", "log-delivery"), whatever the case. */
    public static Optional<AthenaQuestion> of(String text) {
        String wanted = text == null ? "" : text.strip().replace('-', '_').toUpperCase(Locale.ROOT);
        for (AthenaQuestion question : values()) {
            if (question.name().equals(wanted) || question.label.equalsIgnoreCase(text == null ? "" : text.strip())) {
                return Optional.of(question);
            }
        }
        return Optional.empty();
    }

    /** Its name as the command line takes it: "log-delivery". */
    public String optionName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The one event source it asks of, or null when it asks of any. */
    public String eventSource() {
        return switch (this) {
            case LOG_DELIVERY, MONITORING_AND_CONFIGURATION -> "kafka.amazonaws.com";
            case TOPIC -> "kafka-cluster.amazonaws.com";
            default -> null;
        };
    }

    /** Its predicates, each a whole condition. */
    List<String> predicates(String topic) {
        List<String> where = new ArrayList<>();
        switch (this) {
            case ALL -> { }
            case LOG_DELIVERY -> {
                where.add("eventsource = 'kafka.amazonaws.com'");
                where.add("eventname IN ('CreateCluster', 'CreateClusterV2', 'UpdateMonitoring')");
                where.add("requestparameters LIKE '%\"loggingInfo\"%'");
            }
            case MONITORING_AND_CONFIGURATION -> {
                where.add("eventsource = 'kafka.amazonaws.com'");
                where.add("eventname IN ('UpdateMonitoring', 'UpdateClusterConfiguration')");
            }
            case TOPIC -> {
                if (topic == null || topic.isBlank()) {
                    throw new IllegalArgumentException("\"" + label + "\" needs the topic's name.");
                }
                where.add("eventsource = 'kafka-cluster.amazonaws.com'");
                where.add("json_extract_scalar(requestparameters, '$.resourceARN') LIKE "
                        + AthenaSql.ending(":topic/%/", topic.strip()) + " ESCAPE '\\'");
            }
            case DENIED -> where.add("(errorcode LIKE '%AccessDenied%' OR errorcode LIKE '%Unauthorized%' "
                    + "OR errorcode LIKE '%Forbidden%')");
            default -> throw new IllegalStateException(name());
        }
        return where;
    }
}
