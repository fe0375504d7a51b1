package io.mskconsole.ui.shell;

import io.mskconsole.core.account.Session;
import io.mskconsole.core.concurrent.Pause;
import io.mskconsole.ui.arrival.DeliveryHealthPane;
import io.mskconsole.ui.arrival.DeliveryHealthViewModel;
import io.mskconsole.ui.arrival.HealthTarget;
import io.mskconsole.ui.clusters.ClusterDetailsView;
import io.mskconsole.ui.common.TaskExecutor;
import java.time.Clock;

/** "Are the logs arriving?" in the main window's cluster details, read in the account and region shown. */
final class DetailsHealth {
    private DetailsHealth() {
    }

    static void attach(ClusterDetailsView details, ShellViewModel shell, TaskExecutor executor, Clock clock,
                       Pause pause) {
        var selected = shell.clusters().selectedProperty();
        details.addHealth(new DeliveryHealthPane(new DeliveryHealthViewModel(executor, clock, pause,
                () -> target(shell)), selected::get), selected);
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
