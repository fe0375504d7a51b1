package io.mskconsole.core.fleet;

import io.mskconsole.core.account.Account;
import io.mskconsole.core.clusters.Cluster;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What a fleet scan found: every cluster of the accounts and regions asked with the policy's findings, and the
 * regions that could not be read (each said on its own; they never hide the others).
 *
 * @param scannedAt when the scan began, to the second
 */
public record FleetReport(Instant scannedAt, List<Account> accounts, List<String> regions, FleetPolicy policy,
                          List<Row> rows, List<RegionFailure> failures) {
    /** One cluster and what the policy found of it. */
    public record Row(Account account, String region, Cluster cluster, List<Finding> findings) {
        public Row {
            findings = List.copyOf(findings);
        }
    }

    /** A region of an account that could not be read, and why (access denied, opt-in region not enabled, ...). */
    public record RegionFailure(Account account, String region, String message) {
    }

    public FleetReport {
        scannedAt = scannedAt.truncatedTo(java.time.temporal.ChronoUnit.SECONDS); // reports say it to the second
        accounts = List.copyOf(accounts);
        regions = List.copyOf(regions);
        rows = List.copyOf(rows);
        failures = List.copyOf(failures);
    }

    /** The most severe finding of the whole fleet, or empty when there is none. */
    public Optional<Severity> worst() {
        return rows.stream().flatMap(row -> row.findings().stream()).map(Finding::severity).max(Enum::compareTo);
    }

    /** The number of findings at or above the severity. */
    public long findingsAtLeast(Severity severity) {
        return rows.stream().flatMap(row -> row.findings().stream()).filter(f -> f.severity().atLeast(severity))
                .count();
    }
}
