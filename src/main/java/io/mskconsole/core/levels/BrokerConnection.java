package io.mskconsole.core.levels;

import java.util.Objects;

/**
 * Where and how to reach one cluster's brokers.
 *
 * @param clusterName the cluster's name, for messages
 * @param bootstrap   the bootstrap broker string (host:port,host:port,...) for the chosen authentication
 */
public record BrokerConnection(String clusterName, String bootstrap, ClientAuthSettings auth) {
    public BrokerConnection {
        Objects.requireNonNull(auth, "auth");
        if (bootstrap == null || bootstrap.isBlank()) {
            throw new IllegalArgumentException("No bootstrap brokers for " + auth.auth().displayName() + ".");
        }
        bootstrap = bootstrap.strip();
    }
}
