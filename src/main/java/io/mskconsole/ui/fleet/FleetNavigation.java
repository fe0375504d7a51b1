package io.mskconsole.ui.fleet;

import io.mskconsole.core.account.Account;
import io.mskconsole.core.clusters.Cluster;

/** Where a fleet row leads: the cluster's own windows, in its account (opened first when it is not open). */
public interface FleetNavigation {
    FleetNavigation NONE = new FleetNavigation() {
        @Override
        public void openEditor(Account account, Cluster cluster, String region) {
        }

        @Override
        public void openActivity(Account account, Cluster cluster, String region) {
        }

        @Override
        public void openLevels(Account account, Cluster cluster, String region) {
        }
    };

    void openEditor(Account account, Cluster cluster, String region);

    void openActivity(Account account, Cluster cluster, String region);

    void openLevels(Account account, Cluster cluster, String region);
}
