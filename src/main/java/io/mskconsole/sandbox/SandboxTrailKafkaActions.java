package io.mskconsole.sandbox;

import static io.mskconsole.sandbox.SandboxTrailData.accessDenied;

import io.mskconsole.core.clusters.Cluster;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The Kafka actions ({@value SandboxTrailData#KAFKA}) of a region's sample records: applications, Cruise Control and
 * people reading topic and cluster configurations, creating, altering and deleting topics, and applications refused
 * what their policy does not allow. Each record carries {@code requestParameters.kafkaAPI} and {@code resourceARN}, a
 * topic ARN {@code arn:aws:kafka:REGION:ACCOUNT:topic/CLUSTER/UUID/TOPIC} or the cluster's ARN. Drawn from, and
 * added to, the region's {@link SandboxTrailSamples}.
 */
final class SandboxTrailKafkaActions {
    private final SandboxTrailSamples samples;
    private int scratchTopics;

    SandboxTrailKafkaActions(SandboxTrailSamples samples) {
        this.samples = samples;
    }

    /** A Kafka client reads configurations. */
    void kafkaDescribe(Instant t) {
        Map.Entry<SandboxTrailIdentity, List<String>> client =
                samples.pick(new ArrayList<>(samples.kafkaClients.entrySet()));
        SandboxTrailIdentity who = client.getKey();
        Cluster cluster = samples.cluster(samples.pick(client.getValue()));
        if (samples.random.nextInt(3) == 0) {
            samples.kafka(who, t, "DescribeClusterDynamicConfiguration", "DescribeConfigs", cluster.arn(), true);
            t = t.plusSeconds(1);
        }
        List<String> clusterTopics = samples.topics.get(cluster.name());
        for (int i = 0, n = 1 + samples.random.nextInt(clusterTopics.size() + 2); i < n; i++) {
            samples.kafka(who, t, "DescribeTopicDynamicConfiguration", "DescribeConfigs",
                    topicArn(cluster, samples.pick(clusterTopics)), true);
            t = t.plusSeconds(samples.random.nextInt(3));
        }
    }

    /** Topics created, altered or deleted; now and then a cluster-wide setting. */
    void kafkaChange(Instant t) {
        Map.Entry<SandboxTrailIdentity, List<String>> client =
                samples.pick(new ArrayList<>(samples.kafkaClients.entrySet()));
        SandboxTrailIdentity who = client.getKey();
        Cluster cluster = samples.cluster(samples.pick(client.getValue()));
        List<String> clusterTopics = samples.topics.get(cluster.name());
        int roll = samples.random.nextInt(10);
        if (roll < 3) {
            String scratch = samples.pick(clusterTopics) + "-replay-" + (++scratchTopics);
            samples.kafka(who, t, "CreateTopic", "CreateTopics", topicArn(cluster, scratch), false);
            samples.kafka(who, t.plusSeconds(2), "DescribeTopicDynamicConfiguration", "DescribeConfigs",
                    topicArn(cluster, scratch), true);
            if (samples.random.nextBoolean()) {
                Instant later = t.plus(Duration.ofMinutes(20 + samples.random.nextInt(300)));
                if (later.isBefore(samples.now.minus(Duration.ofMinutes(30)))) {
                    samples.kafka(who, later, "DeleteTopic", "DeleteTopics", topicArn(cluster, scratch), false);
                }
            }
        } else if (roll < 6) {
            String topic = samples.pick(clusterTopics);
            samples.kafka(who, t, "DescribeTopicDynamicConfiguration", "DescribeConfigs", topicArn(cluster, topic),
                    true);
            samples.kafka(who, t.plusSeconds(5 + samples.random.nextInt(40)), "AlterTopicDynamicConfiguration",
                    samples.random.nextBoolean() ? "IncrementalAlterConfigs" : "AlterConfigs", topicArn(cluster, topic),
                    false);
        } else if (roll < 8) {
            samples.kafka(who, t, "AlterTopic", "CreatePartitions", topicArn(cluster, samples.pick(clusterTopics)),
                    false);
        } else {
            samples.kafka(who, t, "DescribeClusterDynamicConfiguration", "DescribeConfigs", cluster.arn(), true);
            samples.kafka(who, t.plusSeconds(10 + samples.random.nextInt(50)), "AlterClusterDynamicConfiguration",
                    "IncrementalAlterConfigs", cluster.arn(), false);
        }
    }

    /** An application tries what its policy does not allow. */
    void kafkaDenied(Instant t) {
        List<SandboxTrailIdentity> apps = samples.kafkaClients.keySet().stream()
                .filter(who -> who != SandboxTrailIdentity.JANE_KAFKA && who != SandboxTrailIdentity.CRUISE_CONTROL)
                .toList();
        SandboxTrailIdentity who = samples.pick(apps);
        Cluster cluster = samples.cluster(samples.pick(samples.kafkaClients.get(who)));
        String topic = topicArn(cluster, samples.pick(samples.topics.get(cluster.name())));
        switch (samples.random.nextInt(3)) {
            case 0 -> samples.kafkaError(who, t, "DeleteTopic", "DeleteTopics", topic, false,
                    accessDenied(who, "kafka-cluster:DeleteTopic", topic));
            case 1 -> samples.kafkaError(who, t, "AlterClusterDynamicConfiguration", "IncrementalAlterConfigs",
                    cluster.arn(), false, accessDenied(who, "kafka-cluster:AlterClusterDynamicConfiguration",
                            cluster.arn()));
            default -> samples.kafkaError(who, t, "CreateTopic", "CreateTopics", topic + "-tmp", false,
                    accessDenied(who, "kafka-cluster:CreateTopic", topic + "-tmp"));
        }
    }

    private String topicArn(Cluster cluster, String topic) {
        String suffix = cluster.arn().substring(cluster.arn().lastIndexOf('/') + 1);
        return "arn:aws:kafka:" + samples.region + ":" + SandboxData.ACCOUNT_ID + ":topic/" + cluster.name() + "/"
                + suffix + "/" + topic;
    }
}
