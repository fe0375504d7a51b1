package io.mskconsole.aws.trail;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.mskconsole.aws.trail.TrailWire.DESCRIBE_CLUSTER_ID;
import static io.mskconsole.aws.trail.TrailWire.DESCRIBE_CLUSTER_RECORD;
import static io.mskconsole.aws.trail.TrailWire.JSON_11;
import static io.mskconsole.aws.trail.TrailWire.TARGET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.mskconsole.aws.StubAccount;
import io.mskconsole.aws.account.AwsClientSettings;
import io.mskconsole.aws.account.AwsSession;
import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.concurrent.DaemonThreads;
import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import io.mskconsole.core.trail.LookupAttribute;
import io.mskconsole.core.trail.LookupKey;
import io.mskconsole.core.trail.LookupPage;
import io.mskconsole.core.trail.LookupRequest;
import io.mskconsole.core.trail.Ticker;
import io.mskconsole.core.trail.TrailEvent;
import io.mskconsole.core.trail.TrailFetch;
import io.mskconsole.core.trail.TrailGateway;
import io.mskconsole.core.trail.TrailListener;
import io.mskconsole.core.trail.TrailProgress;
import io.mskconsole.core.trail.TrailQuery;
import io.mskconsole.core.trail.TrailSource;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * CloudTrail's LookupEvents over real HTTP: the exact request, AWS-shaped pages read to the end through the core's
 * fetch, a throttle absorbed by the fetch's backoff (the SDK never retries behind its back), and CloudTrail's
 * refusals worded for the person.
 */
class TrailOverHttpTest {
    static final String REGION = StubAccount.REGION;
    static final Instant START = Instant.parse("2018-12-01T00:00:00Z");
    static final Instant END = Instant.parse("2018-12-31T00:00:00Z");
    static final LookupAttribute MSK_CALLS = new LookupAttribute(LookupKey.EVENT_SOURCE, "kafka.amazonaws.com");
    /** Attempts the client itself would make: more than one, so a lone request proves the gateway's single attempt. */
    static final int CLIENT_ATTEMPTS = 3;
    static final ExecutorService POOL = DaemonThreads.cachedPool("trail-test");

    @RegisterExtension
    static WireMockExtension aws = StubAccount.localMsk();

    @TempDir
    Path home;
    AwsSession session;

    @AfterEach
    void closeSession() {
        if (session != null) {
            session.close();
        }
    }

    @AfterAll
    static void stopPool() {
        POOL.shutdownNow();
    }

    /** The stub profile whose clients would retry a throttle or a 5xx up to {@link #CLIENT_ATTEMPTS} times. */
    TrailGateway gateway() {
        AwsClientSettings settings = StubAccount.patientSettings(aws.baseUrl()).withMaxAttempts(CLIENT_ATTEMPTS);
        session = StubAccount.open(home, settings);
        return session.trail(REGION);
    }

    static MappingBuilder lookupEvents() {
        return post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(TARGET));
    }

    static ResponseDefinitionBuilder ok(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", JSON_11)
                .withHeader("x-amzn-RequestId", "6b1e0cd5-0000-4000-8000-000000000001").withBody(body);
    }

    static ResponseDefinitionBuilder refused(String type, String message) {
        return aResponse().withStatus(400).withHeader("Content-Type", JSON_11)
                .withHeader("x-amzn-RequestId", "6b1e0cd5-0000-4000-8000-000000000002")
                .withBody(TrailWire.error(type, message));
    }

    static List<LoggedRequest> sent() {
        List<LoggedRequest> requests = new ArrayList<>(aws.findAll(postRequestedFor(urlEqualTo("/"))
                .withHeader("X-Amz-Target", equalTo(TARGET))));
        requests.sort((a, b) -> a.getLoggedDate().compareTo(b.getLoggedDate()));
        return requests;
    }

    static JsonNode body(LoggedRequest request) {
        return TrailWire.read(request.getBodyAsString());
    }

    /** Records of made-up MSK calls, ids {@code prefix-0..count-1}, a minute apart going back from the end. */
    static List<String> records(String prefix, int count) {
        return IntStream.range(0, count).mapToObj(i -> TrailWire.record(prefix + "-" + i, "ListClustersV2",
                END.minus(Duration.ofMinutes(i + 1)), REGION)).toList();
    }

    /** Time that moves only when slept on: pacing and backoff cost nothing, and what was slept is kept. */
    static final class FakeTicker implements Ticker {
        final AtomicLong now = new AtomicLong(1_000_000_000L);
        final List<Duration> sleeps = Collections.synchronizedList(new ArrayList<>());

        @Override
        public long nanoTime() {
            return now.get();
        }

        @Override
        public boolean sleep(Duration duration, Cancellation cancellation) {
            if (!duration.isZero() && !duration.isNegative()) {
                sleeps.add(duration);
                now.addAndGet(duration.toNanos());
            }
            return cancellation.isCancelled();
        }
    }

    /** Keeps what the fetch hands over. */
    static final class Collected implements TrailListener {
        final List<TrailEvent> events = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void events(List<TrailEvent> batch) {
            events.addAll(batch);
        }

        @Override
        public void progress(TrailProgress progress) {
        }
    }

    TrailProgress fetch(TrailQuery query, Collected into, FakeTicker ticker) {
        gateway();
        return new TrailFetch(session::trail, POOL, ticker, TrailFetch.CALLS_PER_SECOND)
                .run(query, into, Cancellation.none());
    }

    static TrailQuery mskCalls() {
        return new TrailQuery(TrailSource.Preset.MSK, MSK_CALLS, START, END, List.of(REGION));
    }

    @Test
    void theRequestIsLookupEventsInJson11WithTheAttributeTheTimesFiftyAndTheToken() {
        aws.stubFor(lookupEvents().willReturn(ok(TrailWire.page(List.of(DESCRIBE_CLUSTER_RECORD), null))));
        LookupAttribute byName = new LookupAttribute(LookupKey.EVENT_NAME, "DescribeCluster");

        LookupPage page = gateway().lookupEvents(new LookupRequest(byName, START, END, "token-of-page-2"));

        assertThat(page.records()).containsExactly(DESCRIBE_CLUSTER_RECORD);
        assertThat(page.nextToken()).isNull();
        List<LoggedRequest> requests = sent();
        assertThat(requests).hasSize(1);
        LoggedRequest request = requests.get(0);
        assertThat(request.getMethod().getName()).isEqualTo("POST");
        assertThat(request.getUrl()).isEqualTo("/");
        assertThat(request.getHeader("X-Amz-Target")).isEqualTo(TARGET);
        assertThat(request.getHeader("Content-Type")).isEqualTo(JSON_11);
        assertThat(TrailWire.signedRegion(request.getHeader("Authorization"))).isEqualTo(REGION);
        assertThat(TrailWire.signedService(request.getHeader("Authorization"))).isEqualTo("cloudtrail");
        JsonNode body = body(request);
        assertThat(body.path("LookupAttributes").size()).isEqualTo(1);
        assertThat(body.path("LookupAttributes").get(0).path("AttributeKey").asText()).isEqualTo("EventName");
        assertThat(body.path("LookupAttributes").get(0).path("AttributeValue").asText()).isEqualTo("DescribeCluster");
        // JSON 1.1 sends timestamps as epoch seconds, a JSON number
        assertThat(body.path("StartTime").isNumber()).isTrue();
        assertThat(body.path("StartTime").asLong()).isEqualTo(START.getEpochSecond());
        assertThat(body.path("EndTime").isNumber()).isTrue();
        assertThat(body.path("EndTime").asLong()).isEqualTo(END.getEpochSecond());
        assertThat(body.path("MaxResults").isInt()).isTrue();
        assertThat(body.path("MaxResults").asInt()).isEqualTo(50);
        assertThat(body.path("NextToken").asText()).isEqualTo("token-of-page-2");
        assertThat(body.size()).isEqualTo(5);
    }

    @Test
    void aFirstPageWithoutAttributeSendsNeitherLookupAttributesNorNextToken() {
        aws.stubFor(lookupEvents().willReturn(ok("{\"Events\": []}")));

        LookupPage page = gateway().lookupEvents(new LookupRequest(null, START, END, null));

        assertThat(page.records()).isEmpty();
        assertThat(page.nextToken()).isNull();
        JsonNode body = body(sent().get(0));
        assertThat(body.has("LookupAttributes")).isFalse();
        assertThat(body.has("NextToken")).isFalse();
        assertThat(body.path("MaxResults").asInt()).isEqualTo(50);
    }

    @Test
    void millisecondsOfTheRangeAreSentAsAFraction() {
        aws.stubFor(lookupEvents().willReturn(ok("{\"Events\": []}")));

        gateway().lookupEvents(new LookupRequest(MSK_CALLS, START.plusMillis(250), END, null));

        JsonNode start = body(sent().get(0)).path("StartTime");
        assertThat(start.isNumber()).isTrue();
        assertThat(start.decimalValue()).isEqualByComparingTo(
                new java.math.BigDecimal(START.getEpochSecond() + ".25"));
    }

    @Test
    void theFetchReadsEveryPageToTheEndAskingEachWithTheSameRangeAndTheLastToken() {
        List<String> first = new ArrayList<>(records("p1", 49));
        first.add(0, DESCRIBE_CLUSTER_RECORD);
        List<String> second = records("p2", 50);
        List<String> third = records("p3", 7);
        aws.stubFor(lookupEvents().withRequestBody(matchingJsonPath("$.NextToken", absent()))
                .willReturn(ok(TrailWire.page(first, "token-2"))));
        aws.stubFor(lookupEvents().withRequestBody(matchingJsonPath("$.NextToken", equalTo("token-2")))
                .willReturn(ok(TrailWire.page(second, "token-3"))));
        aws.stubFor(lookupEvents().withRequestBody(matchingJsonPath("$.NextToken", equalTo("token-3")))
                .willReturn(ok(TrailWire.page(third, null))));
        Collected collected = new Collected();
        FakeTicker ticker = new FakeTicker();

        TrailProgress progress = fetch(mskCalls(), collected, ticker);

        assertThat(progress.problems()).isEmpty();
        assertThat(progress.finished()).isTrue();
        assertThat(progress.pages()).isEqualTo(3);
        assertThat(progress.events()).isEqualTo(107);
        assertThat(progress.throttled()).isZero();
        assertThat(progress.skipped()).isZero();
        assertThat(collected.events).hasSize(107);
        TrailEvent example = collected.events.stream().filter(e -> e.eventId().equals(DESCRIBE_CLUSTER_ID))
                .findFirst().orElseThrow();
        assertThat(example.name()).isEqualTo("DescribeCluster");
        assertThat(example.user()).isEqualTo("Joe");
        assertThat(example.readOnly()).isTrue();
        assertThat(example.resource().clusterName()).isEqualTo("examplecluster");
        assertThat(example.record()).isEqualTo(DESCRIBE_CLUSTER_RECORD);

        List<LoggedRequest> requests = sent();
        assertThat(requests).hasSize(3);
        List<String> tokens = new ArrayList<>();
        for (LoggedRequest request : requests) {
            JsonNode body = body(request);
            assertThat(request.getHeader("Content-Type")).isEqualTo(JSON_11);
            assertThat(body.path("LookupAttributes").get(0).path("AttributeKey").asText()).isEqualTo("EventSource");
            assertThat(body.path("LookupAttributes").get(0).path("AttributeValue").asText())
                    .isEqualTo("kafka.amazonaws.com");
            assertThat(body.path("StartTime").asLong()).isEqualTo(START.getEpochSecond());
            assertThat(body.path("EndTime").asLong()).isEqualTo(END.getEpochSecond());
            assertThat(body.path("MaxResults").asInt()).isEqualTo(50);
            tokens.add(body.has("NextToken") ? body.path("NextToken").asText() : null);
        }
        assertThat(tokens).containsExactly(null, "token-2", "token-3");
        // paced at 2 a second (plus the margin): the first two at once, the third a second after the first
        assertThat(ticker.sleeps).containsExactly(Duration.ofMillis(1020));
    }

    @Test
    void aThrottleIsSentOnceThenAbsorbedByTheFetchsBackoffAndRetriedOnce() {
        aws.stubFor(lookupEvents().inScenario("throttle").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(refused("ThrottlingException", "Rate exceeded")).willSetStateTo("calm"));
        aws.stubFor(lookupEvents().inScenario("throttle").whenScenarioStateIs("calm")
                .willReturn(ok(TrailWire.page(List.of(DESCRIBE_CLUSTER_RECORD), null))));
        Collected collected = new Collected();
        FakeTicker ticker = new FakeTicker();

        TrailProgress progress = fetch(mskCalls(), collected, ticker);

        assertThat(progress.problems()).isEmpty();
        assertThat(progress.throttled()).isEqualTo(1);
        assertThat(progress.pages()).isEqualTo(1);
        assertThat(collected.events).extracting(TrailEvent::eventId).containsExactly(DESCRIBE_CLUSTER_ID);
        // one throttled request (the client would have made 3 attempts), one retry after the fetch's 1 s backoff
        List<LoggedRequest> requests = sent();
        assertThat(requests).hasSize(2);
        assertThat(body(requests.get(1))).isEqualTo(body(requests.get(0)));
        assertThat(ticker.sleeps).containsExactly(Duration.ofSeconds(1));
    }

    @Test
    void aThrottledCallIsThrottledAndSentExactlyOnce() {
        aws.stubFor(lookupEvents().willReturn(refused("ThrottlingException", "Rate exceeded")));

        GatewayException e = catchThrowableOfType(GatewayException.class,
                () -> gateway().lookupEvents(new LookupRequest(MSK_CALLS, START, END, null)));

        assertThat(e.failure()).isEqualTo(Failure.THROTTLED);
        assertThat(e.operation()).isEqualTo("LookupEvents");
        assertThat(e.serviceMessage()).isEqualTo("Rate exceeded");
        assertThat(e.getMessage()).isEqualTo("LookupEvents in us-east-1 (profile stub) was throttled by CloudTrail"
                + " (Rate exceeded). Wait a moment and try again.");
        assertThat(sent()).hasSize(1);
    }

    @Test
    void aServerErrorIsAlsoSentOnlyOnce() {
        aws.stubFor(lookupEvents().willReturn(aResponse().withStatus(503).withHeader("Content-Type", JSON_11)
                .withBody(TrailWire.error("ServiceUnavailableException", "Service is unavailable"))));

        GatewayException e = catchThrowableOfType(GatewayException.class,
                () -> gateway().lookupEvents(new LookupRequest(MSK_CALLS, START, END, null)));

        assertThat(e.failure()).isEqualTo(Failure.SERVICE_UNAVAILABLE);
        assertThat(e.getMessage()).contains("CloudTrail answered HTTP 503");
        assertThat(sent()).hasSize(1);
    }

    @Test
    void aRefusedTimeRangeIsShownClearlyAndTheFetchStopsThatRegion() {
        String said = "Start date must be within the last 90 days.";
        aws.stubFor(lookupEvents().willReturn(refused("InvalidTimeRangeException", said)));
        Collected collected = new Collected();

        TrailProgress progress = fetch(mskCalls(), collected, new FakeTicker());

        assertThat(progress.finished()).isTrue();
        assertThat(progress.events()).isZero();
        assertThat(progress.throttled()).isZero();
        assertThat(progress.problems()).containsExactly("us-east-1: LookupEvents in us-east-1 (profile stub) failed:"
                + " CloudTrail refused the time range 2018-12-01T00:00:00Z to 2018-12-31T00:00:00Z: Start date must"
                + " be within the last 90 days. LookupEvents covers the last 90 days; choose a start within them and"
                + " before the end.");
        assertThat(sent()).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "InvalidTimeRangeException|Start date must be within the last 90 days.|CloudTrail refused the time range"
                    + " 2018-12-01T00:00:00Z to 2018-12-31T00:00:00Z: Start date must be within the last 90 days."
                    + " LookupEvents covers the last 90 days",
            "InvalidLookupAttributesException|The attribute value is not valid.|CloudTrail refused the lookup"
                    + " attribute EventSource=kafka.amazonaws.com: The attribute value is not valid. LookupEvents"
                    + " takes one attribute",
            "InvalidMaxResultsException|MaxResults must be between 1 and 50.|CloudTrail refused the page size of 50:"
                    + " MaxResults must be between 1 and 50. LookupEvents gives 1 to 50 events a page.",
            "InvalidNextTokenException|Invalid NextToken.|CloudTrail refused the page token: Invalid NextToken."
                    + " A token is good only for the same attribute and time range",
            "InvalidEventCategoryException|Event category is not valid.|CloudTrail refused the event category:"
                    + " Event category is not valid. This lookup asks for management events"})
    void cloudTrailsRefusalsAreBadRequestsThatKeepItsMessageAndSayWhatToChange(String type, String said,
                                                                                String sentence) {
        aws.stubFor(lookupEvents().willReturn(refused(type, said)));

        GatewayException e = catchThrowableOfType(GatewayException.class,
                () -> gateway().lookupEvents(new LookupRequest(MSK_CALLS, START, END, "tok")));

        assertThat(e.failure()).isEqualTo(Failure.BAD_REQUEST);
        assertThat(e.operation()).isEqualTo("LookupEvents");
        assertThat(e.serviceMessage()).isEqualTo(said);
        assertThat(e.getMessage()).startsWith("LookupEvents in us-east-1 (profile stub) failed: " + sentence);
        assertThat(sent()).hasSize(1);
    }

    @Test
    void anotherClientErrorKeepsTheGeneralWording() {
        aws.stubFor(lookupEvents().willReturn(refused("OperationNotPermittedException", "Not permitted here.")));

        GatewayException e = catchThrowableOfType(GatewayException.class,
                () -> gateway().lookupEvents(new LookupRequest(MSK_CALLS, START, END, null)));

        assertThat(e.failure()).isEqualTo(Failure.BAD_REQUEST);
        assertThat(e.getMessage()).isEqualTo("LookupEvents in us-east-1 (profile stub) was refused by CloudTrail:"
                + " Not permitted here.");
    }

    @Test
    void accessDeniedNamesCloudTrailsAction() {
        aws.stubFor(lookupEvents().willReturn(refused("AccessDeniedException", "User is not authorized.")));

        GatewayException e = catchThrowableOfType(GatewayException.class,
                () -> gateway().lookupEvents(new LookupRequest(MSK_CALLS, START, END, null)));

        assertThat(e.failure()).isEqualTo(Failure.ACCESS_DENIED);
        assertThat(e.getMessage()).contains("needs permission for cloudtrail:LookupEvents");
    }

    @Test
    void anEventWithoutItsRecordIsCountedAsSkipped() {
        aws.stubFor(lookupEvents().willReturn(ok("{\"Events\": [{\"EventId\": \"e-1\", \"EventName\": \"X\"},"
                + " {\"EventId\": \"" + DESCRIBE_CLUSTER_ID + "\", \"CloudTrailEvent\": "
                + TrailWire.write(TrailWire.JSON.getNodeFactory().textNode(DESCRIBE_CLUSTER_RECORD)) + "}]}")));
        Collected collected = new Collected();

        TrailProgress progress = fetch(mskCalls(), collected, new FakeTicker());

        assertThat(progress.skipped()).isEqualTo(1);
        assertThat(collected.events).extracting(TrailEvent::eventId).containsExactly(DESCRIBE_CLUSTER_ID);
    }

    @Test
    void theClientIsBuiltOnTheFirstLookupAndALookupAfterCloseIsNotSent() {
        aws.stubFor(lookupEvents().willReturn(ok("{\"Events\": []}")));
        TrailGateway trail = gateway();
        assertThat(trail.region()).isEqualTo(REGION);
        trail.lookupEvents(new LookupRequest(MSK_CALLS, START, END, null));

        session.close();
        GatewayException e = catchThrowableOfType(GatewayException.class,
                () -> trail.lookupEvents(new LookupRequest(MSK_CALLS, START, END, null)));

        assertThat(e.failure()).isEqualTo(Failure.CONFIGURATION);
        assertThat(e.getMessage()).contains("was not sent: the session of profile stub was closed");
        assertThat(sent()).hasSize(1);
    }

    @Test
    void noRegionIsAConfigurationFailure() {
        gateway();
        GatewayException e = catchThrowableOfType(GatewayException.class, () -> session.trail(" "));

        assertThat(e.failure()).isEqualTo(Failure.CONFIGURATION);
    }
}
