package io.mskconsole.ui.fleet;

import io.mskconsole.core.fleet.DataFile;
import io.mskconsole.core.fleet.FleetPolicyFile;
import io.mskconsole.core.fleet.FleetReport;
import io.mskconsole.core.fleet.FleetReportCsv;
import io.mskconsole.core.fleet.FleetReportHtml;
import io.mskconsole.core.fleet.FleetReportJson;
import io.mskconsole.ui.common.DialogService;
import io.mskconsole.ui.common.Messages;
import io.mskconsole.ui.common.Notice;
import io.mskconsole.ui.common.TaskExecutor;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The fleet window's files: the last scan out as CSV, JSON or a self-contained HTML page (the same writers as
 * {@code fleet scan --format}), and a policy file in. All file work runs in the background.
 */
final class FleetExports {
    private final FleetViewModel model;
    private final TaskExecutor executor;
    private final DialogService dialogs;

    FleetExports(FleetViewModel model, TaskExecutor executor, DialogService dialogs) {
        this.model = model;
        this.executor = executor;
        this.dialogs = dialogs;
    }

    void html() {
        export("HTML page", "fleet-report.html", "*.html", FleetReportHtml::write);
    }

    void json() {
        export("JSON", "fleet-report.json", "*.json", FleetReportJson::write);
    }

    /** With a byte order mark, so spreadsheets read names as UTF-8. */
    void csv() {
        export("CSV", "fleet-report.csv", "*.csv", report -> {
            StringWriter out = new StringWriter();
            out.write('\uFEFF');
            FleetReportCsv.write(report, out);
            return out.toString();
        });
    }

    private interface Format {
        String write(FleetReport report) throws Exception;
    }

    private void export(String kind, String name, String pattern, Format format) {
        FleetReport report = model.reportProperty().get();
        if (report == null) {
            model.noticeProperty().set(Notice.info("Scan first: the report is the last finished scan."));
            return;
        }
        dialogs.chooseFileToSave("Export the fleet report as " + kind, name, kind + " (" + pattern + ")", pattern)
                .ifPresent(path -> executor.execute(c -> {
                    Files.writeString(path, format.write(report), StandardCharsets.UTF_8);
                    return path;
                }, written -> model.noticeProperty().set(Notice.success("Exported " + report.rows().size()
                        + " clusters to " + written + ".")),
                        failure -> model.noticeProperty().set(Notice.error("Could not write " + path + ": "
                                + Messages.of(failure)))));
    }

    /** Reads a policy file (JSON or YAML); a broken one is refused with its line and column, the policy kept. */
    void openPolicy() {
        List<Path> chosen = dialogs.chooseFilesToOpen("Open a fleet policy", "Fleet policy (*.yaml, *.yml, *.json)",
                List.of("*.yaml", "*.yml", "*.json"));
        if (chosen.isEmpty()) {
            return;
        }
        Path file = chosen.get(0);
        executor.execute(c -> FleetPolicyFile.parse(Files.readString(file), file.toString(),
                DataFile.isYaml(file.getFileName().toString())), policy -> {
                    model.policyProperty().set(policy);
                    model.noticeProperty().set(Notice.success("Policy " + file.getFileName() + ": "
                            + policy.rules().size() + " rules. Scan again to check the fleet against it."));
                }, failure -> model.noticeProperty().set(Notice.error("Policy not changed: "
                        + Messages.of(failure))));
    }
}
