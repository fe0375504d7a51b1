package io.mskconsole.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.mskconsole.core.clusters.ClusterArn;
import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import io.mskconsole.core.trail.LookupAttribute;
import io.mskconsole.core.trail.LookupKey;
import io.mskconsole.core.trail.LookupPage;
import io.mskconsole.core.trail.LookupRequest;
import io.mskconsole.core.trail.TrailEvent;
import io.mskconsole.core.trail.TrailGateway;
import io.mskconsole.core.trail.TrailRecords;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SandboxTrailLookupTest {
    private static final Instant START = SandboxTrailFixture.START;
    private static final Instant NINETY_DAYS_AGO = SandboxTrailFixture.NINETY_DAYS_AGO;
    private static final String US = SandboxData.US_EAST_1;
    private static final String EU = SandboxData.EU_WEST_1;
    private static final String ORDERS_PROD = "arn:aws:kafka:us-east-1:111122223333:cluster/orders-prod/"
            + "3f6b2c1e-8a4d-4f1b-9c2e-7d5a0b1e6f34-2";

    private final SandboxTrailFixture fixture = new SandboxTrailFixture();
    private final TrailGateway us = fixture.unthrottled(US);
    private final TrailGateway eu = fixture.unthrottled(EU);

    /** Every event of the region, parsed, newest first: what lookups are checked against. */
    private List<TrailEvent> all(String region) {
        return fixture.world.trail().events(region).stream()
                .map(event -> TrailRecords.parse(event.record()).orElseThrow()).toList();
    }

    private static List<TrailEvent> lookup(TrailGateway gateway, LookupKey key, String value) {
        return SandboxTrailFixture.lastNinetyDays(gateway, new LookupAttribute(key, value));
    }

    @Test
    void pagingThroughGivesEveryEventOnceNewestFirstWithinTheRange() {
        List<LookupPage> pages = SandboxTrailFixture.pages(us, null, NINETY_DAYS_AGO, START);
        List<TrailEvent> events = SandboxTrailFixture.lastNinetyDays(us, null);

        assertThat(pages).allSatisfy(page -> assertThat(page.records()).hasSizeLessThanOrEqualTo(50));
        assertThat(pages.subList(0, pages.size() - 1)).allSatisfy(page -> {
            assertThat(page.records()).hasSize(50);
            assertThat(page.nextToken()).isNotBlank();
        });
        assertThat(pages.get(pages.size() - 1).nextToken()).isNull();
        assertThat(events).extracting(TrailEvent::eventId).doesNotHaveDuplicates();
        assertThat(events).extracting(TrailEvent::time).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(events).allSatisfy(event -> assertThat(event.time()).isBetween(NINETY_DAYS_AGO, START));
        List<TrailEvent> expected = all(US).stream().filter(e -> !e.time().isBefore(NINETY_DAYS_AGO)).toList();
        assertThat(events).containsExactlyElementsOf(expected);
        assertThat(events.size()).isEqualTo(all(US).size() - 3); // the documentation's own, of 2018 and 2021
    }

    @Test
    void aNarrowRangeGivesOnlyItsEventsBothEndsIncluded() {
        List<TrailEvent> everything = all(EU);
        TrailEvent newer = everything.get(400);
        TrailEvent older = everything.get(700);
        List<TrailEvent> events = SandboxTrailFixture.events(eu, null, older.time(), newer.time());

        assertThat(events).isNotEmpty().allSatisfy(event -> assertThat(event.time()).isBetween(older.time(),
                newer.time()));
        assertThat(events).contains(newer, older);
        assertThat(events).containsExactlyElementsOf(everything.stream()
                .filter(e -> !e.time().isBefore(older.time()) && !e.time().isAfter(newer.time())).toList());
    }

    @Test
    void theDocumentationsOwnRecordsAreFoundAtTheirDates() {
        List<TrailEvent> events = SandboxTrailFixture.events(us, null, Instant.parse("2018-12-01T00:00:00Z"),
                Instant.parse("2018-12-31T00:00:00Z"));

        assertThat(events).extracting(TrailEvent::eventId).containsExactly(SandboxTrailExamples.DELETE_CLUSTER_ID,
                SandboxTrailExamples.DESCRIBE_CLUSTER_ID);
    }

    @Test
    void eventIdFindsOneEvent() {
        TrailEvent some = all(US).get(1234);

        assertThat(lookup(us, LookupKey.EVENT_ID, some.eventId())).containsExactly(some);
        assertThat(lookup(eu, LookupKey.EVENT_ID, some.eventId())).isEmpty();
    }

    @Test
    void eventNameFindsEveryCallOfThatName() {
        List<TrailEvent> events = lookup(us, LookupKey.EVENT_NAME, "UpdateMonitoring");

        assertThat(events).isNotEmpty().allSatisfy(e -> assertThat(e.name()).isEqualTo("UpdateMonitoring"));
        assertThat(events).hasSameSizeAs(all(US).stream().filter(e -> e.name().equals("UpdateMonitoring")).toList());
        assertThat(lookup(us, LookupKey.EVENT_NAME, "updatemonitoring")).isEmpty();
    }

    @Test
    void readOnlyTellsReadsFromChanges() {
        List<TrailEvent> changes = lookup(eu, LookupKey.READ_ONLY, "false");
        List<TrailEvent> reads = lookup(eu, LookupKey.READ_ONLY, "TRUE");

        assertThat(changes).isNotEmpty().allSatisfy(e -> assertThat(e.readOnly()).isFalse());
        assertThat(reads).isNotEmpty().allSatisfy(e -> assertThat(e.readOnly()).isTrue());
        assertThat(changes.size() + reads.size()).isEqualTo(all(EU).size());
        assertThat(changes).extracting(TrailEvent::name).contains("UpdateMonitoring", "CreateTopic");
    }

    @Test
    void usernameIsTheUserNameOrTheRoleSessionsName() {
        List<TrailEvent> jane = lookup(us, LookupKey.USERNAME, "jane@example.com");
        assertThat(jane).isNotEmpty().allSatisfy(e -> {
            assertThat(e.userType()).isEqualTo("AssumedRole");
            assertThat(e.user()).isEqualTo("AWSReservedSSO_AdministratorAccess_abc123/jane@example.com");
        });
        assertThat(jane).extracting(TrailEvent::source).contains(SandboxTrailData.MSK, SandboxTrailData.KAFKA);

        assertThat(lookup(us, LookupKey.USERNAME, "alice")).isNotEmpty()
                .allSatisfy(e -> assertThat(e.user()).isEqualTo("alice"));
        assertThat(lookup(us, LookupKey.USERNAME, "bob")).isNotEmpty()
                .allSatisfy(e -> assertThat(e.userType()).isEqualTo("FederatedUser"));
        assertThat(lookup(us, LookupKey.USERNAME, "sandbox-user")).isNotEmpty()
                .allSatisfy(e -> assertThat(e.user()).isEqualTo("MskAdmin/sandbox-user"));
        assertThat(lookup(us, LookupKey.USERNAME, "Joe")).extracting(TrailEvent::name)
                .containsExactly("DeleteCluster", "DescribeCluster"); // the copies; the originals are older
        // The role is not the user; a service call has no user name.
        assertThat(lookup(us, LookupKey.USERNAME, "MskAdmin")).isEmpty();
        assertThat(lookup(us, LookupKey.USERNAME, "config.amazonaws.com")).isEmpty();
    }

    /**
     * Whether the event concerns the cluster (any cluster when null): by its ARN, a topic's ARN, or (which the core's
     * parser does not read, but the Sandbox's ResourceName does) the ARN of one of its operations.
     */
    private static boolean concerns(TrailEvent event, String clusterArn) {
        if (clusterArn == null ? !event.resource().clusterArn().isEmpty()
                : event.resource().clusterArn().equals(clusterArn)) {
            return true;
        }
        String operations = clusterArn == null ? "%3Acluster-operation%2F"
                : ClusterArn.pathSegment(clusterArn.replace(":cluster/", ":cluster-operation/"));
        return event.name().equals("DescribeClusterOperationV2") && event.record().contains(operations);
    }

    @Test
    void resourceTypeIsTheClusterForEveryEventThatConcernsOne() {
        List<TrailEvent> events = lookup(eu, LookupKey.RESOURCE_TYPE, "AWS::MSK::Cluster");

        assertThat(events).isNotEmpty().allSatisfy(e -> assertThat(concerns(e, null)).isTrue());
        assertThat(events).extracting(TrailEvent::name).doesNotContain("ListClustersV2")
                .contains("DescribeClusterV2", "DescribeClusterOperationV2", "CreateTopic");
        assertThat(events).hasSameSizeAs(all(EU).stream().filter(e -> concerns(e, null)).toList());
        assertThat(lookup(eu, LookupKey.RESOURCE_TYPE, "AWS::S3::Bucket")).isEmpty();
    }

    @Test
    void resourceNameIsTheClustersArnOrNameOrATopicsArn() {
        List<TrailEvent> byName = lookup(us, LookupKey.RESOURCE_NAME, "orders-prod");
        List<TrailEvent> byArn = lookup(us, LookupKey.RESOURCE_NAME, ORDERS_PROD);

        assertThat(byName).isNotEmpty().isEqualTo(byArn)
                .allSatisfy(e -> assertThat(concerns(e, ORDERS_PROD)).as(e.record()).isTrue());
        assertThat(byName).extracting(TrailEvent::name)
                .contains("DescribeClusterV2", "UpdateMonitoring", "DescribeClusterOperationV2", "CreateTopic");
        assertThat(byName).hasSameSizeAs(all(US).stream().filter(e -> concerns(e, ORDERS_PROD)).toList());

        String topic = "arn:aws:kafka:us-east-1:111122223333:topic/orders-prod/3f6b2c1e-8a4d-4f1b-9c2e-7d5a0b1e6f34-2/"
                + "orders";
        assertThat(lookup(us, LookupKey.RESOURCE_NAME, topic)).isNotEmpty().allSatisfy(e -> {
            assertThat(e.source()).isEqualTo(SandboxTrailData.KAFKA);
            assertThat(e.resource().topic()).isEqualTo("orders");
        });
        assertThat(lookup(us, LookupKey.RESOURCE_NAME, "examplecluster")).extracting(TrailEvent::user)
                .containsOnly("Joe");
        assertThat(lookup(eu, LookupKey.RESOURCE_NAME, "orders-prod")).isEmpty();
    }

    @Test
    void eventSourceSeparatesMskApiCallsFromKafkaActions() {
        List<TrailEvent> kafka = lookup(us, LookupKey.EVENT_SOURCE, SandboxTrailData.KAFKA);
        List<TrailEvent> msk = lookup(us, LookupKey.EVENT_SOURCE, SandboxTrailData.MSK);

        assertThat(kafka).isNotEmpty().allSatisfy(e -> assertThat(e.source()).isEqualTo(SandboxTrailData.KAFKA));
        assertThat(msk).isNotEmpty().allSatisfy(e -> assertThat(e.source()).isEqualTo(SandboxTrailData.MSK));
        assertThat(kafka.size() + msk.size()).isEqualTo(all(US).size() - 3);
    }

    @Test
    void accessKeyIdFindsTheCallsMadeWithThatKey() {
        List<TrailEvent> events = lookup(us, LookupKey.ACCESS_KEY_ID, "AKIA4ALICEEXAMPLE006");

        assertThat(events).isNotEmpty().allSatisfy(e -> assertThat(e.user()).isEqualTo("alice"));
        assertThat(lookup(us, LookupKey.ACCESS_KEY_ID, "AIDACKCEVSQ6C2EXAMPLE")).extracting(TrailEvent::user)
                .containsOnly("Joe");
    }

    @Test
    void aTokenIsGoodOnlyForTheSameParameters() {
        LookupAttribute kafka = new LookupAttribute(LookupKey.EVENT_SOURCE, SandboxTrailData.KAFKA);
        LookupRequest first = new LookupRequest(kafka, NINETY_DAYS_AGO, START, null);
        String token = us.lookupEvents(first).nextToken();
        assertThat(token).isNotNull();

        assertThat(us.lookupEvents(first.next(token)).records()).hasSize(50);
        for (LookupRequest other : List.of(
                new LookupRequest(new LookupAttribute(LookupKey.EVENT_SOURCE, SandboxTrailData.MSK), NINETY_DAYS_AGO,
                        START, token),
                new LookupRequest(null, NINETY_DAYS_AGO, START, token),
                new LookupRequest(kafka, NINETY_DAYS_AGO.plusSeconds(1), START, token),
                new LookupRequest(kafka, NINETY_DAYS_AGO, START.minusSeconds(1), token),
                new LookupRequest(kafka, NINETY_DAYS_AGO, START, "not-a-token"),
                new LookupRequest(kafka, NINETY_DAYS_AGO, START, token + "x"))) {
            GatewayException refused = catchThrowableOfType(() -> us.lookupEvents(other), GatewayException.class);
            assertThat(refused).as(other.toString()).isNotNull();
            assertThat(refused.failure()).isEqualTo(Failure.BAD_REQUEST);
            assertThat(refused.operation()).isEqualTo("LookupEvents");
            assertThat(refused.getMessage()).startsWith("InvalidNextTokenException");
            assertThat(refused.serviceMessage()).isEqualTo(SandboxTrailGateway.INVALID_TOKEN);
        }
        GatewayException otherRegion = catchThrowableOfType(() -> eu.lookupEvents(first.next(token)),
                GatewayException.class);
        assertThat(otherRegion.failure()).isEqualTo(Failure.BAD_REQUEST);
    }

    @Test
    void aStartAfterTheEndIsAnInvalidTimeRange() {
        GatewayException refused = catchThrowableOfType(
                () -> us.lookupEvents(new LookupRequest(null, START, START.minus(Duration.ofDays(1)), null)),
                GatewayException.class);

        assertThat(refused.failure()).isEqualTo(Failure.BAD_REQUEST);
        assertThat(refused.getMessage()).contains("InvalidTimeRangeException", "start", "after");
        assertThat(refused.serviceMessage()).isEqualTo(SandboxTrailGateway.INVALID_TIME_RANGE);
    }

    @Test
    void aRangeOfOneInstantIsFine() {
        TrailEvent some = all(EU).get(10);

        assertThat(SandboxTrailFixture.events(eu, null, some.time(), some.time())).contains(some);
    }

    @Test
    void regionsWithoutEventsGiveEmptyPages() {
        for (String region : List.of(SandboxData.SYDNEY, SandboxData.OSAKA, "xx-nowhere-1")) {
            LookupPage page = fixture.unthrottled(region)
                    .lookupEvents(new LookupRequest(null, NINETY_DAYS_AGO, START, null));
            assertThat(page.records()).as(region).isEmpty();
            assertThat(page.nextToken()).isNull();
        }
        assertThat(fixture.gateway(SandboxData.SYDNEY).region()).isEqualTo(SandboxData.SYDNEY);
    }

    @Test
    void theSessionNeedsARegion() {
        GatewayException refused = catchThrowableOfType(() -> fixture.session.trail(" "), GatewayException.class);

        assertThat(refused.failure()).isEqualTo(Failure.CONFIGURATION);
    }

    @Test
    void pagesHoldWholeRecords() {
        Set<String> ids = new HashSet<>();
        for (LookupPage page : SandboxTrailFixture.pages(eu, null, START.minus(Duration.ofDays(3)), START)) {
            for (String record : page.records()) {
                TrailEvent event = TrailRecords.parse(record).orElseThrow();
                assertThat(ids.add(event.eventId())).isTrue();
                assertThat(SandboxTrailData.parse(record).path("userIdentity").path("type").asText()).isNotBlank();
            }
        }
        assertThat(ids).isNotEmpty();
    }
}
