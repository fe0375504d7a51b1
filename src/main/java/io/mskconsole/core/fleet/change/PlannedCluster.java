package io.mskconsole.core.fleet.change;

import io.mskconsole.core.account.Account;
import io.mskconsole.core.delivery.LoggingChanges;
import io.mskconsole.core.delivery.LoggingInfo;
import io.mskconsole.core.delivery.SettingChange;
import java.util.List;
import java.util.Objects;

/**
 * One cluster in a plan: its delivery when the plan was made and what the change makes of it, or why it is left out.
 *
 * @param version the cluster's version when planned (apply reads it fresh; this says what was seen)
 * @param target  the delivery to send (broker logs, and authorizer logs as they are unless the change names them);
 *                for a skipped cluster, the delivery as it is
 * @param reason  why a cluster is skipped or blocked (null when it is to change)
 * @param checks  the destination checks' findings for the target
 */
public record PlannedCluster(Account account, String region, String arn, String name, String version,
                             Action action, String reason, LoggingInfo current, LoggingInfo target,
                             List<PlanCheck> checks) {
    /** What apply does with the cluster. */
    public enum Action {
        /** UpdateMonitoring is sent. */
        CHANGE,
        /** Nothing to change: the cluster already delivers as asked. */
        NOTHING_TO_CHANGE,
        /** Left out: serverless, not ACTIVE, settings MSK would refuse, settings this version does not know. */
        SKIP,
        /** Left out: a destination check found an error (the destination missing, in another region, ...). */
        BLOCKED;

        /** "change", "nothing to change", "skip", "blocked". */
        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        }
    }

    public PlannedCluster {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(arn, "arn");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(target, "target");
        checks = List.copyOf(checks);
    }

    public boolean willChange() {
        return action == Action.CHANGE;
    }

    /** The settings that differ between the current and the target delivery, row by row. */
    public List<SettingChange> differences() {
        return LoggingChanges.compare(current, target).stream()
                .filter(row -> !row.current().equals(row.proposed())).toList();
    }

    /**
     * What changes, destination by destination ("Broker logs CloudWatch Logs: delivery Off → On, log group — → /x"),
     * or why the cluster is left out: the plan's words in the window and {@code fleet plan} alike.
     */
    public String describe() {
        if (!willChange()) {
            return reason == null ? "" : reason;
        }
        java.util.Map<String, java.util.List<String>> parts = new java.util.LinkedHashMap<>();
        for (SettingChange row : differences()) {
            parts.computeIfAbsent(row.kind().displayName() + " " + row.destination().displayName(),
                    k -> new java.util.ArrayList<>()).add(row.setting().toLowerCase(java.util.Locale.ROOT) + " "
                    + row.current() + " → " + row.proposed());
        }
        return parts.entrySet().stream().map(e -> e.getKey() + ": " + String.join(", ", e.getValue()))
                .collect(java.util.stream.Collectors.joining("; "));
    }

    /** A key naming the cluster in its account, for matching a result or a selection to its plan entry. */
    public String key() {
        return account.key() + " " + arn;
    }
}
