package io.mskconsole.testing;

import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.clusters.ClusterState;
import io.mskconsole.core.clusters.ClusterType;
import io.mskconsole.core.create.ClusterDetails;
import io.mskconsole.core.create.ClusterDraft;
import io.mskconsole.core.create.CreateClusterRequest;
import io.mskconsole.core.create.CreationGateway;
import io.mskconsole.core.create.KafkaVersion;
import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import io.mskconsole.core.delivery.LoggingInfo;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * One region's cluster creation in memory: versions 3.6.0, 3.8.x, 3.9.x (2.8.1 deprecated); CreateClusterV2 records
 * the request and answers an ARN; each DescribeClusterV2 of a created cluster answers the next state of
 * {@link #states} (the last one repeats), FAILED with {@link #stateCode} and {@link #stateMessage}. Existing clusters
 * can be put in {@link #existing}. Any call can be told to fail.
 */
public final class FakeCreation implements CreationGateway {
    public final List<KafkaVersion> versions = new ArrayList<>(List.of(new KafkaVersion("2.8.1", "DEPRECATED"),
            new KafkaVersion("3.6.0", "ACTIVE"), new KafkaVersion("3.8.x", "ACTIVE"), new KafkaVersion("3.9.x", "ACTIVE")));
    public final List<CreateClusterRequest> created = new ArrayList<>();
    public final List<String> calls = new ArrayList<>();
    /** Call name (listKafkaVersions, createCluster, describeCluster) → what it throws, every time. */
    public final Map<String, RuntimeException> failures = new HashMap<>();
    /** Thrown by the describe calls whose 1-based number is a key, once each. */
    public final Map<Integer, RuntimeException> pollFailures = new HashMap<>();
    public List<ClusterState> states = List.of(ClusterState.CREATING, ClusterState.CREATING, ClusterState.ACTIVE);
    public String stateCode = "InvalidLogGroup";
    public String stateMessage = "The specified log group does not exist.";
    public final Map<String, ClusterDetails> existing = new LinkedHashMap<>();
    /** Runs on each describe of a created cluster, with the poll's number (1-based), e.g. to cancel. */
    public IntConsumer onPoll = poll -> { };
    private final String region;
    private int polls;

    public FakeCreation(String region) {
        this.region = region;
    }

    public static String arnOf(String region, String name) {
        return "arn:aws:kafka:" + region + ":123456789012:cluster/" + name + "/0a1b2c3d-new-1";
    }

    @Override
    public List<KafkaVersion> listKafkaVersions() {
        call("listKafkaVersions");
        return List.copyOf(versions);
    }

    @Override
    public String createCluster(CreateClusterRequest request) {
        call("createCluster");
        created.add(request);
        return arnOf(region, request.clusterName());
    }

    @Override
    public ClusterDetails describeCluster(String clusterArn) {
        call("describeCluster");
        ClusterDetails known = existing.get(clusterArn);
        if (known != null) {
            return known;
        }
        CreateClusterRequest request = created.stream().filter(r -> arnOf(region, r.clusterName()).equals(clusterArn))
                .findFirst().orElseThrow(() -> new GatewayException(Failure.NOT_FOUND, "DescribeClusterV2",
                        "Cluster " + clusterArn + " was not found."));
        polls++;
        onPoll.accept(polls);
        RuntimeException failure = pollFailures.remove(polls);
        if (failure != null) {
            throw failure;
        }
        ClusterState state = states.get(Math.min(polls, states.size()) - 1);
        ClusterDraft draft = request.draft();
        Cluster cluster = new Cluster(clusterArn, draft.name(), ClusterType.PROVISIONED, state, "K1NEW",
                draft.kafkaVersion(), draft.brokers().instanceType(), draft.brokers().count(), LoggingInfo.of(draft.brokerLogs()),
                draft.monitoring(), null, Instant.EPOCH);
        boolean failed = state == ClusterState.FAILED;
        return new ClusterDetails(cluster, draft, List.of(), failed ? stateCode : null, failed ? stateMessage : null);
    }

    public int count(String call) {
        return (int) calls.stream().filter(call::equals).count();
    }

    private void call(String name) {
        calls.add(name);
        RuntimeException failure = failures.get(name);
        if (failure != null) {
            throw failure;
        }
    }
}
