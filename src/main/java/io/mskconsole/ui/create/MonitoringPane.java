package io.mskconsole.ui.create;

import io.mskconsole.core.create.ClusterDraft;
import io.mskconsole.core.create.DraftField;
import io.mskconsole.core.delivery.DestinationType;
import io.mskconsole.ui.destinations.FindingsPane;
import io.mskconsole.ui.delivery.LoggingPane;
import java.util.Map;
import io.mskconsole.core.delivery.LogKind;
import java.util.function.BiConsumer;
import javafx.collections.FXCollections;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.ValidationSupport;

/**
 * Monitoring: enhanced monitoring, open monitoring with Prometheus, and broker log delivery with the same
 * destination boxes, Browse… pickers and checks as the broker log editor of an existing cluster.
 */
final class MonitoringPane {
    private static final Map<String, String> LEVELS = Map.of(
            "DEFAULT", "Basic (DEFAULT)",
            "PER_BROKER", "Enhanced broker-level (PER_BROKER)",
            "PER_TOPIC_PER_BROKER", "Enhanced topic-level (PER_TOPIC_PER_BROKER)",
            "PER_TOPIC_PER_PARTITION", "Enhanced partition-level (PER_TOPIC_PER_PARTITION)");

    private MonitoringPane() {
    }

    static VBox create(CreateClusterViewModel model, ValidationSupport validation, BiConsumer<LogKind, DestinationType> browse) {
        ClusterForm form = model.form();
        ComboBox<String> level = new ComboBox<>(FXCollections.observableArrayList(
                ClusterDraft.ENHANCED_MONITORING_LEVELS));
        level.setId("enhancedMonitoring");
        level.setCellFactory(list -> FormParts.cell(v -> LEVELS.getOrDefault(v, v)));
        level.setButtonCell(FormParts.cell(v -> LEVELS.getOrDefault(v, v)));
        level.valueProperty().bindBidirectional(form.enhancedMonitoringProperty());
        CheckBox jmx = new CheckBox("JMX Exporter");
        jmx.setId("jmxExporter");
        jmx.selectedProperty().bindBidirectional(form.jmxExporterProperty());
        CheckBox node = new CheckBox("Node Exporter");
        node.setId("nodeExporter");
        node.selectedProperty().bindBidirectional(form.nodeExporterProperty());

        Label logsTitle = new Label("Broker and authorizer log delivery");
        logsTitle.getStyleClass().add("section-title");
        LoggingPane destinations = new LoggingPane(form.logging(), model.region(), model.preflight(), browse);
        FindingsPane findings = new FindingsPane(model.preflight(), "create");
        return FormParts.section("monitoringSection", "Monitoring",
                FormParts.field("Amazon CloudWatch metrics", level, "Enhanced levels cost extra in CloudWatch.",
                        model.checks().shown(DraftField.ENHANCED_MONITORING), validation),
                new VBox(4, new Label("Open monitoring with Prometheus"), jmx, node),
                logsTitle, destinations, findings);
    }
}
