package io.mskconsole.sandbox;

import io.mskconsole.core.clusters.ClientAuth;
import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.create.ClusterDraft;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * What a {@link SandboxWorld} starts with: one account's id, its regions and their names, its clusters (with the
 * settings each was made with and how its brokers let clients in), its destinations and KMS keys, the operations
 * under way, the broker loggers that do not start at their defaults, and whether its CloudTrail holds sample events.
 * {@link #standard()} is the Sandbox account's (111122223333); {@link SandboxFleetData#sample(String)} gives the fleets
 * of the accounts the sample sign-in grants. Immutable: every world made from it starts from the same state.
 */
public final class SandboxSample {
    final String accountId;
    /** Sorted by name. */
    final List<String> regions;
    final Map<String, String> regionNames;
    final List<Cluster> clusters;
    /** The settings a provisioned cluster was created with (null for serverless). */
    final Function<Cluster, ClusterDraft> settings;
    /** How each cluster's brokers let clients in, by cluster name; a cluster not named takes IAM, private only. */
    final Map<String, SandboxBrokerData.Access> brokerAccess;
    /** Cluster name → broker id → logger → level, for the loggers not at their defaults when the world starts. */
    final Map<String, Map<Integer, Map<String, String>>> loggers;
    final SandboxInventory inventory;
    final List<SandboxKey> keys;
    /**
     * The operations under way when the world starts at the given time, and any that ended before it (the cluster is
     * as such an operation left it; an UpdateMonitoring of them turned its log delivery on then).
     */
    final Function<Instant, List<SandboxOperation>> operations;
    /** Whether the CloudTrail event history starts with the sample events of {@link SandboxTrailData}. */
    final boolean trailSamples;

    SandboxSample(String accountId, List<String> regions, Map<String, String> regionNames, List<Cluster> clusters,
                  Function<Cluster, ClusterDraft> settings, Map<String, SandboxBrokerData.Access> brokerAccess,
                  Map<String, Map<Integer, Map<String, String>>> loggers, SandboxInventory inventory,
                  List<SandboxKey> keys, Function<Instant, List<SandboxOperation>> operations, boolean trailSamples) {
        if (accountId == null || !accountId.matches("\\d{12}")) {
            throw new IllegalArgumentException("An AWS account ID has 12 digits: " + accountId);
        }
        this.accountId = accountId;
        this.regions = regions.stream().sorted().toList();
        this.regionNames = Map.copyOf(regionNames);
        this.clusters = List.copyOf(clusters);
        this.settings = Objects.requireNonNull(settings, "settings");
        this.brokerAccess = Map.copyOf(brokerAccess);
        this.loggers = Map.copyOf(loggers);
        this.inventory = Objects.requireNonNull(inventory, "inventory");
        this.keys = List.copyOf(keys);
        this.operations = Objects.requireNonNull(operations, "operations");
        this.trailSamples = trailSamples;
        for (Cluster cluster : this.clusters) {
            if (!cluster.arn().contains(":" + accountId + ":") || !this.regions.contains(cluster.region())) {
                throw new IllegalArgumentException("Cluster " + cluster.arn() + " is not of account " + accountId
                        + " or not in its regions " + this.regions);
            }
        }
    }

    /** The Sandbox account (111122223333): the eight clusters of {@link SandboxData} in four regions, and its traps. */
    public static SandboxSample standard() {
        return SandboxData.sample();
    }

    public String accountId() {
        return accountId;
    }

    /** The regions with sample data, sorted by name. */
    public List<String> regions() {
        return regions;
    }

    /** The names of the clusters, region by region, as the sample lists them. */
    public List<String> clusterNames() {
        return clusters.stream().map(Cluster::name).toList();
    }

    /** How the cluster's brokers let clients in: as the sample says, else IAM, private only. */
    SandboxBrokerData.Access access(String clusterName) {
        return brokerAccess.getOrDefault(clusterName, new SandboxBrokerData.Access(Set.of(ClientAuth.IAM), false));
    }
}
