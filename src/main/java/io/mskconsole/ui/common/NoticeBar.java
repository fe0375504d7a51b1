package io.mskconsole.ui.common;

import java.util.Locale;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;

/** A coloured line of text for notices; hidden while there is none. */
public final class NoticeBar extends Label {
    /** The editor's notice bar. */
    public NoticeBar(ObservableValue<Notice> notice) {
        this("editorNotice", notice);
    }

    public NoticeBar(String id, ObservableValue<Notice> notice) {
        setId(id);
        setWrapText(true);
        setMaxWidth(Double.MAX_VALUE);
        getStyleClass().add("notice");
        notice.addListener((obs, old, now) -> show(now));
        show(notice.getValue());
    }

    private void show(Notice notice) {
        getStyleClass().removeIf(style -> style.startsWith("notice-"));
        boolean visible = notice != null && !notice.isEmpty();
        setVisible(visible);
        setManaged(visible);
        setText(visible ? notice.text() : "");
        if (visible) {
            getStyleClass().add("notice-" + notice.kind().name().toLowerCase(Locale.ROOT));
        }
    }
}
