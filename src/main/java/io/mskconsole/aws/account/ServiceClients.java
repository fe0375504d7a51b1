package io.mskconsole.aws.account;

import io.mskconsole.aws.kafka.authorizerlogs.AuthorizerLogsInterceptor;
import io.mskconsole.aws.kafka.raw.RawAnswers;
import io.mskconsole.aws.network.Ec2Endpoint;
import io.mskconsole.aws.network.Ec2QueryClient;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.athena.AthenaClient;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.firehose.FirehoseClient;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.kafka.KafkaClient;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sso.SsoClient;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * Builds the session's clients with the SDK's default builders, so endpoint settings from the environment
 * ({@code AWS_ENDPOINT_URL}, {@code AWS_ENDPOINT_URL_<SERVICE>}) and from the profile ({@code endpoint_url}, also in
 * a {@code services} section) are honoured: each client is told which profile file and profile to read them from.
 * With an endpoint override, S3 uses path-style addressing (a stub has no bucket host names).
 */
class ServiceClients {
    private final String profile;
    private final ProfileFile profileFile;
    private final AwsClientSettings settings;
    private final Map<String, String> environment;
    private final Shared shared;

    /**
     * What every client of a session shares.
     *
     * @param credentials the session's credentials provider
     * @param http        the session's one HTTP client and connection pool
     * @param health      tells the session's credential health how each call ended
     */
    record Shared(Supplier<? extends AwsCredentialsProvider> credentials, Supplier<SharedHttpClient> http,
                  Supplier<? extends ExecutionInterceptor> health) {
    }

    /** @param environment the environment variables (AWS_ENDPOINT_URL_EC2, ... for the EC2 client's endpoint) */
    ServiceClients(String profile, ProfileFile profileFile, AwsClientSettings settings,
                   Map<String, String> environment, Shared shared) {
        this.profile = profile;
        this.profileFile = profileFile;
        this.settings = settings;
        this.environment = Map.copyOf(environment);
        this.shared = shared;
    }

    /**
     * MSK's client, which keeps MSK's answers as sent ({@link RawAnswers}) and sends authorizer logs
     * ({@link AuthorizerLogsInterceptor}).
     */
    KafkaClient kafka(Region region) {
        return build(KafkaClient.builder(), region, o -> o.addExecutionInterceptor(RawAnswers.INSTANCE)
                .addExecutionInterceptor(AuthorizerLogsInterceptor.INSTANCE));
    }

    CloudWatchLogsClient logs(Region region) {
        return build(CloudWatchLogsClient.builder(), region);
    }

    /** CloudWatch's metrics client (GetMetricData), which speaks Smithy RPC v2 CBOR. */
    CloudWatchClient cloudWatch(Region region) {
        return build(CloudWatchClient.builder(), region);
    }

    S3Client s3(Region region) {
        var builder = S3Client.builder();
        if (settings.endpointOverride() != null) {
            builder.forcePathStyle(true);
        }
        return build(builder, region);
    }

    FirehoseClient firehose(Region region) {
        return build(FirehoseClient.builder(), region);
    }

    KmsClient kms(Region region) {
        return build(KmsClient.builder(), region);
    }

    /** @param region the partition's global region (IAM has one endpoint per partition) */
    IamClient iam(Region region) {
        return build(IamClient.builder(), region);
    }

    StsClient sts(Region region) {
        return build(StsClient.builder(), region);
    }

    /**
     * The access portal's client in an IAM Identity Center region, for GetRoleCredentials: unsigned (the access
     * token goes in a header), so it gets no credentials and no credential-health reports of its own.
     */
    SsoClient ssoPortal(Region region) {
        var builder = SsoClient.builder().region(region)
                .credentialsProvider(AnonymousCredentialsProvider.create())
                .httpClient(shared.http().get())
                .overrideConfiguration(config -> {
                    settings.applyTo(config);
                    config.defaultProfileFile(profileFile).defaultProfileName(profile);
                });
        if (settings.endpointOverride() != null) {
            builder.endpointOverride(settings.endpointOverride());
        }
        return builder.build();
    }

    CloudTrailClient cloudTrail(Region region) {
        return build(CloudTrailClient.builder(), region);
    }

    AthenaClient athena(Region region) {
        return build(AthenaClient.builder(), region);
    }

    /**
     * EC2's query client (not an SDK client: the SDK's EC2 module is 24 MB for three read-only calls), with what the
     * SDK's clients get: the session's credentials and shared HTTP client, the settings' retry strategy and timeouts,
     * and the endpoint the SDK would pick.
     */
    Ec2QueryClient ec2(Region region) {
        var endpoint = Ec2Endpoint.resolve(settings.endpointOverride(), environment, System::getProperty, profileFile,
                profile, region.id());
        AwsCredentialsProvider provider = shared.credentials().get();
        return new Ec2QueryClient(endpoint, region.id(), provider, shared.http().get(),
                settings.retryStrategy(), settings.apiCallAttemptTimeout(), settings.apiCallTimeout());
    }

    private <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> C build(B builder, Region region) {
        return build(builder, region, config -> { });
    }

    private <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> C build(
            B builder, Region region, Consumer<ClientOverrideConfiguration.Builder> extra) {
        builder.region(region)
                .credentialsProvider(shared.credentials().get())
                .httpClient(shared.http().get())
                .overrideConfiguration(config -> {
                    settings.applyTo(config);
                    config.addExecutionInterceptor(shared.health().get());
                    config.defaultProfileFile(profileFile).defaultProfileName(profile);
                    extra.accept(config);
                });
        if (settings.endpointOverride() != null) {
            builder.endpointOverride(settings.endpointOverride());
        }
        return builder.build();
    }
}
