package io.mskconsole.core.trail;

import static org.assertj.core.api.Assertions.assertThat;

import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TrailFetchTest {
    static final Instant START = Instant.parse("2026-11-18T00:00:00Z");
    static final Instant END = Instant.parse("2026-11-25T00:00:00Z");
    final ExecutorService pool = Executors.newCachedThreadPool();
    final FakeTicker ticker = new FakeTicker();
    final Map<String, Gateway> regions = new HashMap<>();
    final List<TrailEvent> received = new CopyOnWriteArrayList<>();
    final List<TrailProgress> progress = new CopyOnWriteArrayList<>();
    final TrailListener listener = new TrailListener() {
        @Override
        public void events(List<TrailEvent> batch) {
            received.addAll(batch);
        }

        @Override
        public void progress(TrailProgress update) {
            progress.add(update);
        }
    };

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    /** A region's LookupEvents: pages of records per EventSource value, recording requests, failing as told. */
    static final class Gateway implements TrailGateway {
        final String region;
        final Map<String, List<List<String>>> pagesBySource = new HashMap<>();
        final List<LookupRequest> requests = Collections.synchronizedList(new ArrayList<>());
        final List<GatewayException> failures = Collections.synchronizedList(new ArrayList<>());

        Gateway(String region) {
            this.region = region;
        }

        @Override
        public String region() {
            return region;
        }

        @Override
        public LookupPage lookupEvents(LookupRequest request) {
            requests.add(request);
            synchronized (failures) {
                if (!failures.isEmpty()) {
                    throw failures.remove(0);
                }
            }
            List<List<String>> pages = pagesBySource.getOrDefault(request.attribute() == null ? ""
                    : request.attribute().value(), List.of(List.of()));
            int index = request.nextToken() == null ? 0 : Integer.parseInt(request.nextToken());
            return new LookupPage(pages.get(index), index + 1 < pages.size() ? String.valueOf(index + 1) : null);
        }
    }

    static String record(String id, String source, String time) {
        return "{\"eventID\": \"" + id + "\", \"eventTime\": \"" + time + "\", \"eventSource\": \"" + source
                + "\", \"eventName\": \"E" + id + "\", \"userIdentity\": {\"type\": \"IAMUser\", \"userName\": \"u\"}}";
    }

    Gateway region(String name) {
        return regions.computeIfAbsent(name, Gateway::new);
    }

    TrailProgress fetch(TrailSource.Preset preset, LookupAttribute attribute, String... regionNames) {
        return new TrailFetch(r -> regions.get(r), pool, ticker, 2.0).run(
                new TrailQuery(preset, attribute, START, END, List.of(regionNames)), listener, Cancellation.none());
    }

    @Test
    void eachSourceIsLookedUpByEventSourcePageAfterPage() {
        region("us-east-1").pagesBySource.put("kafka.amazonaws.com", List.of(
                List.of(record("a", "kafka.amazonaws.com", "2026-11-24T10:00:00Z")),
                List.of(record("b", "kafka.amazonaws.com", "2026-11-23T10:00:00Z"))));
        region("us-east-1").pagesBySource.put("kafka-cluster.amazonaws.com", List.of(
                List.of(record("c", "kafka-cluster.amazonaws.com", "2026-11-24T11:00:00Z"))));

        TrailProgress done = fetch(TrailSource.Preset.BOTH, null, "us-east-1");

        assertThat(received).extracting(TrailEvent::eventId).containsExactlyInAnyOrder("a", "b", "c");
        assertThat(done.events()).isEqualTo(3);
        assertThat(done.pages()).isEqualTo(3);
        assertThat(done.finished()).isTrue();
        assertThat(region("us-east-1").requests).containsExactlyInAnyOrder(
                new LookupRequest(new LookupAttribute(LookupKey.EVENT_SOURCE, "kafka.amazonaws.com"), START, END, null),
                new LookupRequest(new LookupAttribute(LookupKey.EVENT_SOURCE, "kafka.amazonaws.com"), START, END, "1"),
                new LookupRequest(new LookupAttribute(LookupKey.EVENT_SOURCE, "kafka-cluster.amazonaws.com"), START,
                        END, null));
        assertThat(ticker.sleeps).as("three calls of one region share its pace").hasSize(3)
                .filteredOn(d -> !d.isZero()).allSatisfy(d -> assertThat(d).isGreaterThanOrEqualTo(Duration.ofMillis(500)));
    }

    @Test
    void withAnAttributeTheSourcesAreToldApartOnTheClientAndDuplicatesDropped() {
        String name = "UpdateMonitoring";
        region("us-east-1").pagesBySource.put(name, List.of(
                List.of(record("a", "kafka.amazonaws.com", "2026-11-24T10:00:00Z"),
                        record("x", "ec2.amazonaws.com", "2026-11-24T10:00:00Z"), "not a record"),
                List.of(record("a", "kafka.amazonaws.com", "2026-11-24T10:00:00Z"))));
        region("eu-west-1").pagesBySource.put(name, List.of(List.of(record("a", "kafka.amazonaws.com",
                "2026-11-24T10:00:00Z"), record("e", "kafka.amazonaws.com", "2026-11-22T10:00:00Z"))));

        TrailProgress done = fetch(TrailSource.Preset.MSK, new LookupAttribute(LookupKey.EVENT_NAME, name),
                "us-east-1", "eu-west-1");

        assertThat(received).extracting(TrailEvent::eventId).containsExactlyInAnyOrder("a", "e");
        assertThat(done.skipped()).isEqualTo(1);
        assertThat(done.regionsDone()).isEqualTo(2);
        assertThat(region("eu-west-1").requests).singleElement().satisfies(r ->
                assertThat(r.attribute()).isEqualTo(new LookupAttribute(LookupKey.EVENT_NAME, name)));
    }

    @Test
    void aThrottleIsAbsorbedByBackoffAndTheSameRequestSentAgain() {
        Gateway us = region("us-east-1");
        us.pagesBySource.put("kafka.amazonaws.com", List.of(List.of(record("a", "kafka.amazonaws.com",
                "2026-11-24T10:00:00Z"))));
        us.failures.add(new GatewayException(Failure.THROTTLED, "LookupEvents", "Rate exceeded"));

        TrailProgress done = fetch(TrailSource.Preset.MSK, null, "us-east-1");

        assertThat(done.throttled()).isEqualTo(1);
        assertThat(done.problems()).isEmpty();
        assertThat(received).hasSize(1);
        assertThat(us.requests).hasSize(2).allSatisfy(r -> assertThat(r.nextToken()).isNull());
        assertThat(ticker.sleeps).contains(Duration.ofSeconds(1));
    }

    @Test
    void endlessThrottlingGivesUpOnTheRegionAndSaysSo() {
        Gateway us = region("us-east-1");
        for (int i = 0; i < 10; i++) {
            us.failures.add(new GatewayException(Failure.THROTTLED, "LookupEvents", "Rate exceeded"));
        }

        TrailProgress done = fetch(TrailSource.Preset.MSK, null, "us-east-1");

        assertThat(done.throttled()).isEqualTo(4);
        assertThat(done.problems()).containsExactly("us-east-1: Rate exceeded");
        assertThat(done.finished()).isTrue();
    }

    @Test
    void aFailingRegionSaysWhyAndTheOthersGoOn() {
        region("us-east-1").failures.add(new GatewayException(Failure.BAD_REQUEST, "LookupEvents",
                "CloudTrail refused the time range."));
        region("eu-west-1").pagesBySource.put("kafka.amazonaws.com", List.of(List.of(record("e",
                "kafka.amazonaws.com", "2026-11-22T10:00:00Z"))));

        TrailProgress done = fetch(TrailSource.Preset.MSK, null, "us-east-1", "eu-west-1");

        assertThat(done.problems()).containsExactly("us-east-1: CloudTrail refused the time range.");
        assertThat(received).extracting(TrailEvent::eventId).containsExactly("e");
    }

    @Test
    void cancellingReturnsAtOnceWithWhatArrived() {
        Cancellation cancellation = Cancellation.none();
        cancellation.cancel();
        region("us-east-1").pagesBySource.put("kafka.amazonaws.com", List.of(List.of(record("a",
                "kafka.amazonaws.com", "2026-11-24T10:00:00Z"))));

        TrailProgress done = new TrailFetch(r -> regions.get(r), pool, ticker, 2.0).run(new TrailQuery(
                TrailSource.Preset.MSK, null, START, END, List.of("us-east-1")), listener, cancellation);

        assertThat(done.events()).isZero();
        assertThat(region("us-east-1").requests).isEmpty();
    }

    @Test
    void lookupsOfOneAccountShareEachRegionsPace() {
        region("us-east-1").pagesBySource.put("kafka.amazonaws.com", List.of(List.of(record("a",
                "kafka.amazonaws.com", "2026-11-24T10:00:00Z"))));
        TrailPacers shared = new TrailPacers(2.0, ticker);
        TrailQuery query = new TrailQuery(TrailSource.Preset.MSK, null, START, END, List.of("us-east-1"));

        new TrailFetch(r -> regions.get(r), pool, shared).run(query, listener, Cancellation.none());
        new TrailFetch(r -> regions.get(r), pool, shared).run(query, listener, Cancellation.none());
        new TrailFetch(r -> regions.get(r), pool, shared).run(query, listener, Cancellation.none());

        assertThat(ticker.sleeps).as("two windows' calls may leave together; a third's waits a second after the first")
                .containsExactly(Duration.ZERO, Duration.ZERO, Duration.ofMillis(1020));
    }
}
