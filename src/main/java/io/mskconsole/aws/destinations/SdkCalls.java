package io.mskconsole.aws.destinations;

import io.mskconsole.aws.errors.AwsCall;
import io.mskconsole.aws.errors.AwsFailures;
import java.net.URI;
import java.util.function.Function;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.AwsServiceClientConfiguration;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.regions.PartitionMetadata;
import software.amazon.awssdk.regions.Region;

/**
 * Runs one call on a client and turns whatever fails into a {@link io.mskconsole.core.errors.GatewayException}: a
 * client that cannot be had becomes {@code CONFIGURATION} (nothing was sent), anything thrown by the call is
 * translated by {@link AwsFailures}, with the endpoint's host added for connection failures.
 */
final class SdkCalls {
    private SdkCalls() {
    }

    static <C extends SdkClient, T> T call(AwsCall where, Supplier<C> client, Function<C, T> action) {
        C sdk;
        try {
            sdk = client.get();
        } catch (RuntimeException unavailable) {
            throw AwsFailures.clientUnavailable(unavailable, where);
        }
        try {
            return action.apply(sdk);
        } catch (RuntimeException e) {
            throw AwsFailures.translate(e, where.withHost(host(sdk, where)));
        }
    }

    /**
     * The endpoint's host (and port) when overridden, else the service's usual host name in the client's region
     * ("iam.amazonaws.com" for a global region), else null.
     */
    static String host(SdkClient client, AwsCall where) {
        try {
            var configuration = client.serviceClientConfiguration();
            URI endpoint = configuration.endpointOverride().orElse(null);
            if (endpoint != null) {
                return endpoint.getPort() < 0 ? endpoint.getHost() : endpoint.getHost() + ":" + endpoint.getPort();
            }
            Region region = configuration instanceof AwsServiceClientConfiguration aws && aws.region() != null
                    ? aws.region() : Region.of(where.region());
            String suffix = region.metadata() != null ? region.metadata().partition().dnsSuffix()
                    : PartitionMetadata.of(region).dnsSuffix();
            String prefix = where.service().endpointPrefix();
            return region.isGlobalRegion() ? prefix + "." + suffix : prefix + "." + region.id() + "." + suffix;
        } catch (RuntimeException unknown) {
            return null;
        }
    }

    /** The region of an ARN ("arn:aws:kms:eu-west-1:111122223333:key/..."), or {@code otherwise}. */
    static String regionOfArn(String maybeArn, String otherwise) {
        if (maybeArn == null || !maybeArn.startsWith("arn:")) {
            return otherwise;
        }
        String[] parts = maybeArn.split(":", 6);
        return parts.length > 4 && !parts[3].isBlank() ? parts[3] : otherwise;
    }
}
