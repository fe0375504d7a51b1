package io.mskconsole.ui.shell;

import io.mskconsole.ui.common.Buttons;
import io.mskconsole.ui.common.NoticeBar;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** Levels raised earlier on the shown account (or a revert just done), with a way to dismiss it; hidden otherwise. */
final class RaisedEarlierBar extends HBox {
    RaisedEarlierBar(ShellViewModel shell) {
        super(8);
        NoticeBar notice = new NoticeBar("raisedEarlierNotice", shell.levelsNoticeProperty());
        HBox.setHgrow(notice, Priority.ALWAYS);
        Button dismiss = Buttons.of("dismissRaisedEarlier", "Dismiss", shell::dismissLevelsNotice);
        dismiss.setMinWidth(Button.USE_PREF_SIZE);
        getChildren().addAll(notice, dismiss);
        setPadding(new Insets(4, 12, 4, 12));
        visibleProperty().bind(notice.visibleProperty());
        managedProperty().bind(visibleProperty());
    }
}
