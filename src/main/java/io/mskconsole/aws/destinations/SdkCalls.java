package io.mskconsole.aws.destinations;

import io.mskconsole.aws.errors.AwsCall;
import io.mskconsole.aws.errors.AwsFailures;
import io.mskconsole.aws.errors.SessionClosedException;
import io.mskconsole.core.errors.GatewayException;
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
 * translated by {@link AwsFailures}, with the endpoint's host added for connection failures. Shared by the
 * destination adapters and the CloudTrail adapter.
 */
public final class SdkCalls {
    private SdkCalls() {
    }

    public static <C extends SdkClient, T> T call(AwsCall where, Supplier<C> client, Function<C, T> action) {
        return call(where, client, action, failure -> {
            throw failure;
        });
    }

    /**
     * As {@link #call(AwsCall, Supplier, Function)}, but when the call itself fails, {@code otherwise} is given its
     * {@link GatewayException} and may answer instead (or throw). A client that cannot be had (the session is
     * closed, the settings cannot make one) still fails: nothing was sent, and the next call would fail the same way.
     */
    public static <C extends SdkClient, T> T call(AwsCall where, Supplier<C> client, Function<C, T> action,
                                                  Function<GatewayException, T> otherwise) {
        C sdk;
        try {
            sdk = client.get();
        } catch (RuntimeException unavailable) {
            throw AwsFailures.clientUnavailable(unavailable, where);
        }
        GatewayException failure;
        try {
            return action.apply(sdk);
        } catch (RuntimeException e) {
            failure = AwsFailures.translate(e, where.withHost(host(sdk, where)));
        }
        if (causedBy(failure, SessionClosedException.class)) {
            throw failure;
        }
        return otherwise.apply(failure);
    }

    private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
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
