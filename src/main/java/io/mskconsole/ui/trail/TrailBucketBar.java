package io.mskconsole.ui.trail;

import io.mskconsole.core.trailbucket.TrailInfo;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

/**
 * The browser's row for trail files in S3: a trail (the account's trails, read when the list is first opened), the
 * accounts (all the bucket holds when left empty) and Read from S3, for the time range and regions above; and the
 * Cache menu, whose Clear item gives the trail file cache's size (read when the menu opens).
 */
final class TrailBucketBar extends FlowPane {
    /** @param athena opens "Query with Athena" on the trail and accounts chosen; null for none */
    TrailBucketBar(TrailBucketLoad load, TrailBrowserViewModel model, TrailCacheActions cache,
                   BiConsumer<TrailInfo, List<String>> athena) {
        super(8, 6);
        setId("trailS3Bar");
        setAlignment(Pos.CENTER_LEFT);
        ComboBox<TrailInfo> trail = new ComboBox<>(load.trails());
        trail.setId("trailS3Trail");
        trail.setPromptText("Choose a trail");
        trail.setOnShowing(e -> load.readTrails());
        trail.focusedProperty().addListener((o, was, now) -> {
            if (now) {
                load.readTrails();
            }
        });
        trail.setConverter(new StringConverter<>() {
            @Override
            public String toString(TrailInfo value) {
                return value == null ? "" : value.describe();
            }

            @Override
            public TrailInfo fromString(String text) {
                return null;
            }
        });
        load.trails().addListener((javafx.collections.ListChangeListener<TrailInfo>) c -> {
            if (trail.getValue() == null && load.trails().size() == 1) {
                trail.setValue(load.trails().get(0));
            }
        });
        TextField accounts = new TextField();
        accounts.setId("trailS3Accounts");
        accounts.setPromptText("accounts: all in the bucket");
        accounts.setPrefColumnCount(18);
        accounts.setTooltip(new Tooltip("Account ids, separated by commas; empty for every account whose files the "
                + "trail's bucket holds."));
        Button read = new Button("Read from S3");
        read.setId("trailS3Read");
        read.setTooltip(new Tooltip("Reads the trail's log files straight from its bucket for the time range and "
                + "regions above: any depth of history, not only LookupEvents' 90 days."));
        read.disableProperty().bind(model.runningProperty().or(trail.valueProperty().isNull()));
        read.setOnAction(e -> load.load(trail.getValue(), accounts(accounts.getText())));
        Label label = new Label("Trail files in S3");
        label.setMinWidth(Region.USE_PREF_SIZE);
        getChildren().setAll(label, trail, accounts, read);
        if (athena != null) {
            Button query = new Button("Query with Athena…");
            query.setId("trailAthena");
            query.setTooltip(new Tooltip("Queries the trail's files with Athena, for history beyond one machine: "
                    + "finds the trail's table or shows the one to create, then runs the saved questions."));
            query.disableProperty().bind(trail.valueProperty().isNull());
            query.setOnAction(e -> athena.accept(trail.getValue(), accounts(accounts.getText())));
            getChildren().add(query);
        }
        if (cache.keeps() || cache.keepsLookups()) {
            MenuButton menu = new MenuButton("Cache");
            menu.setId("trailS3Cache");
            StringBuilder tip = new StringBuilder();
            if (cache.keeps()) {
                MenuItem clear = new MenuItem();
                clear.setId("trailS3ClearCache");
                clear.textProperty().bind(cache.clearTextProperty());
                clear.setOnAction(e -> cache.clear());
                menu.getItems().add(clear);
                tip.append("Trail files already read are kept on this computer (up to ")
                        .append(TrailCacheActions.size(cache.limit())).append(", the least recently used deleted "
                        + "first), so a second look at the same range reads nothing from S3 again.");
            }
            if (cache.keepsLookups()) {
                MenuItem clearLookups = new MenuItem();
                clearLookups.setId("trailClearLookupCache");
                clearLookups.textProperty().bind(cache.clearLookupsTextProperty());
                clearLookups.setOnAction(e -> cache.clearLookups());
                menu.getItems().add(clearLookups);
                tip.append(tip.isEmpty() ? "" : "\n").append("LookupEvents' answers are kept too, per account and "
                        + "region: Search shows them at once and asks CloudTrail only for what is new since.");
            }
            menu.setTooltip(new Tooltip(tip.toString()));
            menu.setOnShowing(e -> cache.readSize());
            getChildren().add(menu);
        }
    }

    /** The accounts typed, or empty for all. */
    static List<String> accounts(String typed) {
        return typed == null ? List.of() : Arrays.stream(typed.split("[,\\s]+")).map(String::strip)
                .filter(a -> !a.isEmpty()).toList();
    }
}
