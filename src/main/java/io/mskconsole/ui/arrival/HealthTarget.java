package io.mskconsole.ui.arrival;

import io.mskconsole.core.arrival.ArrivalGateway;
import io.mskconsole.core.clusters.ClusterGateway;
import io.mskconsole.core.destinations.DestinationServices;
import java.util.function.Supplier;

/** Where a cluster's delivery health is read: its region's arrival reads, MSK, and (for the causes) the checks. */
public record HealthTarget(ArrivalGateway arrival, ClusterGateway clusters,
                           Supplier<DestinationServices> destinations) {
}
