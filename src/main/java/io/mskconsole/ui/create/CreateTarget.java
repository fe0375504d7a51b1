package io.mskconsole.ui.create;

import io.mskconsole.core.commandline.CliAccount;
import io.mskconsole.core.create.CreationGateway;
import io.mskconsole.core.create.NetworkGateway;
import io.mskconsole.core.destinations.DestinationServices;
import java.time.Duration;

/**
 * Where a new cluster is created: the region, how generated CLI commands name the account, its network (VPCs,
 * subnets, security groups), MSK's creation calls, the destinations, keys and permissions for the picker and the
 * checks, and how often to poll the new cluster.
 */
public record CreateTarget(String region, CliAccount cli, NetworkGateway network, CreationGateway creation,
                           DestinationServices destinations, Duration pollInterval) {
}
