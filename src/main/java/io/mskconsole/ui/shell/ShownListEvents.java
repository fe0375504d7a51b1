package io.mskconsole.ui.shell;

import io.mskconsole.core.account.Account;
import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.ui.clusters.ClusterListViewModel;
import java.util.function.BiPredicate;

/** Applies what windows say about clusters to the main window's list, when it shows their account and region. */
final class ShownListEvents implements ClusterEvents {
    private final ClusterListViewModel clusters;
    private final BiPredicate<Account, String> shown;

    /** @param shown whether the list shows this account and region */
    ShownListEvents(ClusterListViewModel clusters, BiPredicate<Account, String> shown) {
        this.clusters = clusters;
        this.shown = shown;
    }

    @Override
    public void changed(Account account, String region, Cluster cluster) {
        if (shown.test(account, region)) {
            clusters.replace(cluster);
        }
    }

    @Override
    public void created(Account account, String region, Cluster cluster) {
        if (shown.test(account, region)) {
            clusters.put(cluster);
        }
    }

    @Override
    public void listChanged(Account account, String region) {
        if (shown.test(account, region)) {
            clusters.refresh();
        }
    }
}
