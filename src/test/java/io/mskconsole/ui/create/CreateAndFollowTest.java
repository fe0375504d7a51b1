package io.mskconsole.ui.create;

import static org.assertj.core.api.Assertions.assertThat;

import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.clusters.ClusterState;
import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import io.mskconsole.core.delivery.CloudWatchLogsDestination;
import io.mskconsole.ui.common.Notice;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Review, Create and following the new cluster: what is sent, what blocks it, how it ends, what the list sees. */
class CreateAndFollowTest {
    private final CreateFixture fixture = new CreateFixture();
    private final CreateClusterViewModel model = fixture.model();

    private void filledAndReviewed() {
        fixture.executor.runAll();
        CreateFixture.fill(model);
        fixture.executor.runAll();
        model.review();
        assertThat(model.stepProperty().get()).isEqualTo(CreateStep.REVIEW);
    }

    @Test
    void reviewShowsTheRequestTheCommandAndTheBrokerCount() {
        filledAndReviewed();
        CreateReview review = model.reviewContent();
        assertThat(review.jsonProperty().get()).contains("\"ClusterName\": \"orders-new\"", "\"KafkaVersion\": \"3.9.x\"",
                "\"LogGroup\": \"/msk/new\"", "\"NumberOfBrokerNodes\": 3");
        assertThat(review.commandProperty().get()).isEqualTo("aws kafka create-cluster-v2 --profile prod --region "
                + "us-east-1 --cli-input-json file://create-cluster.json");
        assertThat(review.brokerEstimateProperty().get()).isEqualTo("3 brokers: 1 in each of 3 zones (us-east-1a, "
                + "us-east-1b, us-east-1c), 1,000 GiB each (3,000 GiB in all)");
        assertThat(review.summary()).contains("Broker log delivery: CloudWatch Logs /msk/new");
        review.copyCommand();
        assertThat(fixture.dialogs.clipboard).isEqualTo(review.commandProperty().get());
        review.copyJson();
        assertThat(fixture.dialogs.clipboard).isEqualTo(review.jsonProperty().get());
    }

    @Test
    void nothingIsReviewedOrSentWhileARuleIsBroken() {
        fixture.executor.runAll();
        model.review();
        assertThat(model.stepProperty().get()).isEqualTo(CreateStep.EDIT);
        assertThat(model.noticeProperty().get().text()).startsWith("Not ready to review: fix what is marked");
        assertThat(model.checks().summaryBinding().get()).contains("Cluster name", "Subnets");
        assertThat(model.checks().shown(io.mskconsole.core.create.DraftField.NAME).get())
                .as("Review shows every field's problem").startsWith("Required");
        model.create();
        assertThat(fixture.creation.created).isEmpty();
    }

    @Test
    void createSendsTheReviewedRequestAndFollowsToActiveTellingTheList() {
        filledAndReviewed();
        model.create();
        fixture.executor.runAll();

        assertThat(fixture.creation.created).singleElement().satisfies(request -> {
            assertThat(request.clusterName()).isEqualTo("orders-new");
            assertThat(request.draft().brokerLogs().cloudWatchLogs()).isEqualTo(CloudWatchLogsDestination.to("/msk/new"));
        });
        assertThat(model.stepProperty().get()).isEqualTo(CreateStep.DONE);
        assertThat(model.tracker().stateProperty().get()).isEqualTo("ACTIVE");
        assertThat(model.tracker().clusterArnProperty().get()).endsWith(":cluster/orders-new/0a1b2c3d-new-1");
        assertThat(model.tracker().fractionProperty().get()).isEqualTo(1.0);
        assertThat(model.noticeProperty().get()).isEqualTo(Notice.success("Cluster orders-new is ACTIVE in us-east-1. "
                + "Broker log delivery: CloudWatch Logs /msk/new. Authorizer log delivery: off."));
        assertThat(fixture.listed).extracting(Cluster::state)
                .containsExactly(ClusterState.CREATING, ClusterState.CREATING, ClusterState.ACTIVE);
        assertThat(model.dirtyBinding().get()).as("created: nothing to lose").isFalse();
        assertThat(model.confirmClose()).isTrue();
        assertThat(fixture.dialogs.confirmations).isEmpty();
    }

    @Test
    void aFailedClusterShowsWhyAndKeepsTheSettings() {
        fixture.creation.states = List.of(ClusterState.CREATING, ClusterState.FAILED);
        filledAndReviewed();
        model.create();
        fixture.executor.runAll();

        assertThat(model.stepProperty().get()).isEqualTo(CreateStep.DONE);
        assertThat(model.tracker().stateProperty().get()).isEqualTo("FAILED");
        assertThat(model.tracker().stateInfoProperty().get())
                .isEqualTo("FAILED: The specified log group does not exist. (code: InvalidLogGroup)");
        assertThat(model.noticeProperty().get().kind()).isEqualTo(Notice.Kind.ERROR);
        assertThat(model.noticeProperty().get().text()).startsWith("MSK could not create orders-new: FAILED: The "
                + "specified log group does not exist.");
        assertThat(fixture.listed).last().extracting(Cluster::state).isEqualTo(ClusterState.FAILED);
        model.back();
        assertThat(model.stepProperty().get()).isEqualTo(CreateStep.EDIT);
        assertThat(model.form().nameProperty().get()).isEqualTo("orders-new");
    }

    @Test
    void anErrorFindingBlocksCreateAndSendsNothing() {
        filledAndReviewed();
        model.form().logging().broker().logGroupProperty().set("/msk/missing");
        fixture.executor.runAll();
        assertThat(model.preflight().blocksApplyBinding().get()).isTrue();
        assertThat(model.stepProperty().get()).as("a change sends the person back").isEqualTo(CreateStep.EDIT);
        model.review();
        model.create();
        fixture.executor.runAll();

        assertThat(fixture.creation.created).isEmpty();
        assertThat(model.stepProperty().get()).isEqualTo(CreateStep.REVIEW);
        assertThat(model.noticeProperty().get().text()).startsWith("Not created: 1 error")
                .endsWith("nothing was sent.");
    }

    @Test
    void aWarningAsksFirstAndNoMeansNothingIsSent() {
        fixture.destinations.denied.add("kafka:CreateClusterV2");
        filledAndReviewed();
        assertThat(model.preflight().reportProperty().get().asksBeforeApply()).isTrue();
        fixture.dialogs.answer = false;
        model.create();
        fixture.executor.runAll();
        assertThat(fixture.dialogs.confirmations).singleElement().asString().startsWith("Create anyway?: The checks "
                + "found").endsWith("Create the cluster anyway?");
        assertThat(fixture.creation.created).isEmpty();

        fixture.dialogs.answer = true;
        model.create();
        fixture.executor.runAll();
        assertThat(fixture.creation.created).hasSize(1);
    }

    @Test
    void aRefusalByMskSendsThePersonBackToTheReview() {
        fixture.creation.failures.put("createCluster", new GatewayException(Failure.CONFLICT, "CreateClusterV2",
                "A cluster with the name orders-new already exists in this Region."));
        filledAndReviewed();
        model.create();
        fixture.executor.runAll();
        assertThat(model.stepProperty().get()).isEqualTo(CreateStep.REVIEW);
        assertThat(model.noticeProperty().get()).isEqualTo(Notice.error("Nothing was created: A cluster with the name "
                + "orders-new already exists in this Region."));
        assertThat(fixture.listed).isEmpty();
    }

    @Test
    void noAnswerToCreateSaysToLookForTheClusterAndRefreshesTheList() {
        fixture.creation.failures.put("createCluster", new GatewayException(Failure.TIMEOUT, "CreateClusterV2",
                "Timed out."));
        filledAndReviewed();
        model.create();
        fixture.executor.runAll();
        assertThat(model.noticeProperty().get().kind()).isEqualTo(Notice.Kind.WARNING);
        assertThat(model.noticeProperty().get().text()).contains("may or may not be being created");
        assertThat(fixture.refreshes).isEqualTo(1);
    }

    @Test
    void closingWhileCreatingLetsTheClusterListFollowIt() {
        filledAndReviewed();
        model.create();
        fixture.executor.run(0); // the checks before sending: then CreateClusterV2 is queued
        assertThat(model.stepProperty().get()).isEqualTo(CreateStep.CREATING);
        assertThat(model.confirmClose()).as("no question: creation goes on").isTrue();
        model.closed();
        fixture.executor.runAll();
        assertThat(fixture.listed).last().extracting(Cluster::state).isEqualTo(ClusterState.ACTIVE);
        assertThat(fixture.dialogs.confirmations).isEmpty();
    }

    @Test
    void closingWithSettingsNeitherCreatedNorSavedAsksFirst() {
        fixture.executor.runAll();
        assertThat(model.confirmClose()).as("untouched").isTrue();
        model.form().nameProperty().set("orders-new");
        fixture.dialogs.answer = false;
        assertThat(model.confirmClose()).isFalse();
        assertThat(fixture.dialogs.confirmations).singleElement().asString()
                .isEqualTo("Discard the new cluster?: The settings of orders-new were neither created nor saved. "
                        + "Discard them?");
    }

    @Test
    void whenTheNetworkCannotBeListedTheReviewSaysMskChecksIt() {
        fixture.network.failure = new GatewayException(Failure.ACCESS_DENIED, "DescribeVpcs", "Access denied to DescribeVpcs.");
        fixture.executor.runAll();
        model.form().nameProperty().set("orders-new");
        model.form().subnets().setAll(List.of("subnet-0b00000a1", "subnet-0b00000b2", "subnet-0b00000c3"));
        fixture.executor.runAll();
        model.review();
        assertThat(model.stepProperty().get()).isEqualTo(CreateStep.REVIEW);
        assertThat(model.noticeProperty().get()).isEqualTo(Notice.warning("Some of the region could not be looked up, "
                + "so MSK checks what the window could not: Could not list the VPCs, subnets and security groups of "
                + "us-east-1: Access denied to DescribeVpcs."));
        assertThat(model.reviewContent().brokerEstimateProperty().get()).as("zones unknown, so not named")
                .isEqualTo("3 brokers: 1 in each of 3 zones, 1,000 GiB each (3,000 GiB in all)");
    }
}
