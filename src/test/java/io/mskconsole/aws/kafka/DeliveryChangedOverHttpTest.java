package io.mskconsole.aws.kafka;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.mskconsole.aws.MskJson;
import io.mskconsole.aws.StubAccount;
import io.mskconsole.core.clusters.ClusterGateway;
import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** When a cluster's delivery last changed: one page of ListClusterOperationsV2, read for its monitoring changes. */
class DeliveryChangedOverHttpTest {
    static final String OPERATIONS_PATH = "/api/v2/clusters/" + MskJson.ENCODED_ARN + "/operations";

    @RegisterExtension
    static WireMockExtension msk = StubAccount.localMsk();

    @TempDir
    Path home;
    ClusterGateway gateway;

    @BeforeEach
    void openStubProfile() {
        gateway = StubAccount.gateway(home, msk.baseUrl());
    }

    static String operation(String type, String state, String start, String end) {
        return """
                {"clusterArn": "%s", "clusterType": "PROVISIONED", "operationArn": "%s/%s", "operationState": "%s",
                 "operationType": "%s", "startTime": "%s"%s}""".formatted(MskJson.ARN,
                MskJson.OPERATION_ARN.substring(0, MskJson.OPERATION_ARN.lastIndexOf('/')), type.toLowerCase(Locale.ROOT), state,
                type, start, end == null ? "" : ", \"endTime\": \"" + end + "\"");
    }

    static ResponseDefinitionBuilder page(String... operations) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(
                Stream.of(operations).collect(Collectors.joining(", ", "{\"clusterOperationInfoList\": [", "]}")));
    }

    @Test
    void theNewestMonitoringChangeByItsEndIsChosenFromOnePageOfTwenty() {
        msk.stubFor(get(urlPathEqualTo(OPERATIONS_PATH)).willReturn(page(
                operation("UPDATE_BROKER_STORAGE", "UPDATE_COMPLETE", "2026-03-01T09:00:00.000Z", "2026-03-01T09:40:00.000Z"),
                operation("UPDATE_MONITORING", "UPDATE_COMPLETE", "2026-03-01T08:00:00.000Z", "2026-03-01T08:12:30.000Z"),
                operation("UPDATE_MONITORING", "UPDATE_FAILED", "2026-03-01T08:50:00.000Z", "2026-03-01T08:55:00.000Z"),
                operation("UPDATE_MONITORING", "UPDATE_COMPLETE", "2026-02-20T10:00:00.000Z", "2026-02-20T10:20:00.000Z"),
                operation("CREATE_CLUSTER", "UPDATE_COMPLETE", "2026-01-05T10:00:00.000Z", "2026-01-05T10:31:00.000Z"),
                operation("SOMETHING_NEW_FROM_MSK", "STATE_NOBODY_KNOWS", "2026-03-01T10:00:00.000Z", null))));

        assertThat(gateway.deliveryChangedAt(MskJson.ARN)).as("the newest monitoring change that did not fail")
                .contains(Instant.parse("2026-03-01T08:12:30Z"));

        LoggedRequest sent = msk.findAll(getRequestedFor(urlPathEqualTo(OPERATIONS_PATH))).get(0);
        assertThat(sent.getUrl()).isEqualTo(OPERATIONS_PATH + "?maxResults=20");
        assertThat(sent.getHeader("Authorization")).matches(StubAccount.SIGNED_BY_STUB);
        assertThat(msk.findAll(anyRequestedFor(anyUrl()))).as("one page only").hasSize(1);
    }

    @Test
    void aChangeStillRunningCountsFromItsStartAndACreationCounts() {
        msk.stubFor(get(urlPathEqualTo(OPERATIONS_PATH)).willReturn(page(
                operation("UPDATE_MONITORING", "UPDATE_IN_PROGRESS", "2026-03-01T10:00:00.000Z", null),
                operation("CREATE_CLUSTER", "UPDATE_COMPLETE", "2026-03-01T09:00:00.000Z", "2026-03-01T09:31:00.000Z"))));
        assertThat(gateway.deliveryChangedAt(MskJson.ARN)).contains(Instant.parse("2026-03-01T10:00:00Z"));

        msk.resetAll();
        msk.stubFor(get(urlPathEqualTo(OPERATIONS_PATH)).willReturn(page(
                operation("CREATE_CLUSTER", "UPDATE_COMPLETE", "2026-03-01T09:00:00.000Z", "2026-03-01T09:31:00.000Z"),
                operation("UPDATE_SECURITY", "UPDATE_COMPLETE", "2026-03-01T09:40:00.000Z", "2026-03-01T09:50:00.000Z"))));
        assertThat(gateway.deliveryChangedAt(MskJson.ARN)).contains(Instant.parse("2026-03-01T09:31:00Z"));
    }

    @Test
    void noMonitoringChangeOnThePageIsNotKnown() {
        msk.stubFor(get(urlPathEqualTo(OPERATIONS_PATH)).willReturn(page(
                operation("UPDATE_BROKER_COUNT", "UPDATE_COMPLETE", "2026-03-01T09:00:00.000Z", "2026-03-01T09:40:00.000Z"))));
        assertThat(gateway.deliveryChangedAt(MskJson.ARN)).isEmpty();

        msk.resetAll();
        msk.stubFor(get(urlPathEqualTo(OPERATIONS_PATH)).willReturn(page()));
        assertThat(gateway.deliveryChangedAt(MskJson.ARN)).isEmpty();
    }

    @Test
    void operationsThatMayNotBeListedAreAccessDeniedNamingTheAction() {
        msk.stubFor(get(urlPathEqualTo(OPERATIONS_PATH)).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/json").withHeader("x-amzn-ErrorType", "ForbiddenException")
                .withBody(MskJson.error("User: arn:aws:iam::123456789012:user/ops is not authorized to perform:"
                        + " kafka:ListClusterOperationsV2", null))));

        assertThatThrownBy(() -> gateway.deliveryChangedAt(MskJson.ARN)).isInstanceOfSatisfying(GatewayException.class,
                e -> {
                    assertThat(e.failure()).isEqualTo(Failure.ACCESS_DENIED);
                    assertThat(e.getMessage()).contains("ListClusterOperationsV2 of cluster " + MskJson.ARN)
                            .endsWith("needs permission for kafka:ListClusterOperationsV2 on this resource.");
                });
        msk.verify(1, getRequestedFor(urlPathEqualTo(OPERATIONS_PATH)).withHeader("Authorization",
                matching(StubAccount.SIGNED_BY_STUB)));
    }
}
