package io.mskconsole.sandbox;

import io.mskconsole.core.create.ClusterDetails;
import io.mskconsole.core.create.CreateClusterRequest;
import io.mskconsole.core.create.CreationGateway;
import io.mskconsole.core.create.KafkaVersion;
import java.util.List;
import java.util.Objects;

/**
 * Creating clusters in one Sandbox region: the versions of {@link SandboxNetwork}, CreateClusterV2 answered by the
 * world (refused at once as MSK would, or a CREATING cluster that becomes ACTIVE, or FAILED when a broker log
 * destination does not exist), and DescribeClusterV2 with the cluster's settings.
 */
final class SandboxCreationGateway implements CreationGateway {
    private final SandboxWorld world;
    private final String region;
    private final SandboxLatency latency;

    SandboxCreationGateway(SandboxWorld world, String region, SandboxLatency latency) {
        this.world = Objects.requireNonNull(world, "world");
        this.region = Objects.requireNonNull(region, "region");
        this.latency = Objects.requireNonNull(latency, "latency");
    }

    @Override
    public List<KafkaVersion> listKafkaVersions() {
        latency.pause("ListKafkaVersions");
        return SandboxNetwork.KAFKA_VERSIONS;
    }

    @Override
    public String createCluster(CreateClusterRequest request) {
        return world.createCluster(region, request);
    }

    @Override
    public ClusterDetails describeCluster(String clusterArn) {
        return world.details(region, clusterArn);
    }
}
