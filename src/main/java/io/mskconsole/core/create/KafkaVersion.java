package io.mskconsole.core.create;

/**
 * A Kafka version MSK offers in the region, as ListKafkaVersions reports it ({@code 3.6.0}, {@code 3.7.x},
 * {@code 4.0.x.kraft}); {@code status} is the service's word, ACTIVE or DEPRECATED (others are kept as they come).
 */
public record KafkaVersion(String version, String status) {
    public static final String ACTIVE = "ACTIVE";
    public static final String DEPRECATED = "DEPRECATED";

    public boolean isActive() {
        return status == null || ACTIVE.equals(status);
    }
}
