package io.mskconsole.ui.delivery;

import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.commandline.CliAccount;
import io.mskconsole.core.delivery.CliCommandLine;
import io.mskconsole.core.delivery.LoggingChanges;
import io.mskconsole.core.delivery.LoggingInfoFormat;
import io.mskconsole.core.delivery.SettingChange;
import io.mskconsole.core.delivery.UpdateMonitoringRequest;
import io.mskconsole.ui.common.DialogService;
import io.mskconsole.ui.common.Notice;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** What the Review page shows: the settings side by side, the CLI JSON and command, and whether anything changes. */
public final class ReviewContent {
    private final ObservableList<SettingChange> changes = FXCollections.observableArrayList();
    private final StringProperty cliJson = new SimpleStringProperty("");
    private final StringProperty cliCommand = new SimpleStringProperty("");
    private final BooleanProperty hasChanges = new SimpleBooleanProperty();
    private final DialogService dialogs;
    private final Consumer<Notice> notices;

    ReviewContent(DialogService dialogs, Consumer<Notice> notices) {
        this.dialogs = dialogs;
        this.notices = notices;
    }

    /**
     * Fills the page for sending {@code request} to the cluster as just read: both kinds side by side with the
     * current settings, and the --logging-info JSON exactly as the request carries it.
     */
    void show(Cluster fresh, UpdateMonitoringRequest request, CliAccount cli, String region) {
        changes.setAll(LoggingChanges.compare(fresh.logging(), request.logging()));
        cliJson.set(LoggingInfoFormat.toCliJson(request.logging()));
        cliCommand.set(CliCommandLine.updateMonitoring(request, cli, region));
        hasChanges.set(!fresh.logging().sameDeliveryAs(request.logging()));
    }

    public void copyJson() {
        dialogs.copyToClipboard(cliJson.get());
        notices.accept(Notice.info("The --logging-info JSON is on the clipboard."));
    }

    public void copyCommand() {
        dialogs.copyToClipboard(cliCommand.get());
        notices.accept(Notice.info("The aws kafka update-monitoring command is on the clipboard."));
    }

    public BooleanProperty hasChangesProperty() {
        return hasChanges;
    }

    public ObservableList<SettingChange> changes() {
        return changes;
    }

    public StringProperty cliJsonProperty() {
        return cliJson;
    }

    public StringProperty cliCommandProperty() {
        return cliCommand;
    }
}
