package io.mskconsole.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mskconsole.core.errors.GatewayException;
import io.mskconsole.core.delivery.UpdateMonitoringRequest;
import io.mskconsole.core.trail.Ticker;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.UUID;

/**
 * The Sandbox account's CloudTrail event history, region by region: the sample events of {@link SandboxTrailData}
 * (made on a region's first use, relative to the world's start, from a fixed seed, so always the same and always
 * within the last 90 days, but for the MSK documentation's example records, which keep their own dates next to
 * copies of them inside the window), plus the events of the calls made in the Sandbox since it started.
 *
 * <p>Of those calls, UpdateMonitoring is recorded, accepted or refused, under the Sandbox's caller
 * (assumed-role/MskAdmin/sandbox-user), so that a successful Apply can be found in the trail of its region. Like
 * CloudTrail, which shows an event about 5 minutes after the call, the trail shows it only after a delivery delay:
 * here 1 to 2 times the world's operation duration (4 to 8 s with the default 4-second operations; never more than
 * {@link #LONGEST_DELAY}), so it arrives about when the operation ends, as a real update takes minutes too.
 *
 * <p>Regions without samples hold only the calls made in them. Each region also has its LookupEvents rate limit
 * ({@link SandboxRateLimit}), shared by every session on the world, as CloudTrail's is per account and region.
 * Thread-safe: its own lock, taken after the world's, never before.
 */
final class SandboxTrail {
    static final Duration LONGEST_DELAY = Duration.ofMinutes(5);

    private final Instant now;
    private final Duration operationDuration;
    private final Ticker ticker;
    private final long seed;
    /** Whether regions start with the sample events (the Sandbox account's), or empty (a fleet's). */
    private final boolean samples;
    private final Random delays;
    /** Each region's events, newest first; replaced, never changed, when an event is recorded. */
    private final Map<String, List<SandboxTrailEvent>> events = new HashMap<>();
    private final Map<String, SandboxRateLimit> rateLimits = new HashMap<>();
    private long sequence;
    private long recorded;

    /**
     * @param now               the time the samples are laid out from (the world's start)
     * @param operationDuration the world's operation duration, the scale of the delivery delay
     * @param ticker            the time of the LookupEvents rate limits
     */
    SandboxTrail(Instant now, Duration operationDuration, Ticker ticker, long seed) {
        this(now, operationDuration, ticker, seed, true);
    }

    /** @param samples whether regions start with the sample events; without, only the calls made here are seen */
    SandboxTrail(Instant now, Duration operationDuration, Ticker ticker, long seed, boolean samples) {
        this.samples = samples;
        this.now = Objects.requireNonNull(now, "now");
        this.operationDuration = Objects.requireNonNull(operationDuration, "operationDuration");
        this.ticker = Objects.requireNonNull(ticker, "ticker");
        this.seed = seed;
        this.delays = new Random(seed);
    }

    /** The region's events, newest first (some perhaps not delivered yet: see {@link SandboxTrailEvent#visibleAt()}). */
    synchronized List<SandboxTrailEvent> events(String region) {
        return region(region);
    }

    /** The LookupEvents rate limit of the region. */
    synchronized SandboxRateLimit rateLimit(String region) {
        return rateLimits.computeIfAbsent(region, r -> new SandboxRateLimit(ticker));
    }

    /**
     * Records the Sandbox caller's UpdateMonitoring call in the region's trail: accepted (with the operation's ARN)
     * or refused (with the service's error), delivered after the delay.
     *
     * @param operationArn the started operation, or null when refused
     * @param refused      why it was refused, or null
     */
    synchronized void recordUpdateMonitoring(String region, UpdateMonitoringRequest request, String operationArn,
                                             GatewayException refused, Instant time) {
        region(region); // the samples first, so this event is numbered after them
        ObjectNode parameters = request.clusterArn() == null ? null
                : SandboxTrailData.updateMonitoringParameters(request);
        String errorCode = refused == null ? null : errorCode(refused);
        String errorMessage = refused == null ? null
                : refused.serviceMessage() != null ? refused.serviceMessage() : refused.getMessage();
        long number = ++recorded;
        ObjectNode record = SandboxTrailData.record(SandboxTrailIdentity.SANDBOX_CALLER, time, region,
                SandboxTrailData.MSK, MonitoringUpdateRules.OPERATION, parameters,
                operationArn == null ? null : SandboxTrailData.operationResponse(request.clusterArn(), operationArn),
                false, errorCode, errorMessage, id("request", region, number), id("event", region, number));
        add(region, SandboxTrailEvent.of(record, SandboxTrailData.text(record), ++sequence,
                time.plus(deliveryDelay())));
    }

    /** How long after a call its event can be looked up. */
    private Duration deliveryDelay() {
        long base = operationDuration.toMillis();
        Duration delay = Duration.ofMillis(base + (long) (base * delays.nextDouble()));
        return delay.compareTo(LONGEST_DELAY) > 0 ? LONGEST_DELAY : delay;
    }

    private static String errorCode(GatewayException refused) {
        return switch (refused.failure()) {
            case STALE_VERSION, BAD_REQUEST -> SandboxTrailData.BAD_REQUEST;
            case NOT_FOUND -> SandboxTrailData.NOT_FOUND;
            case ACCESS_DENIED -> SandboxTrailData.ACCESS_DENIED;
            case CONFLICT -> "ConflictException";
            default -> "InternalServerErrorException";
        };
    }

    private String id(String kind, String region, long number) {
        return UUID.nameUUIDFromBytes(("sandbox trail " + seed + " " + kind + " " + region + " " + number)
                .getBytes(StandardCharsets.UTF_8)).toString();
    }

    private void add(String region, SandboxTrailEvent event) {
        List<SandboxTrailEvent> updated = new ArrayList<>(region(region));
        int at = Collections.binarySearch(updated, event, SandboxTrailEvent::newestFirst);
        updated.add(at < 0 ? -at - 1 : at, event);
        events.put(region, Collections.unmodifiableList(updated));
    }

    private List<SandboxTrailEvent> region(String region) {
        return events.computeIfAbsent(region, this::samples);
    }

    /** The region's sample events, numbered oldest first, listed newest first. */
    private List<SandboxTrailEvent> samples(String region) {
        record Timed(Instant time, ObjectNode record) {
        }
        List<Timed> timed = new ArrayList<>();
        for (ObjectNode record : samples ? SandboxTrailData.generate(region, now, seed) : List.<ObjectNode>of()) {
            timed.add(new Timed(Instant.parse(record.path("eventTime").asText()), record));
        }
        timed.sort(Comparator.comparing(Timed::time));
        List<SandboxTrailEvent> indexed = new ArrayList<>(timed.size());
        for (Timed item : timed) {
            indexed.add(SandboxTrailEvent.of(item.record(), SandboxTrailData.text(item.record()), ++sequence,
                    Instant.MIN));
        }
        Collections.reverse(indexed);
        return Collections.unmodifiableList(indexed);
    }
}
