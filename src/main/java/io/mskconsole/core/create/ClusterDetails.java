package io.mskconsole.core.create;

import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.clusters.ClusterState;
import java.util.List;
import java.util.Objects;

/**
 * One cluster as DescribeClusterV2 reports it, with more than {@link Cluster} holds: its settings as a draft (name
 * included; null for a serverless cluster), the settings of the cluster msk-console cannot copy into a new one
 * ({@code notCopied}, e.g. "tiered storage"), and why it FAILED ({@code stateCode}, {@code stateMessage}: the
 * service's {@code stateInfo}, null otherwise).
 */
public record ClusterDetails(Cluster cluster, ClusterDraft settings, List<String> notCopied, String stateCode,
                             String stateMessage) {
    public ClusterDetails {
        Objects.requireNonNull(cluster, "cluster");
        notCopied = notCopied == null ? List.of() : List.copyOf(notCopied);
    }

    public ClusterState state() {
        return cluster.state();
    }

    /** "FAILED: The specified log group does not exist. (code: InvalidLogGroup)", or the state alone. */
    public String describeState() {
        StringBuilder text = new StringBuilder(String.valueOf(cluster.state()));
        if (stateMessage != null && !stateMessage.isBlank()) {
            text.append(": ").append(stateMessage.strip());
        }
        if (stateCode != null && !stateCode.isBlank()) {
            text.append(" (code: ").append(stateCode).append(')');
        }
        return text.toString();
    }
}
