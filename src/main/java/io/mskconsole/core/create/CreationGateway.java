package io.mskconsole.core.create;

import java.util.List;

/**
 * The MSK operations that create a cluster, for one account and region: ListKafkaVersions, CreateClusterV2 and
 * DescribeClusterV2 with everything a new cluster can copy. Implemented over the AWS SDK and by the Sandbox. Every
 * method may throw {@link io.mskconsole.core.errors.GatewayException} with a message a person can act on.
 */
public interface CreationGateway {
    /** Every Kafka version MSK offers in the region, all pages, in the service's order. */
    List<KafkaVersion> listKafkaVersions();

    /**
     * Sends CreateClusterV2 once (never retried: a second attempt after a lost answer could meet the cluster the first
     * made) and returns the new cluster's ARN.
     */
    String createCluster(CreateClusterRequest request);

    /** One cluster with its settings and state details (DescribeClusterV2). */
    ClusterDetails describeCluster(String clusterArn);
}
