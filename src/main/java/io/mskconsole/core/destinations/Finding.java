package io.mskconsole.core.destinations;

import io.mskconsole.core.delivery.DestinationField;
import io.mskconsole.core.delivery.LogKind;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One result of a preflight check: which check, how severe, a one-line title, why it matters and how to fix it.
 * {@code field} is the editor field it concerns, or null for the whole delivery; {@code actions} are the one-click
 * fixes the caller may use; {@code kinds} are the log kinds whose delivery it is about (a destination may serve
 * both), empty when the check ran for no kind in particular.
 */
public record Finding(String checkId, Severity severity, DestinationField field, String title, String why, String fix,
                      List<FindingAction> actions, Set<LogKind> kinds) {
    public Finding {
        Objects.requireNonNull(checkId, "checkId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(title, "title");
        why = why == null ? "" : why;
        fix = fix == null ? "" : fix;
        actions = actions == null ? List.of() : List.copyOf(actions);
        kinds = kinds == null || kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
    }

    public Finding(String checkId, Severity severity, DestinationField field, String title, String why, String fix,
                   List<FindingAction> actions) {
        this(checkId, severity, field, title, why, fix, actions, Set.of());
    }

    public Finding(String checkId, Severity severity, DestinationField field, String title, String why, String fix) {
        this(checkId, severity, field, title, why, fix, List.of());
    }

    public Finding withKinds(Set<LogKind> value) {
        return new Finding(checkId, severity, field, title, why, fix, actions, value);
    }

    /** Whether the finding is about that kind's delivery (a finding of no kind in particular is about every kind). */
    public boolean concerns(LogKind kind) {
        return kinds.isEmpty() || kinds.contains(kind);
    }

    /**
     * Whether the finding names its kinds where it is shown: when authorizer logs are among them. A finding about
     * broker logs alone reads as it always did.
     */
    public boolean namesKinds() {
        return kinds.contains(LogKind.AUTHORIZER);
    }

    /** "Broker logs", "Authorizer logs", "Broker and authorizer logs", or "" for no kind in particular. */
    public String kindsLabel() {
        if (kinds.isEmpty()) {
            return "";
        }
        if (kinds.size() == LogKind.values().length) {
            return "Broker and authorizer logs";
        }
        return EnumSet.copyOf(kinds).stream().map(LogKind::displayName).collect(Collectors.joining(", "));
    }
}
