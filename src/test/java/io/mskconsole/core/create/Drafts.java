package io.mskconsole.core.create;

import io.mskconsole.core.clusters.MonitoringSettings;
import io.mskconsole.core.clusters.OpenMonitoring;
import io.mskconsole.core.delivery.LogDelivery;
import io.mskconsole.core.delivery.CloudWatchLogsDestination;
import io.mskconsole.core.delivery.FirehoseDestination;
import io.mskconsole.core.delivery.LoggingInfo;
import io.mskconsole.core.delivery.S3Destination;
import io.mskconsole.testing.FakeCreation;
import io.mskconsole.testing.FakeNetwork;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A draft that passes every rule in us-east-1 as {@link #facts()} knows it, to spoil one setting at a time. */
final class Drafts {
    static final String REGION = "us-east-1";
    static final String CA_ARN = "arn:aws:acm-pca:us-east-1:123456789012:certificate-authority/0a1b2c3d-1111";

    private Drafts() {
    }

    static ClusterDraft valid() {
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put("team", "orders");
        tags.put("env", "prod");
        return new ClusterDraft("orders-new", "3.6.0",
                new BrokerNodes("kafka.m7g.large", 3,
                        List.of(FakeNetwork.SUBNET_A, FakeNetwork.SUBNET_B, FakeNetwork.SUBNET_C),
                        List.of(FakeNetwork.GROUP), 1000),
                ClientAccess.IAM_ONLY, Encryption.DEFAULT,
                new MonitoringSettings("PER_BROKER", new OpenMonitoring(true, false)),
                LoggingInfo.of(new LogDelivery(CloudWatchLogsDestination.to("/aws/vendedlogs/msk/orders-new"),
                        S3Destination.to("msk-broker-logs-123", "orders"), FirehoseDestination.OFF)),
                null, tags);
    }

    /** Express brokers over the three zones, no storage. */
    static ClusterDraft express() {
        ClusterDraft draft = valid();
        return draft.withBrokers(draft.brokers().withInstanceType("express.m7g.large").withVolumeSizeGiB(null));
    }

    static RegionFacts facts() {
        FakeNetwork network = FakeNetwork.withSample(REGION);
        return RegionFacts.of(REGION, network.subnets, network.groups, new FakeCreation(REGION).versions);
    }
}
