package io.mskconsole.ui.shell;

import io.mskconsole.core.account.Session;
import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.clusters.ClusterType;
import io.mskconsole.ui.common.DialogService;
import io.mskconsole.ui.common.TaskExecutor;
import io.mskconsole.ui.create.CreateClusterViewModel;
import io.mskconsole.ui.create.CreateClusterWindow;
import io.mskconsole.ui.create.CreateTarget;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The main window's Create cluster windows: one per request (several may be open), on the account and region shown
 * when it was opened, telling the cluster list of the new cluster. Closing the app asks each one with settings
 * neither created nor saved.
 */
final class CreateWindows {
    /** How long broker log settings rest before the destination checks run. */
    private static final Duration CHECK_DELAY = Duration.ofMillis(400);

    private final ShellViewModel shell;
    private final TaskExecutor executor;
    private final Function<Window, DialogService> dialogs;
    private final Stage owner;
    private final List<CreateClusterWindow> open = new ArrayList<>();

    CreateWindows(ShellViewModel shell, TaskExecutor executor, Function<Window, DialogService> dialogs, Stage owner) {
        this.shell = shell;
        this.executor = executor;
        this.dialogs = dialogs;
        this.owner = owner;
    }

    /** Opens a window with MSK's defaults, or with a provisioned cluster's settings when one is given. */
    void open(Cluster from) {
        Session session = shell.sessionProperty().get();
        String region = shell.regionProperty().get();
        if (session == null || region == null) {
            return;
        }
        if (from != null && from.type() != ClusterType.PROVISIONED) {
            return;
        }
        CreateTarget target = new CreateTarget(region, session.cliProfile(), session.network(region),
                session.clusterCreation(region), session.destinations(region), session.operationPollInterval());
        Stage stage = new Stage();
        CreateClusterViewModel model = new CreateClusterViewModel(target, executor, dialogs.apply(stage),
                shell.clusters()::put, shell.clusters()::refresh, CHECK_DELAY);
        CreateClusterWindow window = new CreateClusterWindow(stage, model, session.account().displayName(), owner);
        open.add(window);
        stage.setOnHidden(e -> open.remove(window));
        window.show();
        if (from != null) {
            model.startFrom(from);
        }
    }

    /** Asks each window whether it may close; false if one says no (it stays open, in front). */
    boolean closeAll() {
        for (CreateClusterWindow window : List.copyOf(open)) {
            window.show();
            if (!window.closeIfAllowed()) {
                return false;
            }
        }
        return true;
    }
}
