package io.mskconsole.core.destinations;

import io.mskconsole.core.delivery.LogKind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Findings of the checks run once per log kind, each tagged with its kind, made into one list: a finding both kinds
 * gave alike (a destination serving both, the same permission, the same region limit) is given once, naming both.
 */
final class KindMerge {
    private KindMerge() {
    }

    static List<Finding> merge(List<Finding> tagged) {
        Map<Finding, Set<LogKind>> merged = new LinkedHashMap<>();
        for (Finding finding : tagged) {
            merged.computeIfAbsent(finding.withKinds(Set.of()), f -> EnumSet.noneOf(LogKind.class))
                    .addAll(finding.kinds());
        }
        List<Finding> findings = new ArrayList<>();
        merged.forEach((finding, kinds) -> findings.add(finding.withKinds(kinds)));
        return List.copyOf(findings);
    }
}
