package io.mskconsole.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.mskconsole.core.destinations.BucketEncryption;
import io.mskconsole.core.destinations.BucketInfo;
import io.mskconsole.core.destinations.DestinationGateway;
import io.mskconsole.core.destinations.LogGroupInfo;
import io.mskconsole.core.destinations.Page;
import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class SandboxDestinationListingTest {
    private static final List<String> US_EAST_1_GROUPS = List.of(
            "/aws/lambda/orders-enricher",
            "/aws/lambda/payments-webhook",
            "/aws/rds/cluster/orders-db/postgresql",
            "/aws/vendedlogs/msk/orders-prod",
            "/aws/vendedlogs/msk/payments-staging",
            "/aws/vendedlogs/msk/spare",
            "/ecs/orders-api",
            "/msk/Orders-Legacy",
            "/msk/clickstream-express");

    private final SandboxFixture fixture = new SandboxFixture();
    private final DestinationGateway useast = fixture.destinations("us-east-1").destinations();

    @Test
    void listsTheRegionsLogGroupsInPagesOfFiveByDefault() {
        Page<LogGroupInfo> first = useast.logGroups(null, null);
        assertThat(names(first)).containsExactlyElementsOf(US_EAST_1_GROUPS.subList(0, 5));
        assertThat(first.hasMore()).isTrue();

        Page<LogGroupInfo> second = useast.logGroups(null, first.nextToken());
        assertThat(names(second)).containsExactlyElementsOf(US_EAST_1_GROUPS.subList(5, 9));
        assertThat(second.hasMore()).isFalse();
        assertThat(second.nextToken()).isNull();
    }

    @Test
    void thePageSizeIsAConstructorParameterUpToFifty() {
        SandboxLatency none = new SandboxLatency(Duration.ZERO);
        Page<LogGroupInfo> all = new SandboxDestinationGateway(fixture.world, "us-east-1", none, 50).logGroups("", null);
        assertThat(names(all)).containsExactlyElementsOf(US_EAST_1_GROUPS);
        assertThat(all.hasMore()).isFalse();

        DestinationGateway byTwo = new SandboxDestinationGateway(fixture.world, "us-east-1", none, 2);
        List<List<String>> pages = pages(token -> byTwo.logGroups(" ", token));
        assertThat(pages).hasSize(5).allSatisfy(page -> assertThat(page.size()).isBetween(1, 2));
        assertThat(pages.stream().flatMap(List::stream)).containsExactlyElementsOf(US_EAST_1_GROUPS);

        assertThatThrownBy(() -> new SandboxDestinationGateway(fixture.world, "us-east-1", none, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SandboxDestinationGateway(fixture.world, "us-east-1", none, 51))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSearchStartingWithASlashIsACaseSensitivePrefix() {
        assertThat(names(useast.logGroups("/msk/", null))).containsExactly("/msk/Orders-Legacy", "/msk/clickstream-express");
        assertThat(names(useast.logGroups("/msk/o", null))).isEmpty();
        assertThat(names(useast.logGroups("/MSK", null))).isEmpty();
        assertThat(names(useast.logGroups("/aws/vendedlogs/", null))).containsExactly(
                "/aws/vendedlogs/msk/orders-prod", "/aws/vendedlogs/msk/payments-staging", "/aws/vendedlogs/msk/spare");
        assertThat(names(useast.logGroups("  /ecs ", null))).containsExactly("/ecs/orders-api");
    }

    @Test
    void anyOtherSearchMatchesAnywhereInTheNameWithCaseAsTyped() {
        assertThat(names(useast.logGroups("orders", null))).containsExactly("/aws/lambda/orders-enricher",
                "/aws/rds/cluster/orders-db/postgresql", "/aws/vendedlogs/msk/orders-prod", "/ecs/orders-api");
        assertThat(names(useast.logGroups("Orders", null))).containsExactly("/msk/Orders-Legacy");
        assertThat(names(useast.logGroups("payments", null)))
                .containsExactly("/aws/lambda/payments-webhook", "/aws/vendedlogs/msk/payments-staging");
        assertThat(names(useast.logGroups("nothing-like-this", null))).isEmpty();
    }

    @Test
    void aSearchNoLogGroupNameCouldMatchIsRefusedAsCloudWatchLogsRefusesIt() {
        GatewayException e = catchThrowableOfType(GatewayException.class, () -> useast.logGroups("orders prod", null));
        assertThat(e.failure()).isEqualTo(Failure.BAD_REQUEST);
        assertThat(e.operation()).isEqualTo("DescribeLogGroups");
        assertThat(e.serviceMessage()).contains("logGroupNamePattern", "regular expression");
    }

    @Test
    void theNextPagesOfASearchKeepTheSearch() {
        DestinationGateway byTwo = new SandboxDestinationGateway(fixture.world, "us-east-1",
                new SandboxLatency(Duration.ZERO), 2);
        List<List<String>> pages = pages(token -> byTwo.logGroups("/aws/", token));
        assertThat(pages).hasSize(3);
        assertThat(pages.stream().flatMap(List::stream)).containsExactlyElementsOf(US_EAST_1_GROUPS.subList(0, 6));
    }

    @Test
    void aTokenOfAnotherListingOrNoTokenAtAllIsRefused() {
        String prefixToken = useast.logGroups("/aws/", null).nextToken();
        assertThat(prefixToken).isNotNull();

        assertRefused(() -> useast.logGroups("/ecs", prefixToken));
        assertRefused(() -> useast.logGroups("/aws/", "not a token!"));
        assertRefused(() -> useast.logGroups("/aws/", "bm9wZQ"));
        assertRefused(() -> fixture.destinations("eu-west-1").destinations().logGroups("/aws/", prefixToken));
        assertRefused(() -> useast.deliveryStreams(prefixToken));
        assertRefused(() -> useast.buckets(prefixToken));
        assertThat(useast.logGroups("/aws/", "").items()).as("an empty token is no token")
                .isEqualTo(useast.logGroups("/aws/", null).items());
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        GatewayException e = catchThrowableOfType(GatewayException.class, call);
        assertThat(e).isNotNull();
        assertThat(e.failure()).isEqualTo(Failure.BAD_REQUEST);
        assertThat(e.serviceMessage()).isEqualTo("The specified nextToken is invalid.");
    }

    @Test
    void aLogGroupCreatedBetweenPagesIsListedOnceWithoutRepeatingOthers() {
        Page<LogGroupInfo> first = useast.logGroups(null, null);
        useast.createLogGroup("/msk/aaa-new");
        useast.createLogGroup("/aws/aaa-before-the-cursor");

        Page<LogGroupInfo> second = useast.logGroups(null, first.nextToken());

        assertThat(names(second)).containsExactly("/aws/vendedlogs/msk/spare", "/ecs/orders-api", "/msk/Orders-Legacy",
                "/msk/aaa-new", "/msk/clickstream-express");
        assertThat(names(second)).doesNotContainAnyElementsOf(names(first));
    }

    @Test
    void logGroupsCarryArnRetentionAndStoredBytes() {
        LogGroupInfo orders = useast.logGroup("/aws/vendedlogs/msk/orders-prod").orElseThrow();
        assertThat(orders.arn())
                .isEqualTo("arn:aws:logs:us-east-1:111122223333:log-group:/aws/vendedlogs/msk/orders-prod");
        assertThat(orders.retentionDays()).isEqualTo(30);
        assertThat(orders.storedBytes()).isGreaterThan(1L << 34);
        assertThat(orders.isVendedLogsGroup()).isTrue();
        assertThat(orders.kmsKeyId()).isNull();

        LogGroupInfo clickstream = useast.logGroup("/msk/clickstream-express").orElseThrow();
        assertThat(clickstream.retentionDays()).as("never expires").isNull();
        assertThat(clickstream.isVendedLogsGroup()).isFalse();
        assertThat(useast.logGroups(null, null).items()).contains(orders);
    }

    @Test
    void bucketsOfEveryRegionAreListedWithTheirRegionInPages() {
        List<BucketInfo> listed = new ArrayList<>();
        Page<BucketInfo> page = useast.buckets(null);
        assertThat(page.items()).hasSize(5);
        listed.addAll(page.items());
        page = useast.buckets(page.nextToken());
        listed.addAll(page.items());
        assertThat(page.hasMore()).isFalse();

        assertThat(listed).extracting(BucketInfo::name).isSorted().containsExactly(
                "analytics-eu-broker-logs", "audit-eu-archive", "msk-logs-111122223333-ap-southeast-2",
                "msk-logs-111122223333-us-east-1", "orders-prod-broker-logs", "osaka-ingest-broker-logs",
                "sydney-metrics-broker-logs");
        assertThat(listed).contains(BucketInfo.listed("analytics-eu-broker-logs", "eu-west-1"),
                BucketInfo.listed("osaka-ingest-broker-logs", "ap-northeast-3"));
        assertThat(listed).extracting(BucketInfo::encryption).containsOnly(BucketEncryption.UNKNOWN);
        assertThat(fixture.destinations("ap-southeast-2").destinations().buckets(null).items())
                .isEqualTo(useast.buckets(null).items());
    }

    @Test
    void deliveryStreamsAreThoseOfTheRegion() {
        assertThat(useast.deliveryStreams(null).items()).containsExactly("clickstream-broker-logs", "orders-prod-logs");
        assertThat(fixture.destinations("ap-northeast-3").destinations().deliveryStreams(null).items())
                .containsExactly("osaka-logs");
        Page<String> none = fixture.destinations("us-west-2").destinations().deliveryStreams(null);
        assertThat(none.items()).isEmpty();
        assertThat(none.hasMore()).isFalse();
    }

    @Test
    void lookupsOfMissingDestinationsAreEmpty() {
        assertThat(useast.logGroup("/msk/typo")).isEmpty();
        assertThat(useast.logGroup("/msk/audit-eu")).as("an eu-west-1 log group").isEmpty();
        assertThat(useast.logGroup(null)).isEmpty();
        assertThat(useast.bucket("no-such-bucket")).isEmpty();
        assertThat(useast.bucket(null)).isEmpty();
        assertThat(useast.deliveryStream("osaka-logs")).as("an Osaka stream").isEmpty();
        assertThat(useast.deliveryStream(null)).isEmpty();
        assertThat(fixture.destinations("us-west-2").destinations().logResourcePolicies()).isEmpty();
        assertThat(fixture.destinations("us-west-2").destinations().logGroups(null, null).items()).isEmpty();
    }

    @Test
    void aBucketIsFoundFromAnyRegionWithItsOwnRegion() {
        assertThat(fixture.destinations("ap-northeast-3").destinations().bucket("analytics-eu-broker-logs"))
                .map(BucketInfo::region).contains("eu-west-1");
    }

    private static List<String> names(Page<LogGroupInfo> page) {
        return page.items().stream().map(LogGroupInfo::name).toList();
    }

    private static List<List<String>> pages(Function<String, Page<LogGroupInfo>> list) {
        List<List<String>> pages = new ArrayList<>();
        String token = null;
        do {
            Page<LogGroupInfo> page = list.apply(token);
            pages.add(names(page));
            token = page.nextToken();
        } while (token != null);
        return pages;
    }
}
