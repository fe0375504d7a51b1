package io.mskconsole.ui.delivery;

import io.mskconsole.core.delivery.LoggingInfo;
import io.mskconsole.ui.common.Notice;
import io.mskconsole.core.delivery.LoggingInfoFileException;
import io.mskconsole.core.delivery.LoggingInfoFormat;
import io.mskconsole.ui.common.DialogService;
import io.mskconsole.ui.common.Messages;
import io.mskconsole.ui.common.TaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Import and export of a logging-info JSON file (the AWS CLI's {@code --logging-info} format) into and out of a
 * draft. A file without AuthorizerLogs leaves the draft's authorizer logs as they are, as {@code logging apply} does. Files are read and written in the background; a refused file leaves the draft as it was.
 */
public final class LoggingFileActions {
    private final LoggingDraft draft;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Consumer<Notice> notices;
    private final String clusterName;

    LoggingFileActions(LoggingDraft draft, TaskExecutor executor, DialogService dialogs, Consumer<Notice> notices,
                       String clusterName) {
        this.draft = draft;
        this.executor = executor;
        this.dialogs = dialogs;
        this.notices = notices;
        this.clusterName = clusterName;
    }

    /** Asks for a file and loads it into the draft. */
    public void importFile() {
        dialogs.chooseJsonFileToOpen("Import log delivery (--logging-info JSON)").ifPresent(this::importFrom);
    }

    public void importFrom(Path file) {
        executor.execute(c -> read(file), logs -> {
            draft.loadDocument(logs);
            String kept = logs.hasAuthorizerLogs() ? ""
                    : " (it has no AuthorizerLogs: the authorizer logs are left as they were)";
            notices.accept(Notice.info("Imported " + file.getFileName() + kept + ". Review before applying."));
        }, failure -> notices.accept(Notice.error(describe(file, failure) + " Nothing was imported.")));
    }

    private static LoggingInfo read(Path file) throws Exception {
        return LoggingInfoFormat.parse(Files.readString(file));
    }

    /** Asks for a file and writes the draft to it in the AWS CLI's format. */
    public void exportFile() {
        String suggested = clusterName.toLowerCase(Locale.ROOT) + "-logging-info.json";
        dialogs.chooseJsonFileToSave("Export log delivery", suggested).ifPresent(this::exportTo);
    }

    public void exportTo(Path file) {
        String json = LoggingInfoFormat.toCliJson(draft.value());
        executor.execute(c -> Files.writeString(file, json), written -> notices.accept(Notice.info("Exported to " + file
                + " — use it with: aws kafka update-monitoring --logging-info file://" + file.getFileName())),
                failure -> notices.accept(Notice.error(describe(file, failure))));
    }

    private static String describe(Path file, Throwable failure) {
        if (failure instanceof LoggingInfoFileException bad) {
            return file.getFileName() + ": " + bad.getMessage();
        }
        return file.getFileName() + ": " + Messages.of(failure);
    }
}
