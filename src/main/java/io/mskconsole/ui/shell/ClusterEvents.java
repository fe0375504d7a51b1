package io.mskconsole.ui.shell;

import io.mskconsole.core.account.Account;
import io.mskconsole.core.clusters.Cluster;

/**
 * What an account's windows tell the main window about clusters: it updates its list when it shows that account and
 * region, and ignores the rest. Called on the UI thread.
 */
public interface ClusterEvents {
    /** A cluster was read again (after an apply, say). */
    void changed(Account account, String region, Cluster cluster);

    /** A cluster was created. */
    void created(Account account, String region, Cluster cluster);

    /** The region's clusters should be listed again. */
    void listChanged(Account account, String region);

    ClusterEvents NONE = new ClusterEvents() {
        @Override
        public void changed(Account account, String region, Cluster cluster) {
        }

        @Override
        public void created(Account account, String region, Cluster cluster) {
        }

        @Override
        public void listChanged(Account account, String region) {
        }
    };
}
