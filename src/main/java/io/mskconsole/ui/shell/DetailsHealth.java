package io.mskconsole.ui.shell;

import io.mskconsole.core.account.Session;
import io.mskconsole.core.concurrent.Pause;
import io.mskconsole.ui.arrival.DeliveryHealthPane;
import io.mskconsole.ui.arrival.DeliveryHealthViewModel;
import io.mskconsole.ui.arrival.HealthTarget;
import io.mskconsole.ui.arrival.KnownHealth;
import io.mskconsole.ui.clusters.ClusterDetailsView;
import io.mskconsole.ui.clusters.ClusterListView;
import io.mskconsole.ui.common.TaskExecutor;
import java.time.Clock;

/**
 * "Are the logs arriving?" in the main window, read in the account and region shown: the selected cluster's details
 * (on Check) and the cluster list's column (as rows come into view), sharing what was read; forgotten when another
 * account or region is shown.
 */
final class DetailsHealth {
    private DetailsHealth() {
    }

    static void attach(ClusterDetailsView details, ClusterListView list, ShellViewModel shell, TaskExecutor executor,
                       Clock clock, Pause pause) {
        var selected = shell.clusters().selectedProperty();
        KnownHealth known = new KnownHealth(executor, clock, () -> target(shell));
        details.addHealth(new DeliveryHealthPane(new DeliveryHealthViewModel(executor, clock, pause,
                () -> target(shell), known), selected::get), selected);
        list.addHealthColumn(known);
        shell.sessionProperty().addListener((o, before, now) -> known.clear());
        shell.regionProperty().addListener((o, before, now) -> known.clear());
    }

    /** Where the shown account and region's delivery health is read; null while no account is open. */
    private static HealthTarget target(ShellViewModel shell) {
        Session session = shell.sessionProperty().get();
        String region = shell.regionProperty().get();
        if (session == null || region == null) {
            return null;
        }
        return new HealthTarget(session.arrival(region), shell.clusters().gateway(),
                () -> session.destinations(region));
    }
}
