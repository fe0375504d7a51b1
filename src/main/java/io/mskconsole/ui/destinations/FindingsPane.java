package io.mskconsole.ui.destinations;

import io.mskconsole.core.destinations.CheckReport;
import io.mskconsole.core.destinations.Finding;
import io.mskconsole.core.destinations.FindingAction;
import io.mskconsole.ui.common.NoticeBar;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The findings panel: what the checks found, most severe first, each with why, the fix and its one-click actions;
 * "Check again"; and the switch saying brokers log at DEBUG or TRACE.
 */
public final class FindingsPane extends VBox {
    private final PreflightViewModel model;
    private final VBox list = new VBox(8);

    public FindingsPane(PreflightViewModel model, String idPrefix) {
        this.model = model;
        setId(idPrefix + "Findings");
        setSpacing(8);
        getStyleClass().add("findings-pane");

        Label heading = new Label("Checks");
        heading.getStyleClass().add("section-title");
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(16, 16);
        spinner.visibleProperty().bind(model.checkingProperty());
        Label status = new Label();
        status.setId(idPrefix + "ChecksStatus");
        status.getStyleClass().add("muted");
        status.textProperty().bind(Bindings.createStringBinding(() -> {
            if (model.checkingProperty().get()) {
                return "Checking the destinations in " + model.region() + "…";
            }
            CheckReport report = model.reportProperty().get();
            return report == null ? "Not checked yet." : report.summary() + ".";
        }, model.checkingProperty(), model.reportProperty()));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        CheckBox verbose = new CheckBox("Brokers log at DEBUG or TRACE");
        verbose.setId(idPrefix + "VerboseLogging");
        verbose.setTooltip(new Tooltip("Say so when you have raised brokers' log levels at runtime: CloudWatch Logs "
                + "then gets only a sample and brokers may slow down."));
        verbose.selectedProperty().bindBidirectional(model.verboseBrokerLoggingProperty());
        Button again = new Button("Check again");
        again.setId(idPrefix + "CheckAgain");
        again.setTooltip(new Tooltip("Read every destination, key and permission again"));
        again.setOnAction(e -> model.checkAgain());
        again.disableProperty().bind(model.checkingProperty());
        HBox header = new HBox(8, heading, spinner, status, gap, verbose, again);
        header.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        list.setId(idPrefix + "FindingList");
        model.findings().addListener((ListChangeListener<Finding>) change -> render());
        render();
        getChildren().addAll(header, new NoticeBar(idPrefix + "ChecksNotice", model.noticeProperty()), list);
    }

    private void render() {
        // once any finding is about authorizer logs, every finding names its kinds, so none reads as the other kind's
        boolean nameKinds = model.findings().stream().anyMatch(Finding::namesKinds);
        list.getChildren().setAll(model.findings().stream().map(f -> card(f, nameKinds)).toList());
    }

    private VBox card(Finding finding, boolean nameKinds) {
        String severity = finding.severity().name().toLowerCase(Locale.ROOT).replace('_', '-');
        Label badge = new Label(PreflightViewModel.label(finding.severity()));
        badge.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // a long title wraps; the badge stays whole
        badge.getStyleClass().addAll("finding-badge", "finding-badge-" + severity);
        Label title = new Label(nameKinds && !finding.kinds().isEmpty()
                ? finding.kindsLabel() + ": " + finding.title() : PreflightViewModel.title(finding));
        title.getStyleClass().add("finding-title");
        title.setWrapText(true);
        // the title gives way, wrapping, however long it is: the badge never shrinks to "E…"
        title.setMinWidth(0);
        title.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(title, javafx.scene.layout.Priority.ALWAYS);
        HBox top = new HBox(8, badge, title);
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox card = new VBox(4, top);
        card.getStyleClass().addAll("finding", "finding-" + severity);
        card.setUserData(finding.checkId());
        if (!finding.why().isEmpty()) {
            card.getChildren().add(wrapped(finding.why(), "finding-why"));
        }
        if (!finding.fix().isEmpty()) {
            int lineEnd = finding.fix().indexOf('\n');
            card.getChildren().add(wrapped("Fix: " + (lineEnd < 0 ? finding.fix() : finding.fix().substring(0, lineEnd)),
                    "finding-fix"));
            if (lineEnd >= 0) {
                Label block = wrapped(finding.fix().substring(lineEnd + 1), "finding-code");
                block.getStyleClass().add("mono");
                card.getChildren().add(block);
            }
        }
        if (!finding.actions().isEmpty()) {
            HBox actions = new HBox(8);
            for (FindingAction action : finding.actions()) {
                Button button = new Button(action.label());
                button.setId("finding-" + action.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
                button.setOnAction(e -> model.perform(action));
                actions.getChildren().add(button);
            }
            card.getChildren().add(actions);
        }
        return card;
    }

    private static Label wrapped(String text, String style) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add(style);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
