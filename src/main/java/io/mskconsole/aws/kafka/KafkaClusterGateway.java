package io.mskconsole.aws.kafka;

import io.mskconsole.aws.errors.AwsCall;
import io.mskconsole.aws.errors.AwsFailures;
import io.mskconsole.aws.errors.CredentialsUnavailableException;
import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.clusters.ClusterGateway;
import io.mskconsole.core.clusters.ClusterOperation;
import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.logging.UpdateMonitoringRequest;
import java.net.URI;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.regions.PartitionMetadata;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kafka.KafkaClient;
import software.amazon.awssdk.services.kafka.model.ListClustersV2Response;

/**
 * {@link ClusterGateway} over the AWS SDK's MSK client for one region. Every call's failure comes out as a
 * {@link io.mskconsole.core.errors.GatewayException} worded by {@link AwsFailures}. Thread-safe when the client is.
 */
public final class KafkaClusterGateway implements ClusterGateway {
    /** The largest page ListClustersV2 gives. */
    static final int PAGE_SIZE = 100;

    private final Supplier<KafkaClient> client;
    private final String region;
    private final String profile;

    /**
     * @param client  the MSK client of {@code region}; called on each use, so it may build the client lazily
     * @param region  the client's region, for messages
     * @param profile the profile the client signs with, for messages; null when credentials were given directly
     */
    public KafkaClusterGateway(Supplier<KafkaClient> client, String region, String profile) {
        this.client = Objects.requireNonNull(client, "client");
        this.region = Objects.requireNonNull(region, "region");
        this.profile = profile;
    }

    public KafkaClusterGateway(KafkaClient client, String region, String profile) {
        this(() -> client, region, profile);
    }

    public String region() {
        return region;
    }

    /**
     * Every cluster, page by page (ListClustersV2, 100 a page). The cancellation is checked before each page is
     * fetched; once cancelled, the pages already read are dropped and the result is empty, as the port asks.
     */
    @Override
    public List<Cluster> listClusters(Cancellation cancellation) {
        return call(AwsCall.of("ListClustersV2", region, profile, null), () -> {
            Iterator<ListClustersV2Response> pages =
                    client.get().listClustersV2Paginator(r -> r.maxResults(PAGE_SIZE)).iterator();
            List<Cluster> clusters = new ArrayList<>();
            while (true) {
                if (cancellation.isCancelled()) {
                    return List.of();
                }
                if (!pages.hasNext()) {
                    return List.copyOf(clusters);
                }
                pages.next().clusterInfoList().forEach(info -> clusters.add(KafkaMapping.cluster(info)));
            }
        });
    }

    @Override
    public Cluster describeCluster(String clusterArn) {
        return call(AwsCall.of("DescribeClusterV2", region, profile, null).forCluster(clusterArn),
                () -> KafkaMapping.cluster(client.get().describeClusterV2(r -> r.clusterArn(clusterArn)).clusterInfo()));
    }

    @Override
    public String updateMonitoring(UpdateMonitoringRequest request) {
        return call(AwsCall.of("UpdateMonitoring", region, profile, null).forCluster(request.clusterArn()),
                () -> client.get().updateMonitoring(KafkaMapping.updateMonitoring(request)).clusterOperationArn());
    }

    @Override
    public ClusterOperation describeOperation(String operationArn) {
        return call(AwsCall.of("DescribeClusterOperationV2", region, profile, null).forOperation(operationArn),
                () -> KafkaMapping.operation(client.get()
                        .describeClusterOperationV2(r -> r.clusterOperationArn(operationArn)).clusterOperationInfo()));
    }

    private <T> T call(AwsCall where, Supplier<T> action) {
        try {
            return action.get();
        } catch (SdkException | CredentialsUnavailableException e) {
            throw AwsFailures.translate(e, withHost(where));
        }
    }

    private AwsCall withHost(AwsCall where) {
        return new AwsCall(where.operation(), where.region(), where.profile(), host(), where.resourceKind(),
                where.resourceArn());
    }

    /** The endpoint's host (and port) when overridden, else MSK's usual host name of the region. */
    private String host() {
        try {
            URI endpoint = client.get().serviceClientConfiguration().endpointOverride().orElse(null);
            if (endpoint != null) {
                return endpoint.getPort() < 0 ? endpoint.getHost() : endpoint.getHost() + ":" + endpoint.getPort();
            }
        } catch (RuntimeException notBuilt) {
            // the client itself could not be built: fall back to the usual host name
        }
        Region sdkRegion = Region.of(region);
        String suffix = sdkRegion.metadata() != null ? sdkRegion.metadata().partition().dnsSuffix()
                : PartitionMetadata.of(sdkRegion).dnsSuffix();
        return "kafka." + region + "." + suffix;
    }
}
