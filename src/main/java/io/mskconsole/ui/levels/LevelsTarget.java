package io.mskconsole.ui.levels;

import io.mskconsole.core.account.Account;
import io.mskconsole.core.clusters.ClusterGateway;
import io.mskconsole.core.levels.BrokerLoggerConnector;

/**
 * Where a cluster's broker log levels are read and changed: the account (IAM signs with its profile), the region,
 * MSK there (for the bootstrap brokers) and the connector to the region's brokers.
 */
public record LevelsTarget(Account account, String region, ClusterGateway gateway, BrokerLoggerConnector connector) {
    /** The account's key in the raised-level records ("sandbox", "profile:NAME"). */
    public String accountKey() {
        return account.key();
    }
}
