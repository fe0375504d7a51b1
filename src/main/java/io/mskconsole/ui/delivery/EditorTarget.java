package io.mskconsole.ui.delivery;

import io.mskconsole.core.commandline.CliAccount;
import io.mskconsole.core.clusters.ClusterGateway;
import io.mskconsole.core.destinations.DestinationServices;
import java.time.Duration;

/**
 * Where the edited cluster lives: its gateway, region, how generated CLI commands name the account, the poll pace, and the
 * destinations, keys and permissions of its region for the picker and the checks.
 */
public record EditorTarget(ClusterGateway gateway, String region, CliAccount cli, Duration pollInterval,
                           DestinationServices destinations) {
}
