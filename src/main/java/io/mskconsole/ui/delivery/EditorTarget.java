package io.mskconsole.ui.delivery;

import io.mskconsole.core.clusters.ClusterGateway;
import io.mskconsole.core.destinations.DestinationServices;
import java.time.Duration;

/**
 * Where the edited cluster lives: its gateway, region, the profile for generated CLI lines, the poll pace, and the
 * destinations, keys and permissions of its region for the picker and the checks.
 */
public record EditorTarget(ClusterGateway gateway, String region, String cliProfile, Duration pollInterval,
                           DestinationServices destinations) {
}
