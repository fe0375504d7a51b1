package io.mskconsole.ui.logging;

import io.mskconsole.core.clusters.ClusterGateway;
import java.time.Duration;

/** Where the edited cluster lives: its gateway, region, the profile for generated CLI lines, and the poll pace. */
public record EditorTarget(ClusterGateway gateway, String region, String cliProfile, Duration pollInterval) {
}
