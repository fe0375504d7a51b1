package io.mskconsole.core.create;

import io.mskconsole.core.clusters.ClusterType;
import java.util.List;

/**
 * "Start from an existing cluster": a new draft with every setting of a provisioned cluster (Kafka version, brokers,
 * subnets, security groups, storage, access control, encryption, configuration, monitoring, broker log delivery,
 * tags) but its name, which is left empty for the person to choose. Identifiers of the cluster itself (ARN, version,
 * state) are not settings and never carried.
 */
public final class StartFromExisting {
    /** The new draft, and what of the cluster could not be copied (shown to the person). */
    public record StartingPoint(ClusterDraft draft, String sourceName, List<String> notCopied) {
    }

    private StartFromExisting() {
    }

    /** @throws IllegalArgumentException for a serverless cluster, or one whose settings were not read */
    public static StartingPoint copy(ClusterDetails existing) {
        if (existing.cluster().type() != ClusterType.PROVISIONED || existing.settings() == null) {
            throw new IllegalArgumentException("Cluster " + existing.cluster().name() + " is "
                    + existing.cluster().type() + ": only a provisioned cluster's settings can start a new one.");
        }
        return new StartingPoint(existing.settings().withName(""), existing.cluster().name(), existing.notCopied());
    }
}
