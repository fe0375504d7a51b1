package io.mskconsole.aws.kafka;

import io.mskconsole.aws.kafka.authorizerlogs.AuthorizerLogsWire;
import io.mskconsole.aws.kafka.raw.RawAnswers;
import io.mskconsole.aws.kafka.raw.RawBodies;
import io.mskconsole.core.create.ClusterDetails;
import io.mskconsole.core.create.CreateClusterRequest;
import io.mskconsole.core.create.CreationGateway;
import io.mskconsole.core.create.KafkaVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import software.amazon.awssdk.services.kafka.KafkaClient;
import software.amazon.awssdk.services.kafka.model.ListKafkaVersionsResponse;

/**
 * {@link CreationGateway} over the AWS SDK's MSK client for one region. ListKafkaVersions and DescribeClusterV2 use
 * the client's retry strategy; CreateClusterV2 is sent at most once, whatever the client's retry settings: a retried
 * POST whose first attempt MSK took would meet the cluster it made, and the core reports a lost answer as "may or may
 * not be being created" instead. Every failure comes out as a {@link io.mskconsole.core.errors.GatewayException}.
 */
public final class KafkaCreationGateway implements CreationGateway {
    private final KafkaCalls calls;

    /**
     * @param client  the MSK client of {@code region}, called on each use (it may be built lazily, and may throw)
     * @param region  the client's region, for messages
     * @param profile the profile the client signs with, for messages; null when credentials were given directly
     */
    public KafkaCreationGateway(Supplier<KafkaClient> client, String region, String profile) {
        this.calls = new KafkaCalls(client, region, profile);
    }

    public String region() {
        return calls.region();
    }

    @Override
    public List<KafkaVersion> listKafkaVersions() {
        return calls.call(calls.call("ListKafkaVersions"), kafka -> {
            List<KafkaVersion> versions = new ArrayList<>();
            for (ListKafkaVersionsResponse page : kafka.listKafkaVersionsPaginator(r -> { })) {
                page.kafkaVersions().forEach(v -> versions.add(CreationMapping.kafkaVersion(v)));
            }
            return List.copyOf(versions);
        });
    }

    /** Sends CreateClusterV2 once and returns the new cluster's ARN. */
    @Override
    public String createCluster(CreateClusterRequest request) {
        return calls.call(calls.call("CreateClusterV2").forResource("cluster", request.clusterName()),
                kafka -> kafka.createClusterV2(CreationMapping.createCluster(request).toBuilder()
                        .overrideConfiguration(o -> o.addPlugin(KafkaCalls.SINGLE_ATTEMPT)
                                .applyMutation(AuthorizerLogsWire.send(AuthorizerLogsWire.CREATE_CLUSTER_V2,
                                        request.draft().logging().authorizerLogs())))
                        .build()).clusterArn());
    }

    @Override
    public ClusterDetails describeCluster(String clusterArn) {
        return calls.call(calls.call("DescribeClusterV2").forCluster(clusterArn),
                kafka -> {
                    RawBodies bodies = new RawBodies();
                    var info = kafka.describeClusterV2(r -> r.clusterArn(clusterArn)
                            .overrideConfiguration(RawAnswers.keep(bodies))).clusterInfo();
                    return CreationMapping.details(info, bodies.describedCluster());
                });
    }
}
