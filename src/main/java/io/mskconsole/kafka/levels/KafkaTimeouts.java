package io.mskconsole.kafka.levels;

import java.time.Duration;

/**
 * How long the Admin client waits, kept short so brokers that cannot be reached (usually: a private VPC) fail within
 * seconds instead of the client's defaults of minutes.
 *
 * @param connect      how long connecting may take in all: the first DescribeCluster, and each call's API timeout
 * @param request      one request's wait for its answer ({@code request.timeout.ms})
 * @param socketSetup  one TCP and TLS set-up attempt ({@code socket.connection.setup.timeout.ms}); attempts grow
 *                     to {@code socketSetupMax}
 * @param close        how long closing waits for calls under way
 */
public record KafkaTimeouts(Duration connect, Duration request, Duration socketSetup, Duration socketSetupMax,
                            Duration close) {
    /** What the app uses: 6 s to connect, 5 s a request, 3 s (up to 5 s) a socket set-up, 2 s to close. */
    public static final KafkaTimeouts DEFAULT = new KafkaTimeouts(Duration.ofSeconds(6), Duration.ofSeconds(5),
            Duration.ofSeconds(3), Duration.ofSeconds(5), Duration.ofSeconds(2));

    public KafkaTimeouts {
        if (request.compareTo(connect) > 0) {
            throw new IllegalArgumentException("A request may not wait longer than connecting in all: " + request
                    + " > " + connect);
        }
    }
}
