package io.mskconsole.aws.trail;

import io.mskconsole.aws.destinations.SdkCalls;
import io.mskconsole.aws.errors.AwsCall;
import io.mskconsole.aws.errors.AwsService;
import io.mskconsole.core.trail.LookupPage;
import io.mskconsole.core.trail.LookupRequest;
import io.mskconsole.core.trail.TrailGateway;
import java.util.Objects;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.SdkPlugin;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.Event;
import software.amazon.awssdk.services.cloudtrail.model.LookupAttribute;
import software.amazon.awssdk.services.cloudtrail.model.LookupEventsRequest;
import software.amazon.awssdk.services.cloudtrail.model.LookupEventsResponse;

/**
 * {@link TrailGateway} over the SDK's CloudTrail client of one region: one LookupEvents call per page, 50 events a
 * page, each event's whole record (CloudTrailEvent) and the next page's token.
 *
 * <p>Each call is sent exactly once, whatever the client's retry settings: the caller ({@code TrailFetch}) paces the
 * region's calls and backs off on a throttle itself, and an SDK retry would spend the region's 2 calls a second behind
 * its back. Failures come out as {@link io.mskconsole.core.errors.GatewayException}s worded by
 * {@link io.mskconsole.aws.errors.AwsFailures} for CloudTrail ({@code THROTTLED} for ThrottlingException), and
 * CloudTrail's refusals of the request ({@link LookupFailures}) as {@code BAD_REQUEST} saying what to change.
 * Thread-safe when the client is.
 */
public final class AwsTrailGateway implements TrailGateway {
    static final String OPERATION = "LookupEvents";

    /** Replaces the client's retry strategy, for one request, by one that never retries. */
    static final SdkPlugin SINGLE_ATTEMPT =
            config -> config.overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()));

    private final Supplier<CloudTrailClient> client;
    private final String region;
    private final String profile;

    /**
     * @param client  the CloudTrail client of {@code region}; called on each use, so it may build the client lazily,
     *                and may throw (e.g. once the session is closed)
     * @param region  the client's region, for messages
     * @param profile the profile the client signs with, for messages; null when credentials were given directly
     */
    public AwsTrailGateway(Supplier<CloudTrailClient> client, String region, String profile) {
        this.client = Objects.requireNonNull(client, "client");
        this.region = Objects.requireNonNull(region, "region");
        this.profile = profile;
    }

    @Override
    public String region() {
        return region;
    }

    @Override
    public LookupPage lookupEvents(LookupRequest request) {
        AwsCall where = AwsCall.of(AwsService.CLOUDTRAIL, OPERATION, region, profile, null);
        return SdkCalls.call(where, client, cloudTrail -> page(cloudTrail.lookupEvents(sdkRequest(request))),
                failure -> {
                    throw LookupFailures.refine(failure, request, where);
                });
    }

    static LookupEventsRequest sdkRequest(LookupRequest request) {
        LookupEventsRequest.Builder builder = LookupEventsRequest.builder()
                .startTime(request.start())
                .endTime(request.end())
                .maxResults(LookupRequest.MAX_RESULTS)
                .overrideConfiguration(o -> o.addPlugin(SINGLE_ATTEMPT));
        if (request.attribute() != null) {
            builder.lookupAttributes(LookupAttribute.builder()
                    .attributeKey(request.attribute().key().apiName())
                    .attributeValue(request.attribute().value())
                    .build());
        }
        if (request.nextToken() != null) {
            builder.nextToken(request.nextToken());
        }
        return builder.build();
    }

    /**
     * Each event's record, in CloudTrail's order (newest first); an event without one is passed on as an empty
     * record, which the fetch counts as broken (skipped).
     */
    static LookupPage page(LookupEventsResponse response) {
        return new LookupPage(response.events().stream().map(AwsTrailGateway::record).toList(), response.nextToken());
    }

    private static String record(Event event) {
        return event.cloudTrailEvent() == null ? "" : event.cloudTrailEvent();
    }
}
