package io.mskconsole.ui.create;

import io.mskconsole.core.delivery.DestinationType;
import io.mskconsole.core.delivery.LogKind;
import io.mskconsole.ui.common.Buttons;
import io.mskconsole.ui.common.NoticeBar;
import io.mskconsole.ui.common.Styles;
import io.mskconsole.ui.common.WindowSizes;
import io.mskconsole.ui.destinations.DestinationPickerDialog;
import javafx.beans.value.ObservableStringValue;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.controlsfx.validation.ValidationSupport;

/**
 * A window for creating one provisioned cluster, in the console's sections (General, Brokers, Networking, Security,
 * Monitoring with broker log delivery), then Review, then Create with its progress. Several can be open; closing one
 * while its cluster is created leaves the cluster list following it.
 */
public final class CreateClusterWindow {
    private final Stage stage;
    private final CreateClusterViewModel model;

    /**
     * @param stage a new stage for the window (its dialogs were made over it), owned by {@code owner}
     * @param account how the account is shown in the subtitle
     */
    public CreateClusterWindow(Stage stage, CreateClusterViewModel model, ObservableStringValue account, Window owner) {
        this.stage = stage;
        this.model = model;
        stage.initOwner(owner);
        stage.titleProperty().bind(Bindings.createStringBinding(() -> "Create cluster"
                + (model.sourceProperty().get().isEmpty() ? "" : " from " + model.sourceProperty().get())
                + " — " + account.get() + " · " + model.region(),
                model.sourceProperty(), account));

        Label title = new Label("Create cluster");
        title.getStyleClass().add("details-title");
        Label subtitle = new Label();
        subtitle.textProperty().bind(Bindings.concat("Provisioned · " + model.region() + " · ", account));
        subtitle.getStyleClass().add("muted");
        Label stepLabel = new Label();
        stepLabel.setId("createStep");
        stepLabel.getStyleClass().add("muted");
        stepLabel.textProperty().bind(Bindings.createStringBinding(() -> switch (model.stepProperty().get()) {
            case EDIT -> "Step 1 of 3 · Settings";
            case REVIEW -> "Step 2 of 3 · Review";
            case CREATING -> "Step 3 of 3 · Creating";
            case DONE -> "Step 3 of 3 · Done";
        }, model.stepProperty()));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        VBox header = new VBox(4, new HBox(8, title, gap, stepLabel), subtitle,
                new NoticeBar("createNotice", model.noticeProperty()));
        header.setPadding(new Insets(12, 16, 8, 16));

        ValidationSupport validation = new ValidationSupport();
        VBox form = new VBox(12,
                GeneralPane.create(model, validation),
                BrokersPane.create(model, validation),
                NetworkPane.create(model, validation),
                SecurityPane.create(model, validation),
                MonitoringPane.create(model, validation, this::browse));
        form.setId("createForm");
        form.disableProperty().bind(model.busyProperty());
        Node edit = scroll(form);
        Node review = scroll(new CreateReviewPane(model));
        Node progress = scroll(new CreateProgressPane(model));
        BorderPane root = new BorderPane();
        root.setId("createClusterWindow");
        root.setTop(header);
        root.setBottom(buttons());
        Runnable showPage = () -> root.setCenter(switch (model.stepProperty().get()) {
            case EDIT -> edit;
            case REVIEW -> review;
            case CREATING, DONE -> progress;
        });
        model.stepProperty().addListener((obs, old, now) -> showPage.run());
        showPage.run();

        Scene scene = new Scene(root, WindowSizes.width(820), WindowSizes.height(860));
        Styles.apply(scene);
        stage.setScene(scene);
        io.mskconsole.ui.common.WindowSizes.minimum(stage, 820, 560);
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> model.closed());
        stage.setOnCloseRequest(e -> {
            if (!model.confirmClose()) {
                e.consume();
            }
        });
        stage.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN).match(e)) {
                closeIfAllowed();
            }
        });
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
        BooleanBinding editing = step.isEqualTo(CreateStep.EDIT);
        Button load = Buttons.of("loadRequest", "Load…", () -> model.files().load());
        load.setTooltip(new Tooltip("Load a create-cluster-v2 request file (AWS CLI --cli-input-json)"));
        load.visibleProperty().bind(editing);
        load.disableProperty().bind(model.busyProperty());
        Button save = Buttons.of("saveRequest", "Save…", () -> model.files().save());
        save.setTooltip(new Tooltip("Save the settings as a create-cluster-v2 request file, for a change ticket, "
                + "the AWS CLI or msk-console cluster create"));
        save.visibleProperty().bind(editing);
        save.disableProperty().bind(model.busyProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(20, 20);
        busy.visibleProperty().bind(model.busyProperty());
        Label problems = new Label();
        problems.setId("problemSummary");
        problems.getStyleClass().add("field-error");
        problems.setWrapText(true);
        problems.setMinWidth(0);
        problems.textProperty().bind(model.checks().summaryBinding());
        problems.visibleProperty().bind(editing.and(problems.textProperty().isNotEmpty())
                .and(model.checks().revealedProperty()));
        HBox.setHgrow(problems, Priority.ALWAYS);
        problems.setMaxWidth(Double.MAX_VALUE);

        Button close = Buttons.of("closeCreate", "Close", this::closeIfAllowed);
        close.setCancelButton(true);
        Button back = Buttons.of("createBack", "Back", model::back);
        back.visibleProperty().bind(step.isEqualTo(CreateStep.REVIEW).or(step.isEqualTo(CreateStep.DONE)));
        back.managedProperty().bind(back.visibleProperty());
        back.textProperty().bind(Bindings.when(step.isEqualTo(CreateStep.DONE)).then("Edit again").otherwise("Back"));
        back.disableProperty().bind(model.busyProperty());
        Button review = Buttons.of("createReviewButton", "Review", model::review);
        review.setDefaultButton(true);
        review.visibleProperty().bind(editing);
        review.managedProperty().bind(review.visibleProperty());
        // pressing Review on an incomplete form shows what to fix, under each field and at the foot
        review.disableProperty().bind(model.busyProperty());
        Button create = Buttons.of("createButton", "Create cluster", model::create);
        create.visibleProperty().bind(step.isEqualTo(CreateStep.REVIEW));
        create.managedProperty().bind(create.visibleProperty());
        create.disableProperty().bind(model.checks().validBinding().not().or(model.busyProperty())
                .or(model.preflight().blocksApplyBinding()));
        create.setTooltip(new Tooltip("Checks the destinations once more, then sends CreateClusterV2. Errors under "
                + "Checks block it; warnings ask first."));

        HBox bar = new HBox(8, load, save, busy, problems, close, back, review, create);
        bar.getStyleClass().add("button-bar");
        return bar;
    }

    /** Closes the window if the person agrees (settings neither created nor saved); true if it closed. */
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
