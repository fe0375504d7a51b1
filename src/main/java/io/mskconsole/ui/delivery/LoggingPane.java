package io.mskconsole.ui.delivery;

import io.mskconsole.core.delivery.DestinationType;
import io.mskconsole.core.delivery.LogKind;
import io.mskconsole.ui.destinations.PreflightViewModel;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.BiConsumer;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * Broker logs and authorizer logs with the same destination boxes ({@link DestinationsPane}), one kind shown at a
 * time under a switch of two buttons ({@code brokerLogsTab}, {@code authorizerLogsTab}). Each button says where that
 * kind goes now ("Broker logs · 2 on"), so what the other kind holds is seen without switching. A plain box rather
 * than a tab pane, so long messages under the fields wrap to their full height. Shared by the log delivery editor and
 * the create window.
 */
public final class LoggingPane extends VBox {
    private final Map<LogKind, DestinationsPane> panes = new EnumMap<>(LogKind.class);

    /**
     * @param browse opens the picker of one destination type for one kind
     */
    public LoggingPane(LoggingDraft draft, String region, PreflightViewModel checks,
                       BiConsumer<LogKind, DestinationType> browse) {
        setId("loggingKinds");
        setSpacing(10);
        ToggleGroup kinds = new ToggleGroup();
        HBox switcher = new HBox();
        for (LogKind kind : LogKind.values()) {
            LogDeliveryDraft delivery = draft.delivery(kind);
            panes.put(kind, new DestinationsPane(delivery, kind, region, checks, type -> browse.accept(kind, type)));
            ToggleButton button = new ToggleButton();
            button.setId(kind == LogKind.BROKER ? "brokerLogsTab" : "authorizerLogsTab");
            button.setUserData(kind);
            button.getStyleClass().add(kind == LogKind.BROKER ? "left-pill" : "right-pill"); // Modena's segmented look
            button.setToggleGroup(kinds);
            button.setMnemonicParsing(true); // Alt+B, Alt+A: a mnemonic only fires the action, so the action selects
            button.setOnAction(e -> button.setSelected(true));
            button.textProperty().bind(Bindings.createStringBinding(() -> title(kind, delivery),
                    delivery.valueBinding(), delivery.validBinding()));
            switcher.getChildren().add(button);
        }
        kinds.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                kinds.selectToggle(old); // one kind is always shown
            } else {
                getChildren().set(1, panes.get((LogKind) now.getUserData()));
            }
        });
        getChildren().addAll(switcher, panes.get(LogKind.BROKER));
        kinds.selectToggle(kinds.getToggles().get(0));
    }

    /**
     * "_Authorizer logs · off", "_Broker logs · 2 on", with "· fix" while a field of that kind breaks a rule, so a
     * problem on the kind not shown is seen; the underscore marks the mnemonic.
     */
    static String title(LogKind kind, LogDeliveryDraft delivery) {
        int on = delivery.value().enabledTypes().size();
        return "_" + kind.displayName() + " · " + (on == 0 ? "off" : on + " on")
                + (delivery.validBinding().get() ? "" : " · fix");
    }
}
