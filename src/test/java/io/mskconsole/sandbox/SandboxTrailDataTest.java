package io.mskconsole.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.clusters.ClusterArn;
import io.mskconsole.core.trail.Ticker;
import io.mskconsole.core.trail.TrailEvent;
import io.mskconsole.core.trail.TrailRecords;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SandboxTrailDataTest {
    private static final Instant NOW = SandboxTrailFixture.START;
    private static final List<String> REGIONS = List.of(SandboxData.US_EAST_1, SandboxData.EU_WEST_1);
    private static final Set<String> DOCUMENTATION_IDS = Set.of(SandboxTrailExamples.DESCRIBE_CLUSTER_ID,
            SandboxTrailExamples.DELETE_CLUSTER_ID, SandboxTrailExamples.CREATE_TOPIC_ID);
    private static final List<String> FIELDS = List.of("eventVersion", "userIdentity", "eventTime", "eventSource",
            "eventName", "awsRegion", "sourceIPAddress", "userAgent", "requestParameters", "responseElements",
            "requestID", "eventID", "readOnly", "eventType", "managementEvent", "recipientAccountId");

    private final SandboxTrail trail = new SandboxTrail(NOW, SandboxFixture.OPERATION, Ticker.SYSTEM,
            SandboxTrailData.SEED);

    private List<TrailEvent> parsed(String region) {
        return trail.events(region).stream()
                .map(event -> TrailRecords.parse(event.record())
                        .orElseThrow(() -> new AssertionError("skipped: " + event.record())))
                .toList();
    }

    @Test
    void eachRegionOfTheBusyClustersHoldsTwoToFourThousandEvents() {
        for (String region : REGIONS) {
            assertThat(trail.events(region)).as(region).hasSizeBetween(2000, 4000);
        }
    }

    @Test
    void everyRecordParsesAndEveryEventIdIsUnique() {
        Set<String> ids = new HashSet<>();
        int total = 0;
        for (String region : REGIONS) {
            List<TrailEvent> events = parsed(region);
            total += events.size();
            events.forEach(event -> ids.add(event.eventId()));
            assertThat(events).allSatisfy(event -> assertThat(event.region()).isEqualTo(region));
        }
        assertThat(ids).hasSize(total);
    }

    @Test
    void everyGeneratedRecordIsComplete() {
        for (String region : REGIONS) {
            for (SandboxTrailEvent event : trail.events(region)) {
                JsonNode record = SandboxTrailData.parse(event.record());
                if (record.path("recipientAccountId").asText().equals("012345678901")
                        || record.path("userIdentity").path("userName").asText().equals("Admin")) {
                    continue; // the documentation's examples, checked word for word below
                }
                assertThat(FIELDS).as(event.record()).allSatisfy(field -> assertThat(record.has(field)).isTrue());
                assertThat(record.path("eventCategory").asText()).isEqualTo("Management");
                assertThat(record.path("eventType").asText()).isEqualTo("AwsApiCall");
                assertThat(record.path("readOnly").isBoolean()).isTrue();
                assertThat(record.path("recipientAccountId").asText()).isEqualTo(SandboxData.ACCOUNT_ID);
                assertThat(record.path("eventID").asText()).matches("[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}");
                if (record.has("errorCode")) {
                    assertThat(record.path("errorMessage").asText()).isNotBlank();
                    assertThat(record.path("responseElements").isNull()).isTrue();
                }
                if (record.path("eventSource").asText().equals(SandboxTrailData.KAFKA)) {
                    assertThat(record.path("requestParameters").path("kafkaAPI").asText()).isNotBlank();
                    assertThat(record.path("requestParameters").path("resourceARN").asText())
                            .startsWith("arn:aws:kafka:" + region + ":" + SandboxData.ACCOUNT_ID + ":");
                }
            }
        }
    }

    @Test
    void everyEventIsWithinTheLastNinetyDaysButTheDocumentationsOwn() {
        for (String region : REGIONS) {
            assertThat(parsed(region)).filteredOn(event -> !DOCUMENTATION_IDS.contains(event.eventId()))
                    .allSatisfy(event -> assertThat(event.time())
                            .isBetween(NOW.minus(Duration.ofDays(90)), NOW));
        }
    }

    @Test
    void theThreeExamplesOfTheDocumentationAreThereWithTheirOwnDates() {
        List<TrailEvent> events = parsed(SandboxData.US_EAST_1);
        TrailEvent describe = byId(events, SandboxTrailExamples.DESCRIBE_CLUSTER_ID);
        assertThat(describe.name()).isEqualTo("DescribeCluster");
        assertThat(describe.user()).isEqualTo("Joe");
        assertThat(describe.resource().clusterName()).isEqualTo("examplecluster");
        assertThat(describe.resource().clusterArn()).isEqualTo("arn:aws:kafka:us-east-1:012345678901:cluster/"
                + "examplecluster/01234567-abcd-0123-abcd-abcd0123efa-2");
        assertThat(describe.time()).isEqualTo(Instant.parse("2018-12-12T02:29:24Z"));
        assertThat(describe.readOnly()).isTrue();

        TrailEvent delete = byId(events, SandboxTrailExamples.DELETE_CLUSTER_ID);
        assertThat(delete.name()).isEqualTo("DeleteCluster");
        assertThat(delete.user()).isEqualTo("Joe");
        assertThat(delete.resource().clusterName()).isEqualTo("examplecluster");
        assertThat(delete.readOnly()).isFalse();

        TrailEvent topic = byId(events, SandboxTrailExamples.CREATE_TOPIC_ID);
        assertThat(topic.name()).isEqualTo("CreateTopic");
        assertThat(topic.source()).isEqualTo(SandboxTrailData.KAFKA);
        assertThat(topic.user()).isEqualTo("Admin");
        assertThat(topic.resource().clusterName()).isEqualTo("IamAuthCluster");
        assertThat(topic.resource().topic()).isEqualTo("Topic9");
        assertThat(topic.time()).isEqualTo(Instant.parse("2021-03-01T12:51:19Z"));
        assertThat(SandboxTrailData.parse(topic.record())).isEqualTo(SandboxTrailData.parse(
                SandboxTrailExamples.CREATE_TOPIC));
    }

    @Test
    void copiesOfTheExamplesAreInTheLastNinetyDaysWithTheSameContent() {
        List<TrailEvent> events = parsed(SandboxData.US_EAST_1);
        for (String example : SandboxTrailExamples.ALL) {
            JsonNode original = SandboxTrailData.parse(example);
            List<TrailEvent> copies = events.stream()
                    .filter(event -> !DOCUMENTATION_IDS.contains(event.eventId()))
                    .filter(event -> SandboxTrailData.parse(event.record()).path("requestID")
                            .equals(original.path("requestID")))
                    .toList();
            assertThat(copies).as(original.path("eventName").asText()).hasSize(1);
            TrailEvent copy = copies.get(0);
            assertThat(copy.time()).isBetween(NOW.minus(Duration.ofDays(90)), NOW);
            JsonNode copied = SandboxTrailData.parse(copy.record()).deepCopy();
            ((com.fasterxml.jackson.databind.node.ObjectNode) copied).set("eventTime", original.get("eventTime"));
            ((com.fasterxml.jackson.databind.node.ObjectNode) copied).set("eventID", original.get("eventID"));
            assertThat(copied).isEqualTo(original);
        }
        TrailEvent describeCopy = events.stream().filter(e -> e.name().equals("DescribeCluster"))
                .filter(e -> !DOCUMENTATION_IDS.contains(e.eventId())).findFirst().orElseThrow();
        TrailEvent deleteCopy = events.stream().filter(e -> e.name().equals("DeleteCluster") && e.user().equals("Joe"))
                .filter(e -> !DOCUMENTATION_IDS.contains(e.eventId())).findFirst().orElseThrow();
        assertThat(Duration.between(describeCopy.time(), deleteCopy.time())).isEqualTo(Duration.ofSeconds(16));
    }

    @Test
    void theEventsConcernTheRegionsOwnClusters() {
        for (String region : REGIONS) {
            Set<String> sandboxClusters = SandboxData.clusters().stream()
                    .filter(c -> ClusterArn.region(c.arn()).equals(region)).map(Cluster::arn)
                    .collect(Collectors.toSet());
            Set<String> named = parsed(region).stream().map(event -> event.resource().clusterArn())
                    .filter(arn -> !arn.isEmpty()).collect(Collectors.toSet());
            assertThat(named).containsAll(sandboxClusters);
            assertThat(named).allSatisfy(arn -> assertThat(sandboxClusters.contains(arn)
                    || arn.contains(":cluster/loadtest-") || arn.contains("examplecluster")
                    || arn.contains("IamAuthCluster")).as(arn).isTrue());
        }
        assertThat(parsed(SandboxData.US_EAST_1)).extracting(event -> event.resource().clusterName())
                .contains("orders-prod", "payments-staging", "clickstream-express", "events-serverless");
        assertThat(parsed(SandboxData.EU_WEST_1)).extracting(event -> event.resource().clusterName())
                .contains("analytics-eu", "audit-eu");
    }

    @Test
    void everyKindOfCallerSourceActionAndFailureIsThere() {
        for (String region : REGIONS) {
            List<TrailEvent> events = parsed(region);
            assertThat(events).extracting(TrailEvent::userType).as(region)
                    .contains("IAMUser", "AssumedRole", "FederatedUser", "AWSService");
            assertThat(events).extracting(TrailEvent::user).as(region)
                    .contains("config.amazonaws.com", "bob", "MskAdmin/sandbox-user",
                            "AWSReservedSSO_AdministratorAccess_abc123/jane@example.com",
                            "AWSReservedSSO_ReadOnlyAccess_def456/raj@example.com", "ci-deployer");
            assertThat(events).extracting(TrailEvent::source).as(region)
                    .contains(SandboxTrailData.MSK, SandboxTrailData.KAFKA);
            assertThat(events).filteredOn(e -> e.source().equals(SandboxTrailData.KAFKA)).extracting(TrailEvent::name)
                    .as(region).contains("CreateTopic", "DeleteTopic", "AlterTopic", "AlterTopicDynamicConfiguration",
                            "DescribeTopicDynamicConfiguration", "DescribeClusterDynamicConfiguration",
                            "AlterClusterDynamicConfiguration");
            assertThat(events).filteredOn(e -> e.source().equals(SandboxTrailData.MSK)).extracting(TrailEvent::name)
                    .as(region).contains("DescribeClusterV2", "ListClustersV2", "UpdateMonitoring",
                            "DescribeClusterOperationV2", "UpdateBrokerCount", "CreateClusterV2", "DeleteCluster",
                            "GetBootstrapBrokers");
            assertThat(events).extracting(TrailEvent::errorCode).as(region)
                    .contains("AccessDenied", "BadRequestException", "ThrottlingException");
            assertThat(events).extracting(TrailEvent::errorMessage).as(region)
                    .contains(MonitoringUpdateRules.STALE_VERSION, "Rate exceeded");
            assertThat(events).filteredOn(TrailEvent::hasError).hasSizeLessThan(events.size() / 10);
            assertThat(events).filteredOn(e -> !e.resource().topic().isEmpty()).isNotEmpty();
        }
    }

    @Test
    void theSameSeedGivesTheSameEventsLaidOutFromTheGivenNow() {
        SandboxTrail again = new SandboxTrail(NOW, SandboxFixture.OPERATION, Ticker.SYSTEM, SandboxTrailData.SEED);
        assertThat(again.events(SandboxData.EU_WEST_1)).extracting(SandboxTrailEvent::record)
                .isEqualTo(trail.events(SandboxData.EU_WEST_1).stream().map(SandboxTrailEvent::record).toList());

        SandboxTrail later = new SandboxTrail(NOW.plus(Duration.ofDays(30)), SandboxFixture.OPERATION, Ticker.SYSTEM,
                SandboxTrailData.SEED);
        List<SandboxTrailEvent> before = trail.events(SandboxData.EU_WEST_1);
        List<SandboxTrailEvent> after = later.events(SandboxData.EU_WEST_1);
        assertThat(after).hasSameSizeAs(before);
        assertThat(after.get(0).eventId()).isEqualTo(before.get(0).eventId());
        assertThat(after.get(0).time()).isEqualTo(before.get(0).time().plus(Duration.ofDays(30)));
    }

    @Test
    void otherRegionsHaveNoSamples() {
        assertThat(trail.events(SandboxData.OSAKA)).isEmpty();
        assertThat(trail.events(SandboxData.SYDNEY)).isEmpty();
        assertThat(trail.events("xx-nowhere-1")).isEmpty();
    }

    private static TrailEvent byId(List<TrailEvent> events, String id) {
        return events.stream().filter(event -> event.eventId().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no event " + id));
    }
}
