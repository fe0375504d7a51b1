package io.mskconsole.core.arrival;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * A cluster's delivery health: each enabled destination of each kind of log, and when it was read.
 *
 * @param enabledSince when the cluster's delivery was last changed (its newest monitoring operation), or null when
 *                     not known
 */
public record DeliveryHealth(String clusterArn, Instant checkedAt, Instant enabledSince,
                             List<DestinationHealth> destinations) {
    public DeliveryHealth {
        // said to the second, as every report of the app
        checkedAt = checkedAt.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        enabledSince = enabledSince == null ? null : enabledSince.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        destinations = List.copyOf(destinations);
    }

    /** The worst state of all destinations ({@link ArrivalState#ARRIVING} when every one arrives), or null for none. */
    public ArrivalState worst() {
        return destinations.stream().map(DestinationHealth::state).max(Comparator.naturalOrder()).orElse(null);
    }

    /** Whether every enabled destination receives logs (and there is at least one). */
    public boolean allArriving() {
        return !destinations.isEmpty() && worst() == ArrivalState.ARRIVING;
    }
}
