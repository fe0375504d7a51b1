package io.mskconsole.ui.destinations;

import io.mskconsole.core.destinations.CheckReport;
import io.mskconsole.core.destinations.Finding;
import java.util.stream.Collectors;

/** The question asked before applying over warnings or checks that could not run. */
public final class ApplyAnyway {
    private ApplyAnyway() {
    }

    public static String question(CheckReport report) {
        return question(report, "Apply the change anyway?");
    }

    /** The same list of findings, ending with another question (e.g. "Create the cluster anyway?"). */
    public static String question(CheckReport report, String ask) {
        String list = report.findings().stream().filter(f -> f.severity().asksBeforeApply())
                .map(ApplyAnyway::line).collect(Collectors.joining("\n"));
        return "The checks found " + report.summary().toLowerCase(java.util.Locale.ROOT) + ":\n" + list
                + "\n\n" + ask;
    }

    private static String line(Finding finding) {
        return "• " + PreflightViewModel.label(finding.severity()) + ": " + PreflightViewModel.title(finding);
    }

}
