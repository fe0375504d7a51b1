package io.mskconsole.ui.clusters;

import static org.assertj.core.api.Assertions.assertThat;

import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.clusters.ClusterState;
import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import io.mskconsole.core.delivery.LogDelivery;
import io.mskconsole.core.delivery.S3Destination;
import io.mskconsole.testing.FakeMsk;
import io.mskconsole.ui.common.ImmediateTaskExecutor;
import org.junit.jupiter.api.Test;

class ClusterListViewModelTest {
    private final FakeMsk msk = FakeMsk.withSampleClusters();
    private final ClusterListViewModel model = new ClusterListViewModel(new ImmediateTaskExecutor());

    @Test
    void listsSortedByNameAndSaysHowMany() {
        model.show(msk, "us-east-1");
        assertThat(model.shownClusters()).extracting(Cluster::name).containsExactly("events", "orders-prod");
        assertThat(model.messageProperty().get()).isEqualTo("2 clusters in us-east-1");
        assertThat(model.loadingProperty().get()).isFalse();
        assertThat(model.selectedProperty().get().name()).as("the first is selected").isEqualTo("events");
    }

    @Test
    void filtersOnAnyShownField() {
        model.show(msk, "us-east-1");
        model.filterProperty().set("SERVERLESS");
        assertThat(model.shownClusters()).extracting(Cluster::name).containsExactly("events");
        assertThat(model.messageProperty().get()).as("the status bar counts what the filter shows")
                .isEqualTo("1 of 2 clusters in us-east-1");
        model.filterProperty().set("vendedlogs");
        assertThat(model.shownClusters()).extracting(Cluster::name).containsExactly("orders-prod");
        model.filterProperty().set("cloudwatch");
        assertThat(model.shownClusters()).extracting(Cluster::name).containsExactly("orders-prod");
        model.filterProperty().set("");
        assertThat(model.shownClusters()).hasSize(2);
        assertThat(model.messageProperty().get()).isEqualTo("2 clusters in us-east-1");
    }

    @Test
    void showsTheErrorWhenListingFails() {
        msk.failures.put("listClusters", new GatewayException(Failure.SSO_LOGIN_REQUIRED, "ListClustersV2",
                "The SSO session of profile prod has expired: run `aws sso login --profile prod`, then refresh."));
        model.show(msk, "us-east-1");
        assertThat(model.shownClusters()).isEmpty();
        assertThat(model.messageProperty().get()).isEqualTo("Could not list clusters: The SSO session of profile prod "
                + "has expired: run `aws sso login --profile prod`, then refresh.");
    }

    @Test
    void refreshKeepsTheSelectionAndReplaceUpdatesARow() {
        model.show(msk, "us-east-1");
        model.selectedProperty().set(msk.cluster(FakeMsk.ARN));
        model.refresh();
        assertThat(model.selectedProperty().get().arn()).isEqualTo(FakeMsk.ARN);
        Cluster changed = FakeMsk.provisioned(FakeMsk.ARN, "orders-prod", ClusterState.ACTIVE,
                LogDelivery.NONE.withS3(S3Destination.to("b1", null)));
        model.replace(changed);
        assertThat(model.selectedProperty().get()).isSameAs(changed);
        assertThat(ClusterText.destinations(model.selectedProperty().get())).isEqualTo("Amazon S3");
    }

    @Test
    void anOlderLoadFinishingLastDoesNotOverwriteANewerOne() {
        io.mskconsole.testing.QueuedTaskExecutor queue = new io.mskconsole.testing.QueuedTaskExecutor();
        ClusterListViewModel list = new ClusterListViewModel(queue);
        list.show(msk, "us-east-1");
        FakeMsk other = FakeMsk.withSampleClusters();
        other.put(FakeMsk.provisioned("arn:aws:kafka:eu-west-1:111122223333:cluster/eu/1", "eu-only",
                ClusterState.ACTIVE, LogDelivery.NONE));
        list.show(other, "eu-west-1");
        queue.run(1);
        queue.run(0);
        assertThat(list.shownClusters()).extracting(Cluster::name).contains("eu-only");
        assertThat(list.messageProperty().get()).endsWith("in eu-west-1");
    }

    @Test
    void aClusterReplacedWhileALoadIsUnderWayIsNotPutBackByThatLoad() {
        io.mskconsole.testing.QueuedTaskExecutor queue = new io.mskconsole.testing.QueuedTaskExecutor();
        ClusterListViewModel list = new ClusterListViewModel(queue);
        list.show(msk, "us-east-1");
        queue.runAll();
        list.refresh();
        Cluster applied = FakeMsk.provisioned(FakeMsk.ARN, "orders-prod", ClusterState.ACTIVE,
                LogDelivery.NONE.withS3(S3Destination.to("b1", null)));
        list.replace(applied);
        queue.run(0);
        assertThat(list.allClusters()).as("the load started before the apply reads the old state and is dropped")
                .filteredOn(c -> c.arn().equals(FakeMsk.ARN)).singleElement().isEqualTo(applied);
        msk.put(applied);
        queue.runAll();
        assertThat(list.allClusters()).filteredOn(c -> c.arn().equals(FakeMsk.ARN)).singleElement()
                .isEqualTo(applied);
        assertThat(list.loadingProperty().get()).isFalse();
    }

    @Test
    void textForTheTable() {
        Cluster serverless = msk.cluster(FakeMsk.SERVERLESS_ARN);
        assertThat(ClusterText.destinations(serverless)).isEqualTo("n/a (serverless)");
        assertThat(ClusterText.brokers(serverless)).isEqualTo("Serverless");
        Cluster orders = msk.cluster(FakeMsk.ARN);
        assertThat(ClusterText.destinations(orders)).isEqualTo("CloudWatch Logs");
        assertThat(ClusterText.brokers(orders)).isEqualTo("kafka.m5.large × 3");
        assertThat(ClusterText.destinations(FakeMsk.provisioned("a", "n", ClusterState.ACTIVE, LogDelivery.NONE))).isEqualTo("Off");
    }

    @Test
    void putAddsANewClusterInNameOrderThenReplacesItAndIgnoresOtherRegions() {
        model.show(msk, "us-east-1");
        model.selectedProperty().set(msk.cluster(FakeMsk.ARN));
        String arn = "arn:aws:kafka:us-east-1:123456789012:cluster/orders-new/0a1b-9";
        model.put(FakeMsk.provisioned(arn, "orders-new", ClusterState.CREATING, LogDelivery.NONE));
        assertThat(model.shownClusters()).extracting(Cluster::name).containsExactly("events", "orders-new", "orders-prod");
        assertThat(model.messageProperty().get()).isEqualTo("3 clusters in us-east-1");
        assertThat(model.selectedProperty().get().arn()).as("the selection stays").isEqualTo(FakeMsk.ARN);

        model.put(FakeMsk.provisioned(arn, "orders-new", ClusterState.ACTIVE, LogDelivery.NONE));
        assertThat(model.shownClusters()).hasSize(3).filteredOn(c -> c.arn().equals(arn))
                .extracting(Cluster::state).containsExactly(ClusterState.ACTIVE);

        model.put(FakeMsk.provisioned("arn:aws:kafka:eu-west-1:123456789012:cluster/far/0a1b-8", "far",
                ClusterState.CREATING, LogDelivery.NONE));
        assertThat(model.shownClusters()).hasSize(3);
    }
}
