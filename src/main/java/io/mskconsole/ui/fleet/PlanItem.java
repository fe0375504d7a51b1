package io.mskconsole.ui.fleet;

import io.mskconsole.core.fleet.change.ApplyStatus;
import io.mskconsole.core.fleet.change.PlannedCluster;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One cluster of a plan in the change window, with its live status while the plan is applied. On the UI thread. */
public final class PlanItem {
    private final PlannedCluster planned;
    private final ObjectProperty<ApplyStatus> status = new SimpleObjectProperty<>();
    private final StringProperty detail = new SimpleStringProperty("");

    PlanItem(PlannedCluster planned) {
        this.planned = planned;
    }

    public PlannedCluster planned() {
        return planned;
    }

    /** Null until the plan is applied. */
    public ObjectProperty<ApplyStatus> statusProperty() {
        return status;
    }

    public StringProperty detailProperty() {
        return detail;
    }
}
