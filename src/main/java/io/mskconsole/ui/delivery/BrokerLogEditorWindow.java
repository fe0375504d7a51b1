package io.mskconsole.ui.delivery;

import io.mskconsole.ui.common.WindowSizes;
import io.mskconsole.ui.common.NoticeBar;
import io.mskconsole.core.delivery.DestinationType;
import io.mskconsole.core.delivery.LogKind;
import io.mskconsole.ui.common.Buttons;
import io.mskconsole.ui.common.Styles;
import io.mskconsole.ui.destinations.DestinationPickerDialog;
import io.mskconsole.ui.destinations.FindingsPane;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/** A window per cluster for editing its log delivery (broker and authorizer logs): Edit, Review, Apply. */
public final class BrokerLogEditorWindow {
    private final Stage stage;
    private final BrokerLogEditorViewModel model;
    private final javafx.scene.layout.VBox applyPage;

    /**
     * @param stage a new stage for the editor (its dialogs were made over it), owned by {@code owner}
     */
    public BrokerLogEditorWindow(Stage stage, BrokerLogEditorViewModel model, String region, Window owner) {
        this.stage = stage;
        this.model = model;
        this.applyPage = new javafx.scene.layout.VBox(12, new ApplyPane(model));
        stage.initOwner(owner);
        stage.setTitle("Log delivery — " + model.clusterProperty().get().name());

        Label title = new Label("Broker and authorizer log delivery");
        title.getStyleClass().add("details-title");
        Label subtitle = new Label();
        subtitle.getStyleClass().add("muted");
        subtitle.textProperty().bind(Bindings.createStringBinding(() -> model.clusterProperty().get().name()
                + " · " + region + " · " + model.clusterProperty().get().state(), model.clusterProperty()));
        Label stepLabel = new Label();
        stepLabel.setId("editorStep");
        stepLabel.getStyleClass().add("muted");
        stepLabel.textProperty().bind(Bindings.createStringBinding(() -> switch (model.stepProperty().get()) {
            case EDIT -> "Step 1 of 3 · Edit";
            case REVIEW -> "Step 2 of 3 · Review";
            case APPLYING -> "Step 3 of 3 · Applying";
            case DONE -> "Step 3 of 3 · Done";
        }, model.stepProperty()));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        VBox header = new VBox(4, new HBox(8, title, gap, stepLabel), subtitle, new NoticeBar(model.noticeProperty()));
        header.setPadding(new Insets(12, 16, 8, 16));

        LoggingPane destinations = new LoggingPane(model.draft(), region, model.preflight(), this::browse);
        destinations.disableProperty().bind(model.busyProperty());
        FindingsPane editFindings = new FindingsPane(model.preflight(), "edit");
        editFindings.disableProperty().bind(model.busyProperty());
        Node edit = scroll(new VBox(12, destinations, editFindings));
        FindingsPane reviewFindings = new FindingsPane(model.preflight(), "review");
        reviewFindings.disableProperty().bind(model.busyProperty());
        Node review = scroll(new VBox(12, new ReviewPane(model), reviewFindings));
        Node apply = scroll(applyPage);
        BorderPane root = new BorderPane();
        root.setId("brokerLogEditor");
        root.setTop(header);
        root.setBottom(buttons());
        Runnable showPage = () -> root.setCenter(switch (model.stepProperty().get()) {
            case EDIT -> edit;
            case REVIEW -> review;
            case APPLYING, DONE -> apply;
        });
        model.stepProperty().addListener((obs, old, now) -> showPage.run());
        showPage.run();

        Scene scene = new Scene(root, 760, 720);
        WindowSizes.minimum(stage, 760, 520);
        Styles.apply(scene);
        stage.setScene(scene);
        // the keyboard starts on the first setting, not on the buttons at the foot
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWN, e -> {
            javafx.scene.Node first = scene.getRoot().lookup("#cwEnabled");
            if (first != null) {
                first.requestFocus();
            }
        });
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> model.preflight().close());
        stage.setOnCloseRequest(e -> {
            if (!model.confirmClose()) {
                e.consume();
            }
        });
    }

    /**
     * After an Apply, the page watches for the first logs of the cluster's delivery (up to 15 minutes, stoppable;
     * closing the editor stops it) and says when they arrive or why they do not.
     */
    public void watchFirstLogs(io.mskconsole.ui.arrival.DeliveryHealthViewModel health) {
        io.mskconsole.ui.arrival.DeliveryHealthPane pane = new io.mskconsole.ui.arrival.DeliveryHealthPane(health,
                () -> model.clusterProperty().get());
        applyPage.getChildren().add(pane);
        pane.visibleProperty().bind(model.stepProperty().isEqualTo(EditorStep.DONE));
        pane.managedProperty().bind(pane.visibleProperty());
        model.stepProperty().addListener((o, before, step) -> {
            if (step == EditorStep.DONE) {
                // the cluster as the apply left it (read again once its operation ended)
                health.watch(model.clusterProperty().get());
            } else {
                health.stop();
            }
        });
        model.clusterProperty().addListener((o, before, cluster) -> {
            // read again after the apply: watch the delivery as it is now, not as it was when the watch began
            boolean changed = before == null || cluster == null || !before.logging().equals(cluster.logging());
            if (model.stepProperty().get() == EditorStep.DONE && (changed || !health.watchingProperty().get()
                    && health.healthProperty().get() == null)) {
                health.watch(cluster);
            }
        });
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> health.stop());
    }

    private void browse(LogKind kind, DestinationType type) {
        new DestinationPickerDialog(model.picker(type), stage, name -> model.usePicked(kind, type, name)).show();
    }

    private static Node scroll(Node page) {
        ScrollPane pane = new ScrollPane(page);
        pane.setFitToWidth(true);
        pane.setPadding(new Insets(4, 16, 12, 16));
        return pane;
    }

    private HBox buttons() {
        var step = model.stepProperty();
        Button importButton = Buttons.of("importLoggingInfo", "Import…", () -> model.files().importFile());
        importButton.visibleProperty().bind(step.isEqualTo(EditorStep.EDIT));
        importButton.disableProperty().bind(model.busyProperty());
        Button exportButton = Buttons.of("exportLoggingInfo", "Export…", () -> model.files().exportFile());
        exportButton.visibleProperty().bind(step.isEqualTo(EditorStep.EDIT));
        exportButton.disableProperty().bind(model.draft().validBinding().not());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(20, 20);
        // the apply page has its own progress: no second indicator while applying
        busy.visibleProperty().bind(model.busyProperty().and(model.stepProperty().isNotEqualTo(EditorStep.APPLYING)));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);

        Button close = Buttons.of("closeEditor", "Close", this::requestClose);
        close.setCancelButton(true);
        Button back = Buttons.of("backButton", "Back", model::back);
        back.visibleProperty().bind(step.isEqualTo(EditorStep.REVIEW).or(step.isEqualTo(EditorStep.DONE)));
        back.managedProperty().bind(back.visibleProperty());
        back.textProperty().bind(Bindings.when(step.isEqualTo(EditorStep.DONE)).then("Edit again").otherwise("Back"));
        Button review = Buttons.of("reviewButton", "Review changes", model::review);
        review.setDefaultButton(true);
        review.visibleProperty().bind(step.isEqualTo(EditorStep.EDIT));
        review.managedProperty().bind(review.visibleProperty());
        review.disableProperty().bind(model.draft().validBinding().not().or(model.busyProperty()));
        Button apply = Buttons.of("applyButton", "Apply", model::apply);
        apply.visibleProperty().bind(step.isEqualTo(EditorStep.REVIEW));
        apply.managedProperty().bind(apply.visibleProperty());
        apply.disableProperty().bind(model.content().hasChangesProperty().not().or(model.busyProperty())
                .or(model.preflight().blocksApplyBinding()));
        apply.setTooltip(new javafx.scene.control.Tooltip("Checks the destinations once more, then sends the change. "
                + "Errors under Checks block it; warnings ask first."));

        HBox bar = new HBox(8, importButton, exportButton, busy, gap, close, back, review, apply);
        bar.getStyleClass().add("button-bar");
        stage.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN).match(e)) {
                requestClose();
            }
        });
        return bar;
    }

    private void requestClose() {
        closeIfAllowed();
    }

    /** Closes the window if the person agrees (unsaved edit, an apply being followed); true if it closed. */
    public boolean closeIfAllowed() {
        if (model.confirmClose()) {
            stage.close();
            return true;
        }
        return false;
    }

    public void show() {
        stage.show();
        stage.toFront();
        stage.requestFocus();
    }

    public Stage stage() {
        return stage;
    }
}
