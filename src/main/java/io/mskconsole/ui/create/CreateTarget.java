package io.mskconsole.ui.create;

import io.mskconsole.core.create.CreationGateway;
import io.mskconsole.core.create.NetworkGateway;
import io.mskconsole.core.destinations.DestinationServices;
import java.time.Duration;

/**
 * Where a new cluster is created: the region, the profile for generated CLI lines (null for none), its network (VPCs,
 * subnets, security groups), MSK's creation calls, the destinations, keys and permissions for the picker and the
 * checks, and how often to poll the new cluster.
 */
public record CreateTarget(String region, String cliProfile, NetworkGateway network, CreationGateway creation,
                           DestinationServices destinations, Duration pollInterval) {
}
