package io.mskconsole.aws.signin;

import io.mskconsole.aws.account.AwsClientSettings;
import io.mskconsole.aws.errors.AwsCall;
import io.mskconsole.aws.errors.AwsService;
import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.core.SdkPlugin;
import software.amazon.awssdk.regions.PartitionMetadata;
import software.amazon.awssdk.regions.Region;

/**
 * The SDK clients of one sign-in service (sso-oidc or the access portal), one per region, built when first needed
 * and closed together. They send unsigned requests (the calls take no AWS credentials), with the settings' timeouts
 * and retries, to the settings' endpoint override when set, else where the SDK resolves the service's endpoint
 * (which honours {@code AWS_ENDPOINT_URL_SSO_OIDC} and {@code AWS_ENDPOINT_URL_SSO}).
 */
final class RegionalClients<C extends SdkClient> implements AutoCloseable {
    /** For a call that must reach the service once at most: an answer such as "pending" is not a failure. */
    static final SdkPlugin SINGLE_ATTEMPT =
            config -> config.overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()));

    private final AwsService service;
    private final AwsClientSettings settings;
    private final Function<Region, C> build;
    private final Map<String, C> clients = new ConcurrentHashMap<>();
    private volatile boolean closed;

    RegionalClients(AwsService service, AwsClientSettings settings, Function<Region, C> build) {
        this.service = service;
        this.settings = settings;
        this.build = build;
    }

    /** Sets up a builder of the service's client for {@code region} as the class comment says. */
    static <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> C build(
            B builder, Region region, AwsClientSettings settings) {
        builder.region(region)
                .credentialsProvider(AnonymousCredentialsProvider.create())
                .httpClientBuilder(settings.httpClient())
                .overrideConfiguration(settings::applyTo);
        if (settings.endpointOverride() != null) {
            builder.endpointOverride(settings.endpointOverride());
        }
        return builder.build();
    }

    /** Where a call of {@code operation} in {@code region} goes, to word its failure. */
    AwsCall call(String operation, String region) {
        return AwsCall.of(service, operation, region, null, host(region));
    }

    /**
     * The region's client.
     *
     * @throws GatewayException {@code CONFIGURATION} when closed, or when no client can be built for the region
     */
    C client(AwsCall call) {
        if (closed) {
            throw closed(call);
        }
        C client;
        try {
            client = clients.computeIfAbsent(call.region(), region -> build.apply(Region.of(region)));
        } catch (RuntimeException unusable) {
            throw new GatewayException(Failure.CONFIGURATION, call.operation(), call.describe() + " was not sent: the "
                    + service.displayName() + " client for region " + call.region() + " could not be set up ("
                    + firstLine(unusable) + "). Check the sso_region of the sign-in in the AWS config file.",
                    null, unusable);
        }
        if (closed) {
            close();
            throw closed(call);
        }
        return client;
    }

    @Override
    public void close() {
        closed = true;
        List<C> open = new ArrayList<>(clients.values());
        clients.clear();
        open.forEach(SdkClient::close);
    }

    private GatewayException closed(AwsCall call) {
        return new GatewayException(Failure.CONFIGURATION, call.operation(),
                call.describe() + " was not sent: the app's " + service.displayName() + " clients were closed.");
    }

    /** The override's host (and port), else the service's usual host name in the region, else null. */
    private String host(String region) {
        URI endpoint = settings.endpointOverride();
        if (endpoint != null) {
            return endpoint.getPort() < 0 ? endpoint.getHost() : endpoint.getHost() + ":" + endpoint.getPort();
        }
        try {
            Region sdkRegion = Region.of(region);
            String suffix = sdkRegion.metadata() != null ? sdkRegion.metadata().partition().dnsSuffix()
                    : PartitionMetadata.of(sdkRegion).dnsSuffix();
            return service.endpointPrefix() + "." + region + "." + suffix;
        } catch (RuntimeException unusableRegion) {
            return null;
        }
    }

    private static String firstLine(RuntimeException error) {
        String message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage().strip();
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
