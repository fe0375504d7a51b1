package io.mskconsole.ui.trail;

import io.mskconsole.core.trail.TrailEvent;
import io.mskconsole.core.trail.TrailExport;
import io.mskconsole.core.trail.RecordSink;
import io.mskconsole.core.trail.TrailFiles;
import io.mskconsole.core.trail.TrailSource;
import io.mskconsole.ui.common.DialogService;
import io.mskconsole.ui.common.Messages;
import io.mskconsole.ui.common.Notice;
import io.mskconsole.ui.common.TaskExecutor;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Trail log files into the browser (history beyond 90 days: sorted, duplicates dropped), and the filtered events out
 * as a CloudTrail-style JSON document or a CSV file. All file work runs in the background.
 */
public final class TrailFileActions {
    private final TrailBrowserViewModel model;
    private final TaskExecutor executor;
    private final DialogService dialogs;

    public TrailFileActions(TrailBrowserViewModel model, TaskExecutor executor, DialogService dialogs) {
        this.model = model;
        this.executor = executor;
        this.dialogs = dialogs;
    }

    public void openFiles() {
        open(dialogs.chooseFilesToOpen("Open CloudTrail log files", "CloudTrail log files (*.json, *.json.gz)",
                List.of("*.json", "*.json.gz", "*.gz")));
    }

    public void openFolder() {
        dialogs.chooseFolder("Open a folder of CloudTrail log files").ifPresent(folder -> open(List.of(folder)));
    }

    /** Reads the files and folders and shows their MSK events in place of what is loaded. */
    public void open(List<Path> paths) {
        if (paths.isEmpty()) {
            return;
        }
        model.notice(Notice.info("Reading " + describe(paths) + "…"));
        TrailSource.Preset preset = model.presetProperty().get();
        long claim = model.claim();
        RecordSink records = model.newRecords();
        executor.execute(c -> TrailFiles.read(paths, preset, records, executor.lookups(),
                Runtime.getRuntime().availableProcessors()), result -> {
            if (!model.isCurrent(claim)) {
                return;
            }
            model.replaceWith(claim, result.events(), String.format(Locale.ROOT,
                    "%,d event%s from %,d file%s · %,d duplicates dropped · %,d broken records skipped",
                    result.events().size(), result.events().size() == 1 ? "" : "s", result.filesRead(),
                    result.filesRead() == 1 ? "" : "s",
                    result.duplicates(), result.skipped()));
            model.notice(result.problems().isEmpty() ? Notice.NONE : Notice.warning("Not read: "
                    + result.problems().stream().map(p -> p.path().getFileName() + " (" + p.reason() + ")")
                    .collect(Collectors.joining("; "))));
        }, failure -> {
            if (model.isCurrent(claim)) {
                model.notice(Notice.error("Could not read " + describe(paths) + ": " + Messages.of(failure)));
            }
        });
    }

    public void exportJson() {
        export("CloudTrail JSON", "msk-events.json", "*.json", TrailExport::json);
    }

    /** CSV with a byte order mark, so spreadsheets read non-ASCII user names as UTF-8. */
    public void exportCsv() {
        export("CSV", "msk-events.csv", "*.csv", (events, out) -> {
            out.write('\uFEFF');
            TrailExport.csv(events, out);
        });
    }

    private interface Format {
        void write(List<TrailEvent> events, Writer out) throws IOException;
    }

    private void export(String kind, String name, String pattern, Format format) {
        List<TrailEvent> events = List.copyOf(model.shown());
        if (events.isEmpty()) {
            model.notice(Notice.info("There is nothing to export: no event is shown."));
            return;
        }
        dialogs.chooseFileToSave(String.format(Locale.ROOT, "Export %,d events as %s", events.size(), kind), name, kind + " (" + pattern + ")",
                pattern).ifPresent(path -> executor.execute(c -> {
                    try (Writer out = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
                        format.write(events, out);
                    }
                    return path;
                }, written -> model.notice(Notice.success(String.format(Locale.ROOT, "Exported %,d events to %s.",
                        events.size(), written))),
                failure -> model.notice(Notice.error("Could not write " + path + ": " + Messages.of(failure)))));
    }

    private static String describe(List<Path> paths) {
        return paths.size() == 1 ? paths.get(0).toString() : paths.size() + " files";
    }
}
