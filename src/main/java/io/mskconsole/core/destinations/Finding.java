package io.mskconsole.core.destinations;

import io.mskconsole.core.logging.DestinationField;
import java.util.List;
import java.util.Objects;

/**
 * One result of a preflight check: which check, how severe, a one-line title, why it matters and how to fix it.
 * {@code field} is the editor field it concerns, or null for the whole delivery; {@code actions} are the one-click
 * fixes the caller may use.
 */
public record Finding(String checkId, Severity severity, DestinationField field, String title, String why, String fix,
                      List<FindingAction> actions) {
    public Finding {
        Objects.requireNonNull(checkId, "checkId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(title, "title");
        why = why == null ? "" : why;
        fix = fix == null ? "" : fix;
        actions = actions == null ? List.of() : List.copyOf(actions);
    }

    public Finding(String checkId, Severity severity, DestinationField field, String title, String why, String fix) {
        this(checkId, severity, field, title, why, fix, List.of());
    }
}
