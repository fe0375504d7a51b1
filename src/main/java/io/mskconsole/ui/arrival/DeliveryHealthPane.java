package io.mskconsole.ui.arrival;

import io.mskconsole.core.arrival.DeliveryHealth;
import io.mskconsole.core.arrival.DestinationHealth;
import io.mskconsole.core.clusters.Cluster;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * "Are the logs arriving?": each enabled destination's state (arriving, nothing yet, not arriving, could not check),
 * its newest log and how much came in the last hour, and for one not arriving the likely causes and what to do.
 * Check reads on request; while an Apply's first logs are watched, Stop watching ends it.
 */
public final class DeliveryHealthPane extends VBox {
    private final DeliveryHealthViewModel model;
    private final VBox rows = new VBox(6);

    /** @param cluster the cluster shown, for Check */
    public DeliveryHealthPane(DeliveryHealthViewModel model, Supplier<Cluster> cluster) {
        super(6);
        this.model = model;
        setId("deliveryHealth");
        Label heading = new Label("Are the logs arriving?");
        heading.setStyle("-fx-font-weight: bold");
        Button check = new Button("Check");
        check.setId("healthCheck");
        check.setMinWidth(Region.USE_PREF_SIZE);
        check.setOnAction(e -> model.check(cluster.get()));
        check.disableProperty().bind(model.checkingProperty().or(model.watchingProperty()));
        Button stop = new Button("Stop watching");
        stop.setId("healthStop");
        stop.setMinWidth(Region.USE_PREF_SIZE);
        stop.setOnAction(e -> model.stop());
        stop.visibleProperty().bind(model.watchingProperty());
        stop.managedProperty().bind(stop.visibleProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(8, heading, gap, stop, check);
        top.setAlignment(Pos.CENTER_LEFT);
        Label status = new Label();
        status.setId("healthStatus");
        status.setWrapText(true);
        status.getStyleClass().add("muted");
        status.textProperty().bind(model.statusProperty());
        rows.setId("healthRows");
        getChildren().addAll(top, status, rows);
        model.healthProperty().addListener((o, a, health) -> show(health));
        show(model.healthProperty().get());
    }

    private void show(DeliveryHealth health) {
        rows.getChildren().clear();
        if (health == null) {
            return;
        }
        for (DestinationHealth destination : health.destinations()) {
            Label state = new Label(destination.state().word());
            state.getStyleClass().add("health-" + destination.state().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            state.setMinWidth(Region.USE_PREF_SIZE);
            Label where = new Label(destination.kind().displayName() + " · " + destination.type().displayName() + " "
                    + (destination.name() == null ? "" : destination.name()));
            where.setWrapText(true);
            HBox line = new HBox(8, state, where);
            VBox block = new VBox(2, line);
            String seen = (destination.newest() == null ? "" : "Newest " + destination.newest())
                    + (destination.lastHour().isEmpty() ? "" : " · last hour: " + destination.lastHour());
            if (!seen.isEmpty()) {
                block.getChildren().add(muted(seen));
            }
            if (!destination.detail().isEmpty()) {
                block.getChildren().add(muted(destination.detail()));
            }
            destination.causes().forEach(cause -> block.getChildren().add(wrapped("Likely: " + cause)));
            if (!destination.whatToDo().isEmpty()) {
                block.getChildren().add(wrapped("What to do: " + destination.whatToDo()));
            }
            rows.getChildren().add(block);
        }
    }

    private static Label muted(String text) {
        Label label = wrapped(text);
        label.getStyleClass().add("muted");
        return label;
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        return label;
    }

    public DeliveryHealthViewModel model() {
        return model;
    }
}
