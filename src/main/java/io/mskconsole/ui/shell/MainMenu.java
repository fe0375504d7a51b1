package io.mskconsole.ui.shell;

import io.mskconsole.ui.common.ThemeSetting;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * The main window's menu bar. Shortcuts use the platform's key (Ctrl, or Cmd on macOS): close Ctrl+W, quit
 * Ctrl+Q, refresh F5 (and Ctrl+R), find Ctrl+F, edit Ctrl+E. On macOS it sits in the system's menu bar.
 */
final class MainMenu {
    /** What the menu's items do; the main window supplies them. */
    record Actions(Runnable closeWindow, Runnable quit, Runnable refresh, Runnable find, Runnable editLogDelivery,
                   Runnable showActivity, Runnable openTrail, Runnable openLogFolder, Runnable about) {
    }

    private MainMenu() {
    }

    static MenuBar create(Actions actions, ObjectProperty<ThemeSetting> theme, ObservableBooleanValue noSession,
                          ObservableBooleanValue noClusterWithLogs, ObservableBooleanValue noCluster) {
        Menu file = new Menu("_File");
        file.getItems().addAll(
                item("menuCloseWindow", "Close window", shortcut(KeyCode.W), actions.closeWindow()),
                new SeparatorMenuItem(),
                item("menuQuit", "Quit", shortcut(KeyCode.Q), actions.quit()));

        Menu view = new Menu("_View");
        Menu themes = new Menu("Theme");
        themes.setId("menuTheme");
        ToggleGroup group = new ToggleGroup();
        for (ThemeSetting setting : ThemeSetting.values()) {
            RadioMenuItem choice = new RadioMenuItem(setting.label());
            choice.setId("menuTheme" + setting.name());
            choice.setToggleGroup(group);
            choice.setSelected(theme.get() == setting);
            choice.setOnAction(e -> theme.set(setting));
            theme.addListener((obs, old, now) -> choice.setSelected(now == setting));
            themes.getItems().add(choice);
        }
        MenuItem refresh = item("menuRefresh", "Refresh", new KeyCodeCombination(KeyCode.F5), actions.refresh());
        refresh.disableProperty().bind(noSession);
        view.getItems().addAll(refresh,
                item("menuFind", "Find cluster", shortcut(KeyCode.F), actions.find()),
                new SeparatorMenuItem(), themes);

        Menu cluster = new Menu("_Cluster");
        MenuItem edit = item("menuEditLogDelivery", "Edit log delivery…", shortcut(KeyCode.E),
                actions.editLogDelivery());
        edit.disableProperty().bind(noClusterWithLogs);
        MenuItem activity = item("menuShowActivity", "Show activity in CloudTrail…", null, actions.showActivity());
        activity.disableProperty().bind(noCluster);
        cluster.getItems().addAll(edit, activity);

        Menu tools = new Menu("_Tools");
        MenuItem trail = item("menuTrail", "CloudTrail events…", null, actions.openTrail());
        trail.disableProperty().bind(noSession);
        tools.getItems().add(trail);

        Menu help = new Menu("_Help");
        help.getItems().addAll(
                item("menuOpenLogFolder", "Open log folder", null, actions.openLogFolder()),
                new SeparatorMenuItem(),
                item("menuAbout", "About MSK Console", null, actions.about()));

        MenuBar bar = new MenuBar(file, view, cluster, tools, help);
        bar.setId("menuBar");
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    /**
     * Puts "Create cluster…" (Shortcut+N) and "Create from this cluster…" at the top of the Cluster menu: the first
     * while an account is open, the second while a provisioned cluster is selected.
     */
    static void addCreateItems(MenuBar bar, Runnable create, Runnable createFrom, ObservableBooleanValue noSession,
                               ObservableBooleanValue noProvisionedCluster) {
        Menu cluster = bar.getMenus().stream().filter(m -> "_Cluster".equals(m.getText())).findFirst().orElseThrow();
        MenuItem createItem = item("menuCreateCluster", "Create cluster…", shortcut(KeyCode.N), create);
        createItem.disableProperty().bind(noSession);
        MenuItem fromItem = item("menuCreateFromCluster", "Create from this cluster…", null, createFrom);
        fromItem.disableProperty().bind(noProvisionedCluster);
        cluster.getItems().addAll(0, java.util.List.of(createItem, fromItem, new SeparatorMenuItem()));
    }

    /** Puts "Broker log levels…" (Shortcut+L) in the Cluster menu, after the broker log delivery editor. */
    static void addLevelsItem(MenuBar bar, Runnable open, ObservableBooleanValue noProvisionedCluster) {
        Menu cluster = bar.getMenus().stream().filter(m -> "_Cluster".equals(m.getText())).findFirst().orElseThrow();
        MenuItem levels = item("menuBrokerLevels", "Broker log levels…", shortcut(KeyCode.L), open);
        levels.disableProperty().bind(noProvisionedCluster);
        int editor = cluster.getItems().indexOf(cluster.getItems().stream()
                .filter(i -> "menuEditLogDelivery".equals(i.getId())).findFirst().orElseThrow());
        cluster.getItems().add(editor + 1, levels);
    }

    /** Puts "Logs…" (Shift+Shortcut+L), the cluster's recent broker logs, in the Cluster menu after the levels. */
    static void addLogsItem(MenuBar bar, Runnable open, ObservableBooleanValue noProvisionedCluster) {
        Menu cluster = bar.getMenus().stream().filter(m -> "_Cluster".equals(m.getText())).findFirst().orElseThrow();
        MenuItem logs = item("menuLogs", "Logs…", new KeyCodeCombination(KeyCode.L, KeyCombination.SHIFT_DOWN,
                KeyCombination.SHORTCUT_DOWN), open);
        logs.disableProperty().bind(noProvisionedCluster);
        int levels = cluster.getItems().indexOf(cluster.getItems().stream()
                .filter(i -> "menuBrokerLevels".equals(i.getId())).findFirst().orElseThrow());
        cluster.getItems().add(levels + 1, logs);
    }

    /** Puts "Close account" (Shift+Shortcut+W) in the File menu, after "Close window". */
    static void addCloseAccountItem(MenuBar bar, Runnable close, ObservableBooleanValue disabled,
                                    ObservableStringValue text) {
        Menu file = bar.getMenus().stream().filter(m -> "_File".equals(m.getText())).findFirst().orElseThrow();
        MenuItem item = item("menuCloseAccount", "Close account", new KeyCodeCombination(KeyCode.W,
                KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), close);
        item.disableProperty().bind(disabled);
        item.textProperty().bind(text);
        file.getItems().add(1, item);
    }

    /** Puts "Fleet…" (Shift+Shortcut+F) first in the Tools menu: every cluster of many accounts and regions. */
    static void addFleetItem(MenuBar bar, Runnable open) {
        Menu tools = bar.getMenus().stream().filter(m -> "_Tools".equals(m.getText())).findFirst().orElseThrow();
        tools.getItems().add(0, item("menuFleet", "Fleet…", new KeyCodeCombination(KeyCode.F,
                KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), open));
    }

    /** Puts the sign-in items in the File menu, after "Close account", before a separator. */
    static void addSignInItems(MenuBar bar, java.util.List<MenuItem> items) {
        Menu file = bar.getMenus().stream().filter(m -> "_File".equals(m.getText())).findFirst().orElseThrow();
        int after = file.getItems().indexOf(file.getItems().stream().filter(i -> "menuCloseAccount".equals(i.getId()))
                .findFirst().orElseThrow()) + 1;
        java.util.List<MenuItem> placed = new java.util.ArrayList<>();
        placed.add(new SeparatorMenuItem());
        placed.addAll(items);
        file.getItems().addAll(after, placed);
    }

    private static KeyCombination shortcut(KeyCode key) {
        return new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN);
    }

    private static MenuItem item(String id, String text, KeyCombination accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setAccelerator(accelerator);
        item.setOnAction(e -> action.run());
        return item;
    }
}
