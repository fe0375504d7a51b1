package io.mskconsole.ui.create;

import io.mskconsole.core.create.BrokerType;
import io.mskconsole.core.create.BrokerTypes;
import io.mskconsole.core.create.DraftField;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.ValidationSupport;

/**
 * Brokers: the broker type (standard kafka.m5, kafka.m7g, kafka.t3.small; Express), brokers per zone with the total
 * they make, and storage per broker (standard brokers only).
 */
final class BrokersPane {
    static final int MAX_PER_ZONE = 100;

    private BrokersPane() {
    }

    static VBox create(CreateClusterViewModel model, ValidationSupport validation) {
        ClusterForm form = model.form();
        ObservableList<String> types = FXCollections.observableArrayList(
                BrokerTypes.ALL.stream().map(BrokerType::instanceType).toList());
        if (!form.instanceTypeProperty().get().isBlank() && !types.contains(form.instanceTypeProperty().get())) {
            types.add(form.instanceTypeProperty().get());
        }
        form.instanceTypeProperty().addListener((obs, old, now) -> {
            if (now != null && !now.isBlank() && !types.contains(now)) {
                types.add(now);
            }
        });
        ComboBox<String> type = new ComboBox<>(types);
        type.setId("brokerType");
        type.setVisibleRowCount(14);
        type.setCellFactory(list -> FormParts.cell(BrokersPane::describe));
        type.setButtonCell(FormParts.cell(BrokersPane::describe));
        type.valueProperty().bindBidirectional(form.instanceTypeProperty());

        Spinner<Integer> perZone = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, MAX_PER_ZONE,
                Math.max(1, form.brokersPerZoneProperty().get())));
        perZone.setId("brokersPerZone");
        perZone.setEditable(true);
        perZone.setPrefWidth(100);
        perZone.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                form.brokersPerZoneProperty().set(now);
            }
        });
        form.brokersPerZoneProperty().addListener((obs, old, now) ->
                perZone.getValueFactory().setValue(Math.min(MAX_PER_ZONE, Math.max(1, now.intValue()))));
        perZone.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                perZone.increment(0); // takes what was typed
            }
        });
        Label total = new Label();
        total.setId("totalBrokers");
        total.textProperty().bind(Bindings.createStringBinding(() -> {
            int zones = form.zones();
            String where = form.subnets().isEmpty() ? zones + " zones (choose the subnets under Networking)"
                    : zones + (zones == 1 ? " zone" : " zones") + ", one per subnet";
            return "× " + where + " = " + form.brokerCountProperty().get() + " brokers";
        }, form.brokerCountProperty(), form.subnets()));
        HBox countRow = new HBox(8, perZone, total);
        countRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        TextField storage = new TextField();
        storage.setId("storage");
        storage.setPrefColumnCount(8);
        storage.setMaxWidth(160);
        storage.textProperty().bindBidirectional(form.storageProperty());
        Label unit = new Label("GiB per broker");
        HBox storageRow = new HBox(8, storage, unit);
        storageRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox storageField = FormParts.field("Storage", storage, storageRow, "1 to 16,384 GiB of EBS storage per "
                + "broker. Express brokers have none to set: MSK manages it.", model.checks().shown(DraftField.STORAGE),
                validation);
        storageField.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> !form.isExpress() || !form.storageProperty().get().isBlank(),
                form.instanceTypeProperty(), form.storageProperty()));
        storageField.managedProperty().bind(storageField.visibleProperty());
        Label expressNote = FormParts.muted("Express brokers: MSK manages their storage, and they run Kafka 3.6 or "
                + "later, in three zones.");
        expressNote.setId("expressNote");
        expressNote.visibleProperty().bind(Bindings.createBooleanBinding(form::isExpress, form.instanceTypeProperty()));
        expressNote.managedProperty().bind(expressNote.visibleProperty());

        return FormParts.section("brokersSection", "Brokers",
                FormParts.field("Broker type", type, null, model.checks().shown(DraftField.INSTANCE_TYPE), validation),
                expressNote,
                FormParts.field("Brokers per zone", perZone, countRow, null, model.checks().shown(DraftField.BROKER_COUNT),
                        validation),
                storageField);
    }

    /** "kafka.m7g.large · Standard". */
    static String describe(String instanceType) {
        return BrokerTypes.find(instanceType).map(t -> t.instanceType() + " · " + t.family().label())
                .orElse(instanceType);
    }
}
