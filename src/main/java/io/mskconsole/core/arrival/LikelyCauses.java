package io.mskconsole.core.arrival;

import io.mskconsole.core.delivery.DestinationType;
import io.mskconsole.core.delivery.LogKind;
import io.mskconsole.core.destinations.CheckReport;
import io.mskconsole.core.destinations.Finding;
import io.mskconsole.core.destinations.Severity;
import java.util.List;

/** Why a destination's logs may not arrive: what the destination checks found about it. */
@FunctionalInterface
public interface LikelyCauses {
    LikelyCauses NONE = (kind, type) -> List.of();

    /** The checks' findings about this destination of this kind of log, each as "title: what to do". */
    List<String> of(LogKind kind, DestinationType type);

    /**
     * From a check report of the cluster's delivery as it is: its errors, warnings and checks that could not run
     * about the destination (or about the whole delivery of that kind, such as a missing permission).
     */
    static LikelyCauses from(CheckReport report) {
        return (kind, type) -> report.findings().stream()
                .filter(f -> f.severity() != Severity.INFO && f.concerns(kind))
                .filter(f -> f.field() == null || f.field().destination() == type)
                .map(LikelyCauses::words).distinct().toList();
    }

    private static String words(Finding finding) {
        return finding.fix() == null || finding.fix().isBlank() ? finding.title()
                : finding.title() + ": " + finding.fix();
    }
}
