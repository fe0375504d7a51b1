package io.mskconsole.ui.create;

import io.mskconsole.core.create.DraftField;
import io.mskconsole.core.create.KafkaVersions;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.ValidationSupport;

/** General: the cluster's name, its Kafka version (newest first, the recommended one proposed), what was carried over. */
final class GeneralPane {
    private GeneralPane() {
    }

    static VBox create(CreateClusterViewModel model, ValidationSupport validation) {
        ClusterForm form = model.form();
        TextField name = new TextField();
        name.setId("clusterName");
        name.setPromptText("e.g. orders-prod");
        name.textProperty().bindBidirectional(form.nameProperty());

        ObservableList<String> versions = FXCollections.observableArrayList();
        Map<String, String> labels = new java.util.HashMap<>();
        Runnable fill = () -> {
            labels.clear();
            model.choices().versions().forEach(c -> labels.put(c.name(), c.label()));
            versions.setAll(model.choices().versions().stream().map(KafkaVersions.Choice::name).toList());
        };
        model.choices().versions().addListener((ListChangeListener<KafkaVersions.Choice>) change -> fill.run());
        fill.run();
        ComboBox<String> version = new ComboBox<>(versions);
        version.setId("kafkaVersion");
        version.setPromptText("Choose a version");
        version.setVisibleRowCount(12);
        version.setCellFactory(list -> FormParts.cell(v -> labels.getOrDefault(v, v)));
        version.setButtonCell(FormParts.cell(v -> labels.getOrDefault(v, v)));
        version.valueProperty().bindBidirectional(form.kafkaVersionProperty());
        version.setMaxWidth(Double.MAX_VALUE);
        LookupStatus status = new LookupStatus("versionsLookup", model.choices().versionsLookupProperty(),
                "Listing the Kafka versions MSK offers in " + model.region() + "…", model.choices()::retry);

        Label carried = FormParts.muted("");
        carried.setId("carriedOver");
        carried.textProperty().bind(Bindings.createStringBinding(() -> {
            var draft = form.value();
            StringBuilder text = new StringBuilder();
            if (!model.sourceProperty().get().isEmpty()) {
                text.append("Settings copied from ").append(model.sourceProperty().get()).append(". ");
            }
            if (draft.configuration() != null) {
                text.append("Configuration ").append(draft.configuration().arn()).append(" revision ")
                        .append(draft.configuration().revision()).append(". ");
            }
            if (!draft.tags().isEmpty()) {
                text.append("Tags: ").append(String.join(", ", draft.tags().entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue()).toList())).append('.');
            }
            return text.toString().strip();
        }, form.valueBinding(), model.sourceProperty()));
        carried.visibleProperty().bind(carried.textProperty().isNotEmpty());
        carried.managedProperty().bind(carried.visibleProperty());
        Label otherProblems = FormParts.error("tagsError", Bindings.concat(model.checks().shown(DraftField.CONFIGURATION),
                model.checks().shown(DraftField.TAGS)));

        return FormParts.section("generalSection", "General",
                FormParts.field("Cluster name", name, "1 to 64 letters, digits and hyphens, starting with a letter.",
                        model.checks().shown(DraftField.NAME), validation),
                FormParts.field("Apache Kafka version", version, null, model.checks().shown(DraftField.KAFKA_VERSION),
                        validation),
                status, carried, otherProblems);
    }
}
