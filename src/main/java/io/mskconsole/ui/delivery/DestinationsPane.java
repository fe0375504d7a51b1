package io.mskconsole.ui.delivery;

import io.mskconsole.ui.common.ReservedLine;
import io.mskconsole.core.delivery.DestinationField;
import io.mskconsole.core.delivery.DestinationType;
import io.mskconsole.core.delivery.LogKind;
import io.mskconsole.ui.destinations.PreflightViewModel;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.beans.property.StringProperty;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;

/**
 * The three destinations of one kind of log, each with its switch and name fields, validated as the person types:
 * the draft decides what is wrong, ControlsFX marks the field, and the message stands under it. The controls of
 * broker logs have the ids {@code cwEnabled}, {@code cwLogGroup}, ...; those of authorizer logs the same ids after
 * {@code authorizer} ({@code authorizerCwEnabled}, {@code authorizerCwLogGroup}, ...).
 */
public final class DestinationsPane extends VBox {
    private final LogDeliveryDraft draft;
    private final LogKind kind;
    private final String ids;
    private final ValidationSupport validation = new ValidationSupport();
    private final PreflightViewModel checks;
    private final Consumer<DestinationType> browse;

    /**
     * @param region the cluster's region, to say where destinations must exist and to warn where MSK has limits
     */
    public DestinationsPane(LogDeliveryDraft draft, LogKind kind, String region, PreflightViewModel checks,
                            Consumer<DestinationType> browse) {
        this.draft = draft;
        this.kind = kind;
        this.ids = kind == LogKind.BROKER ? "" : "authorizer";
        this.checks = checks;
        this.browse = browse;
        setSpacing(12);
        Label intro = new Label((kind == LogKind.BROKER
                ? "Amazon MSK delivers INFO-level broker logs to every destination you turn on. "
                : "Amazon MSK delivers the authorizer's decisions (which principal was allowed or denied what) to "
                        + "every destination you turn on. A destination may also take broker logs. ")
                + "MSK does not create destinations: each must already exist in " + region + ".");
        intro.setWrapText(true);
        intro.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        intro.getStyleClass().add("muted");

        String kindWord = kind == LogKind.BROKER ? "broker" : "authorizer";
        VBox cloudWatch = box("Deliver " + kind.noun() + " to ", DestinationType.CLOUDWATCH_LOGS, id("cw"),
                draft.cloudWatchEnabledProperty());
        addField(cloudWatch, id("cwLogGroup"), "Log group", "/aws/vendedlogs/msk/my-cluster",
                draft.logGroupProperty(), DestinationField.LOG_GROUP, draft.cloudWatchEnabledProperty());

        VBox s3 = box("Deliver " + kind.noun() + " to ", DestinationType.S3, id("s3"), draft.s3EnabledProperty());
        addField(s3, id("s3Bucket"), "Bucket", "my-" + kindWord + "-logs-bucket", draft.bucketProperty(),
                DestinationField.BUCKET, draft.s3EnabledProperty());
        addField(s3, id("s3Prefix"), "Prefix (optional)", "kafka/prod", draft.prefixProperty(), DestinationField.PREFIX,
                draft.s3EnabledProperty());

        VBox firehose = box("Deliver " + kind.noun() + " to ", DestinationType.FIREHOSE, id("firehose"),
                draft.firehoseEnabledProperty());
        addField(firehose, id("firehoseStream"), "Delivery stream", "my-" + kindWord + "-logs-stream",
                draft.deliveryStreamProperty(), DestinationField.DELIVERY_STREAM, draft.firehoseEnabledProperty());
        getChildren().addAll(intro, cloudWatch, s3, firehose);
    }

    /** The control's id for this kind: {@code cwLogGroup} for broker logs, {@code authorizerCwLogGroup} otherwise. */
    private String id(String broker) {
        return ids.isEmpty() ? broker : ids + Character.toUpperCase(broker.charAt(0)) + broker.substring(1);
    }

    private static VBox box(String deliver, DestinationType type, String idPrefix, BooleanProperty enabled) {
        CheckBox toggle = new CheckBox(deliver + type.displayName());
        toggle.setId(idPrefix + "Enabled");
        toggle.setStyle("-fx-font-weight: bold");
        toggle.selectedProperty().bindBidirectional(enabled);
        VBox box = new VBox(toggle);
        box.getStyleClass().add("destination-box");
        return box;
    }

    /** An error in red; advice (no error) in the muted style. */
    private static void adviceStyle(Label line, boolean advice) {
        line.getStyleClass().removeAll("field-error", "muted");
        line.getStyleClass().add(advice ? "muted" : "field-error");
    }

    private void addField(VBox box, String id, String label, String prompt, StringProperty text,
                          DestinationField field, BooleanProperty enabled) {
        Label caption = new Label(label);
        TextField input = new TextField();
        input.setId(id);
        input.setPromptText(prompt);
        input.textProperty().bindBidirectional(text);
        input.disableProperty().bind(enabled.not());
        caption.setLabelFor(input);
        Node row = input;
        if (field != DestinationField.PREFIX) {
            Button pick = new Button("Browse…");
            pick.setId(id + "Browse");
            pick.setTooltip(new Tooltip("List the " + field.destination().resourceNoun() + "s that exist in "
                    + checks.region() + " (for " + kind.noun() + ")"));
            pick.setOnAction(e -> browse.accept(field.destination()));
            HBox.setHgrow(input, Priority.ALWAYS);
            row = new HBox(6, input, pick);
        }
        Label error = new Label();
        error.setId(id + "Error");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        // the field's one reserved line: its error, or else what AWS will do with an odd value (advice)
        error.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> draft.problem(field).get()
                .isEmpty() ? draft.advice(field).get() : draft.problem(field).get(), draft.problem(field),
                draft.advice(field)));
        draft.problem(field).addListener((obs, old, now) -> adviceStyle(error, now.isEmpty()));
        adviceStyle(error, draft.problem(field).get().isEmpty());
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        ReservedLine.reserve(error);
        validation.registerValidator(input, false, (Control control, String value) -> {
            String problem = draft.problem(field).get();
            return ValidationResult.fromErrorIf(control, problem, !problem.isEmpty());
        });
        draft.problem(field).addListener((obs, old, now) -> validation.revalidate(input));
        Label found = new Label();
        found.setId(id + "Findings");
        found.setWrapText(true);
        found.textProperty().bind(checks.fieldText(kind, field));
        checks.worstAt(kind, field).addListener((obs, old, now) -> {
            found.getStyleClass().removeIf(s -> s.startsWith("field-finding-"));
            if (now != null) {
                found.getStyleClass().add("field-finding-" + now.name().toLowerCase(java.util.Locale.ROOT)
                        .replace('_', '-'));
            }
        });
        found.visibleProperty().bind(found.textProperty().isNotEmpty().and(enabled));
        found.managedProperty().bind(found.visibleProperty());
        // the checks' findings go at the end of the destination's box: when they appear a moment after typing, the
        // fields below the one typed in do not move under the pointer
        int firstFindings = (int) box.getChildren().stream().takeWhile(node -> node.getId() == null
                || !node.getId().endsWith("Findings")).count();
        box.getChildren().addAll(firstFindings, java.util.List.of(caption, row, error));
        box.getChildren().add(found);
    }
}
