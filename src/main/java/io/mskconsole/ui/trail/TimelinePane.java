package io.mskconsole.ui.trail;

import io.mskconsole.ui.common.Buttons;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SegmentedButton;

/**
 * The timeline over the table: a row with what the bars are stacked by, their legend with the counts, what they
 * count and Back; the bars under it.
 */
final class TimelinePane extends VBox {
    TimelinePane(TrailTimeline timeline) {
        super(4);
        setId("trailTimelinePane");
        setPadding(new javafx.geometry.Insets(4, 6, 6, 6));
        ToggleButton outcome = toggle("trailTimelineByOutcome", TimelineStack.OUTCOME, timeline);
        ToggleButton source = toggle("trailTimelineBySource", TimelineStack.ORIGIN, timeline);
        SegmentedButton by = new SegmentedButton(outcome, source);
        by.setId("trailTimelineBy");
        by.getToggleGroup().selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                was.setSelected(true); // one of the two is always chosen
            }
        });
        timeline.stackProperty().addListener((o, was, now) -> (now == TimelineStack.OUTCOME ? outcome : source)
                .setSelected(true));
        HBox legend = new HBox(12);
        legend.setId("trailTimelineLegend");
        legend.setAlignment(Pos.CENTER_LEFT);
        legend.setMinWidth(Region.USE_PREF_SIZE);
        Label caption = new Label();
        caption.setId("trailTimelineCaption");
        caption.getStyleClass().add("muted");
        caption.setMinWidth(0);
        Tooltip whole = new Tooltip(); // the caption in full when a narrow window cuts it
        whole.textProperty().bind(caption.textProperty());
        caption.setTooltip(whole);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button back = Buttons.of("trailTimelineBack", "Back", timeline::back);
        back.setTooltip(new Tooltip("Back to the time range before the timeline narrowed it (Escape on the timeline)"));
        back.visibleProperty().bind(timeline.canGoBackProperty());
        back.managedProperty().bind(back.visibleProperty());
        back.setMinWidth(Region.USE_PREF_SIZE);
        HBox header = new HBox(10, by, legend, caption, gap, back);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setMinHeight(Region.USE_PREF_SIZE);
        getChildren().setAll(header, new TimelineChart(timeline));
        timeline.bucketsProperty().addListener((o, was, now) -> {
            legend.getChildren().setAll(legend(now));
            caption.setText(timeline.caption());
        });
        legend.getChildren().setAll(legend(timeline.bucketsProperty().get()));
        caption.setText(timeline.caption());
    }

    private static ToggleButton toggle(String id, TimelineStack stack, TrailTimeline timeline) {
        ToggleButton toggle = new ToggleButton(stack.toString());
        toggle.setId(id);
        toggle.setSelected(timeline.stackProperty().get() == stack);
        toggle.setMinWidth(Region.USE_PREF_SIZE);
        toggle.setTooltip(new Tooltip(stack == TimelineStack.OUTCOME
                ? "Stack the bars by outcome: succeeded, or failed with an error code"
                : "Stack the bars by where the events came from: LookupEvents, files, S3 or Athena"));
        toggle.selectedProperty().addListener((o, was, now) -> {
            if (now) {
                timeline.stackProperty().set(stack);
            }
        });
        return toggle;
    }

    /** A swatch and a count for each layer: both outcomes, the sources that gave events. */
    private static List<Node> legend(TimelineBuckets buckets) {
        List<Node> entries = new ArrayList<>();
        if (buckets.span() == null) {
            return entries;
        }
        TimelineStack stack = buckets.stack();
        for (int layer = 0; layer < stack.layers().size(); layer++) {
            int count = buckets.layerTotal(layer);
            if (count == 0 && stack == TimelineStack.ORIGIN) {
                continue;
            }
            Region swatch = new Region();
            swatch.getStyleClass().addAll("timeline-swatch", stack.styles().get(layer));
            Label entry = new Label(String.format(Locale.ROOT, "%s %,d", stack.layers().get(layer), count), swatch);
            entry.setId("trailTimelineLegend-" + stack.styles().get(layer));
            entry.setMinWidth(Region.USE_PREF_SIZE);
            entries.add(entry);
        }
        return entries;
    }
}
