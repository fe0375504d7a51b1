package io.mskconsole.aws.kafka;

import io.mskconsole.aws.errors.AwsCall;
import io.mskconsole.aws.errors.AwsFailures;
import io.mskconsole.aws.kafka.authorizerlogs.AuthorizerLogsWire;
import io.mskconsole.aws.kafka.authorizerlogs.RequestNotSent;
import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import io.mskconsole.aws.kafka.raw.RawAnswers;
import java.net.URI;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.SdkPlugin;
import software.amazon.awssdk.regions.PartitionMetadata;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kafka.KafkaClient;

/**
 * Calls on one region's MSK client, every failure worded by {@link AwsFailures}: a client that cannot be had is
 * {@code CONFIGURATION} (nothing was sent), anything thrown while calling is translated with the endpoint's host.
 */
final class KafkaCalls {
    /** Replaces the client's retry strategy, for one request, by one that never retries. */
    static final SdkPlugin SINGLE_ATTEMPT =
            config -> config.overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()));

    private final Supplier<KafkaClient> client;
    private final String region;
    private final String profile;

    KafkaCalls(Supplier<KafkaClient> client, String region, String profile) {
        this.client = Objects.requireNonNull(client, "client");
        this.region = Objects.requireNonNull(region, "region");
        this.profile = profile;
    }

    String region() {
        return region;
    }

    /** "Operation in REGION (profile P)", to add the resource to. */
    AwsCall call(String operation) {
        return AwsCall.of(operation, region, profile, null);
    }

    <T> T call(AwsCall where, Function<KafkaClient, T> action) {
        KafkaClient kafka;
        try {
            kafka = client.get();
            RawAnswers.requireOn(kafka);
            AuthorizerLogsWire.requireOn(kafka);
        } catch (RuntimeException unavailable) {
            throw AwsFailures.clientUnavailable(unavailable, where);
        }
        try {
            return action.apply(kafka);
        } catch (RuntimeException e) {
            RequestNotSent notSent = RequestNotSent.in(e);
            if (notSent != null) {
                throw new GatewayException(Failure.CONFIGURATION, where.operation(), where.describe()
                        + " was not sent: " + notSent.getMessage() + ".", null, e);
            }
            throw AwsFailures.translate(e, where.withHost(host(kafka)));
        }
    }

    /** The endpoint's host (and port) when overridden, else MSK's usual host name of the region, else null. */
    private String host(KafkaClient kafka) {
        try {
            URI endpoint = kafka.serviceClientConfiguration().endpointOverride().orElse(null);
            if (endpoint != null) {
                return endpoint.getPort() < 0 ? endpoint.getHost() : endpoint.getHost() + ":" + endpoint.getPort();
            }
        } catch (RuntimeException noConfiguration) {
            // fall back to the usual host name
        }
        try {
            Region sdkRegion = Region.of(region);
            String suffix = sdkRegion.metadata() != null ? sdkRegion.metadata().partition().dnsSuffix()
                    : PartitionMetadata.of(sdkRegion).dnsSuffix();
            return "kafka." + region + "." + suffix;
        } catch (RuntimeException unusableRegion) {
            return null;
        }
    }
}
