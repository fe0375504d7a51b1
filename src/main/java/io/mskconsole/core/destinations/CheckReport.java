package io.mskconsole.core.destinations;

import io.mskconsole.core.delivery.DestinationField;
import io.mskconsole.core.delivery.LogKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The findings of one run of the checks, most severe first. */
public record CheckReport(List<Finding> findings) {
    private static final Comparator<Finding> ORDER = Comparator
            .comparing(Finding::severity)
            .thenComparing(f -> f.field() == null ? -1 : f.field().ordinal())
            .thenComparing(Finding::checkId);

    public static final CheckReport EMPTY = new CheckReport(List.of());

    public CheckReport {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(ORDER);
        findings = List.copyOf(sorted);
    }

    /** Whether an error finding means Apply must not send. */
    public boolean blocksApply() {
        return findings.stream().anyMatch(f -> f.severity().blocksApply());
    }

    /** Whether a warning or a check that could not run needs "apply anyway". */
    public boolean asksBeforeApply() {
        return findings.stream().anyMatch(f -> f.severity().asksBeforeApply());
    }

    public List<Finding> withSeverity(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).toList();
    }

    public List<Finding> forField(DestinationField field) {
        return findings.stream().filter(f -> f.field() == field).toList();
    }

    /** The findings of one field of one kind's destinations (those of a destination serving both kinds too). */
    public List<Finding> forField(LogKind kind, DestinationField field) {
        return findings.stream().filter(f -> f.field() == field && f.concerns(kind)).toList();
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    /** "1 error, 2 warnings, 1 could not be checked", or "No problems found". */
    public String summary() {
        List<String> parts = new ArrayList<>();
        add(parts, count(Severity.ERROR), "error", "errors");
        add(parts, count(Severity.WARNING), "warning", "warnings");
        add(parts, count(Severity.COULD_NOT_CHECK), "could not be checked", "could not be checked");
        add(parts, count(Severity.INFO), "note", "notes");
        return parts.isEmpty() ? "No problems found" : String.join(", ", parts);
    }

    private static void add(List<String> parts, long count, String one, String many) {
        if (count > 0) {
            parts.add(count + " " + (count == 1 ? one : many));
        }
    }
}
