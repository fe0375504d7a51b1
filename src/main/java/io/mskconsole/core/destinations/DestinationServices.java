package io.mskconsole.core.destinations;

import java.util.Objects;

/** What the picker and the checks use in one account and region. */
public record DestinationServices(DestinationGateway destinations, KeyGateway keys, PermissionGateway permissions) {
    public DestinationServices {
        Objects.requireNonNull(destinations, "destinations");
        Objects.requireNonNull(keys, "keys");
        Objects.requireNonNull(permissions, "permissions");
    }

    public String region() {
        return destinations.region();
    }
}
