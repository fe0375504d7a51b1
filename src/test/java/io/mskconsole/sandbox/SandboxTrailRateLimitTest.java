package io.mskconsole.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import io.mskconsole.core.trail.LookupRequest;
import io.mskconsole.core.trail.TrailEvent;
import io.mskconsole.core.trail.TrailFetch;
import io.mskconsole.core.trail.TrailGateway;
import io.mskconsole.core.trail.TrailListener;
import io.mskconsole.core.trail.TrailProgress;
import io.mskconsole.core.trail.TrailQuery;
import io.mskconsole.core.trail.TrailSource;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SandboxTrailRateLimitTest {
    private static final Instant START = SandboxTrailFixture.START;
    private static final Instant NINETY_DAYS_AGO = SandboxTrailFixture.NINETY_DAYS_AGO;
    private static final LookupRequest LAST_DAY = new LookupRequest(null, START.minus(Duration.ofDays(1)), START, null);

    private final SandboxTrailFixture fixture = new SandboxTrailFixture();
    private final ExecutorService executor = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    @Test
    void theThirdCallWithinASecondIsThrottledAndHalfASecondLaterOneGoesThrough() {
        TrailGateway gateway = fixture.gateway(SandboxData.US_EAST_1);

        assertThat(gateway.lookupEvents(LAST_DAY).records()).isNotEmpty();
        fixture.ticker.advance(Duration.ofMillis(100));
        assertThat(gateway.lookupEvents(LAST_DAY).records()).isNotEmpty();
        fixture.ticker.advance(Duration.ofMillis(300));
        GatewayException throttled = catchThrowableOfType(() -> gateway.lookupEvents(LAST_DAY),
                GatewayException.class);

        assertThat(throttled.failure()).isEqualTo(Failure.THROTTLED);
        assertThat(throttled.operation()).isEqualTo("LookupEvents");
        assertThat(throttled.getMessage()).isEqualTo("Rate exceeded");
        assertThat(throttled.isTransient()).isTrue();

        fixture.ticker.advance(Duration.ofMillis(500));
        assertThat(gateway.lookupEvents(LAST_DAY).records()).isNotEmpty();
        GatewayException again = catchThrowableOfType(() -> gateway.lookupEvents(LAST_DAY), GatewayException.class);
        assertThat(again.failure()).isEqualTo(Failure.THROTTLED);
    }

    @Test
    void twoCallsASecondGoOnForever() {
        TrailGateway gateway = fixture.gateway(SandboxData.EU_WEST_1);

        for (int i = 0; i < 20; i++) {
            assertThat(gateway.lookupEvents(LAST_DAY).records()).isNotEmpty();
            fixture.ticker.advance(Duration.ofMillis(500));
        }
    }

    @Test
    void theLimitIsPerRegionAndSharedByEveryGatewayAndSessionOfTheRegion() {
        TrailGateway first = fixture.gateway(SandboxData.US_EAST_1);
        TrailGateway second = new SandboxSession(fixture.world, Duration.ofMillis(1), Duration.ZERO)
                .trail(SandboxData.US_EAST_1);
        first.lookupEvents(LAST_DAY);
        second.lookupEvents(LAST_DAY);

        assertThat(catchThrowableOfType(() -> first.lookupEvents(LAST_DAY), GatewayException.class).failure())
                .isEqualTo(Failure.THROTTLED);
        assertThat(fixture.gateway(SandboxData.EU_WEST_1).lookupEvents(LAST_DAY).records()).isNotEmpty();
        assertThat(fixture.gateway(SandboxData.SYDNEY).lookupEvents(LAST_DAY).records()).isEmpty();
    }

    @Test
    void aRefusedRequestUsesATokenToo() {
        TrailGateway gateway = fixture.gateway(SandboxData.US_EAST_1);
        LookupRequest backwards = new LookupRequest(null, START, START.minusSeconds(1), null);
        assertThat(catchThrowableOfType(() -> gateway.lookupEvents(backwards), GatewayException.class).failure())
                .isEqualTo(Failure.BAD_REQUEST);
        gateway.lookupEvents(LAST_DAY);

        assertThat(catchThrowableOfType(() -> gateway.lookupEvents(LAST_DAY), GatewayException.class).failure())
                .isEqualTo(Failure.THROTTLED);
    }

    @Test
    void aFetchAtTwoCallsASecondGetsEveryEventOfTheRegionWithoutBeingThrottled() {
        TrailFetch fetch = new TrailFetch(fixture.session::trail, executor, fixture.ticker, TrailFetch.CALLS_PER_SECOND);
        Recorder listener = new Recorder();
        Instant before = Instant.now();

        TrailProgress progress = fetch.run(new TrailQuery(TrailSource.Preset.MSK, null, NINETY_DAYS_AGO, START,
                List.of(SandboxData.US_EAST_1)), listener, Cancellation.none());

        Set<String> expected = lastNinetyDays(SandboxData.US_EAST_1, SandboxTrailData.MSK);
        assertThat(progress.problems()).isEmpty();
        assertThat(progress.finished()).isTrue();
        assertThat(progress.throttled()).isZero();
        assertThat(progress.skipped()).isZero();
        assertThat(listener.ids()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(progress.events()).isEqualTo(expected.size());
        assertThat(progress.pages()).isEqualTo((expected.size() + 49) / 50);
        // By the fake ticker, the fetch took its pages' worth of half seconds; by the wall clock, moments.
        assertThat(progress.elapsed()).isGreaterThanOrEqualTo(Duration.ofMillis(500L * (progress.pages() - 1)));
        assertThat(Duration.between(before, Instant.now())).isLessThan(Duration.ofSeconds(30));
    }

    @Test
    void aFetchOfBothSourcesInBothRegionsGetsEveryEventOnce() {
        TrailFetch fetch = new TrailFetch(fixture.session::trail, executor, fixture.ticker, TrailFetch.CALLS_PER_SECOND);
        Recorder listener = new Recorder();

        TrailProgress progress = fetch.run(new TrailQuery(TrailSource.Preset.BOTH, null, NINETY_DAYS_AGO, START,
                List.of(SandboxData.US_EAST_1, SandboxData.EU_WEST_1, SandboxData.SYDNEY)), listener,
                Cancellation.none());

        Set<String> expected = new java.util.HashSet<>();
        for (String region : List.of(SandboxData.US_EAST_1, SandboxData.EU_WEST_1)) {
            expected.addAll(lastNinetyDays(region, SandboxTrailData.MSK));
            expected.addAll(lastNinetyDays(region, SandboxTrailData.KAFKA));
        }
        assertThat(progress.problems()).isEmpty();
        assertThat(progress.regionsDone()).isEqualTo(3);
        assertThat(listener.ids()).hasSize(expected.size()).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void aFetchFasterThanTheLimitIsThrottledAndStillGetsEverything() {
        TrailFetch fetch = new TrailFetch(fixture.session::trail, executor, fixture.ticker, 10.0);
        Recorder listener = new Recorder();

        TrailProgress progress = fetch.run(new TrailQuery(TrailSource.Preset.KAFKA, null, NINETY_DAYS_AGO, START,
                List.of(SandboxData.EU_WEST_1)), listener, Cancellation.none());

        assertThat(progress.throttled()).isPositive();
        assertThat(progress.problems()).isEmpty();
        assertThat(listener.ids()).containsExactlyInAnyOrderElementsOf(
                lastNinetyDays(SandboxData.EU_WEST_1, SandboxTrailData.KAFKA));
    }

    private Set<String> lastNinetyDays(String region, String source) {
        return fixture.world.trail().events(region).stream()
                .filter(e -> e.eventSource().equals(source) && !e.time().isBefore(NINETY_DAYS_AGO))
                .map(SandboxTrailEvent::eventId).collect(Collectors.toSet());
    }

    private static final class Recorder implements TrailListener {
        private final List<TrailEvent> events = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void events(List<TrailEvent> batch) {
            events.addAll(batch);
        }

        @Override
        public void progress(TrailProgress progress) {
        }

        List<String> ids() {
            synchronized (events) {
                return events.stream().map(TrailEvent::eventId).toList();
            }
        }
    }
}
