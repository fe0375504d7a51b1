package io.mskconsole.core.arrival;

import static org.assertj.core.api.Assertions.assertThat;

import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.clusters.ClusterState;
import io.mskconsole.core.delivery.LogDelivery;
import io.mskconsole.core.delivery.LogKind;
import io.mskconsole.testing.FakeMsk;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A group serving both kinds of one cluster and another cluster's streams: each kind gets its own. */
class ClusterStreamsTest {
    final Cluster orders = FakeMsk.provisioned("arn:aws:kafka:us-east-1:123456789012:cluster/orders/5a1b-2",
            "orders", ClusterState.ACTIVE, "K1", LogDelivery.NONE);

    @Test
    void brokerAndAuthorizerStreamsOfTheClusterAreToldApart() {
        List<String> group = List.of("orders-5a1b-2-broker-1", "orders-5a1b-2-authorizer-1", "x-5a1b-2-Broker-2",
                "payments-9f-broker-1");
        assertThat(ClusterStreams.of(orders, LogKind.BROKER, group))
                .containsExactly("orders-5a1b-2-broker-1", "x-5a1b-2-Broker-2");
        assertThat(ClusterStreams.of(orders, LogKind.AUTHORIZER, group)).containsExactly("orders-5a1b-2-authorizer-1");
    }

    @Test
    void whenTheKindsCannotBeToldApartTheClustersStreamsCountForBothAndOthersForNone() {
        List<String> group = List.of("orders/Broker-1", "orders/Broker-2");
        assertThat(ClusterStreams.of(orders, LogKind.AUTHORIZER, group)).isEqualTo(group);
        assertThat(ClusterStreams.of(orders, LogKind.BROKER, List.of("payments/Broker-1"))).isEmpty();
    }

    @Test
    void aStreamNamedWithTheUuidIsTheClustersAndAnotherClustersLongerNameIsNot() {
        List<String> group = List.of("orders-prod-9f9f-1-broker-1", "orders/Broker-1", "myorders/Broker-1");
        assertThat(ClusterStreams.of(orders, LogKind.BROKER, group)).as("the name as a word of its own")
                .containsExactly("orders/Broker-1");
        assertThat(ClusterStreams.of(orders, LogKind.BROKER, List.of("orders-5a1b-2-broker-1", "orders/Broker-1")))
                .as("once a stream holds the uuid, the name alone is not enough").containsExactly(
                        "orders-5a1b-2-broker-1");
    }

    @Test
    void theNameIsAWordAtEitherEndOrBeforeABrokerOrANumber() {
        assertThat(ClusterStreams.holdsWord("orders-broker-1", "orders")).isTrue();
        assertThat(ClusterStreams.holdsWord("orders-1-broker-2", "orders")).isTrue();
        assertThat(ClusterStreams.holdsWord("orders-authorizer", "orders")).isTrue();
        assertThat(ClusterStreams.holdsWord("kafka/orders", "orders")).isTrue();
        assertThat(ClusterStreams.holdsWord("orders_broker_1", "orders")).isTrue();
        assertThat(ClusterStreams.holdsWord("orders-prod-broker-1", "orders")).isFalse();
        assertThat(ClusterStreams.holdsWord("pre-orders/broker-1", "orders")).isFalse();
        assertThat(ClusterStreams.holdsWord("orders-", "orders")).isFalse();
        assertThat(ClusterStreams.holdsWord("reorders/x orders/y", "orders")).as("a later occurrence counts").isTrue();
    }
}
