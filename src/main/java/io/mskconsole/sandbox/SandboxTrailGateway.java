package io.mskconsole.sandbox;

import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import io.mskconsole.core.trail.LookupAttribute;
import io.mskconsole.core.trail.LookupPage;
import io.mskconsole.core.trail.LookupRequest;
import io.mskconsole.core.trail.TrailGateway;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * LookupEvents in one region of the Sandbox, over its {@link SandboxTrail}: the events delivered by now (by the
 * world's clock) whose time is within [StartTime, EndTime], newest first, that have the one lookup attribute (see
 * {@link SandboxTrailEvent} for what each attribute matches), {@value LookupRequest#MAX_RESULTS} a page. The page
 * token is opaque and good only for the same region, attribute and time range; another request's token is refused
 * with InvalidNextTokenException, a StartTime after the EndTime with InvalidTimeRangeException (both BAD_REQUEST).
 *
 * <p>Like CloudTrail, it takes at most 2 requests a second in the region ({@link SandboxRateLimit}: a burst of 2,
 * one more every half second) and answers THROTTLED, "Rate exceeded", beyond; each call first waits the session's
 * call delay, so the pacing of a fetch can be seen. A region without events gives empty pages.
 */
final class SandboxTrailGateway implements TrailGateway {
    static final String OPERATION = "LookupEvents";
    static final String RATE_EXCEEDED = "Rate exceeded";
    static final String INVALID_TOKEN =
            "Invalid token or token that was previously used in a request with different parameters.";
    static final String INVALID_TIME_RANGE = "Occurs if the timestamp values are not valid. Either the start time "
            + "occurs after the end time, or the time range is outside the range of possible values.";
    private static final String TOKEN_VERSION = "sbx-trail-1";

    private final SandboxTrail trail;
    private final String region;
    private final Clock clock;
    private final SandboxRateLimit rateLimit;
    private final SandboxLatency latency;

    SandboxTrailGateway(SandboxTrail trail, String region, Clock clock, SandboxRateLimit rateLimit,
                        SandboxLatency latency) {
        this.trail = Objects.requireNonNull(trail, "trail");
        this.region = Objects.requireNonNull(region, "region");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.rateLimit = Objects.requireNonNull(rateLimit, "rateLimit");
        this.latency = Objects.requireNonNull(latency, "latency");
    }

    @Override
    public String region() {
        return region;
    }

    @Override
    public LookupPage lookupEvents(LookupRequest request) {
        Objects.requireNonNull(request, "request");
        latency.pause(OPERATION);
        if (!rateLimit.tryAcquire()) {
            throw new GatewayException(Failure.THROTTLED, OPERATION, RATE_EXCEEDED, RATE_EXCEEDED, null);
        }
        if (request.start().isAfter(request.end())) {
            throw new GatewayException(Failure.BAD_REQUEST, OPERATION, "LookupEvents refused the time range: its "
                    + "start (" + request.start() + ") is after its end (" + request.end() + "). "
                    + "(InvalidTimeRangeException: " + INVALID_TIME_RANGE + ")", INVALID_TIME_RANGE, null);
        }
        String parameters = parameters(request);
        long[] after = request.nextToken() == null ? null : position(request.nextToken(), parameters);
        Instant now = clock.instant();
        LookupAttribute attribute = request.attribute();
        List<String> records = new ArrayList<>();
        SandboxTrailEvent last = null;
        boolean more = false;
        for (SandboxTrailEvent event : trail.events(region)) {
            if (after != null && !event.isAfter(after[0], after[1])) {
                continue;
            }
            Instant time = event.time();
            if (time.isAfter(request.end())) {
                continue;
            }
            if (time.isBefore(request.start())) {
                break;
            }
            if (event.visibleAt().isAfter(now) || !event.matches(attribute)) {
                continue;
            }
            if (records.size() == LookupRequest.MAX_RESULTS) {
                more = true;
                break;
            }
            records.add(event.record());
            last = event;
        }
        return new LookupPage(records, more ? token(parameters, last) : null);
    }

    /** What a token is bound to: the region, the attribute and the time range, as a digest. */
    private String parameters(LookupRequest request) {
        LookupAttribute attribute = request.attribute();
        String text = String.join("\n", region,
                attribute == null ? "" : attribute.key().apiName() + "=" + attribute.value(),
                request.start().toString(), request.end().toString());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }

    private static String token(String parameters, SandboxTrailEvent last) {
        String text = TOKEN_VERSION + ":" + parameters + ":" + last.timeMillis() + ":" + last.sequence();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The time and sequence of the last event given, from a token of a request with these parameters. */
    private static long[] position(String token, String parameters) {
        String[] parts;
        try {
            parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split(":");
        } catch (IllegalArgumentException notBase64) {
            throw invalidToken("it is not a token the Sandbox gave");
        }
        if (parts.length != 4 || !TOKEN_VERSION.equals(parts[0])) {
            throw invalidToken("it is not a token the Sandbox gave");
        }
        if (!parts[1].equals(parameters)) {
            throw invalidToken("it was given for other parameters (region, attribute or time range)");
        }
        try {
            return new long[] {Long.parseLong(parts[2]), Long.parseLong(parts[3])};
        } catch (NumberFormatException broken) {
            throw invalidToken("it is not a token the Sandbox gave");
        }
    }

    private static GatewayException invalidToken(String why) {
        return new GatewayException(Failure.BAD_REQUEST, OPERATION, "InvalidNextTokenException: LookupEvents refused "
                + "the page token: " + why + "; look up again from the first page. (" + INVALID_TOKEN + ")",
                INVALID_TOKEN, null);
    }
}
