package io.mskconsole.aws.account;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kafka.KafkaClient;
import software.amazon.awssdk.services.kafka.KafkaClientBuilder;

/**
 * Builds MSK clients with the SDK's default builder, so endpoint settings from the environment
 * ({@code AWS_ENDPOINT_URL}, {@code AWS_ENDPOINT_URL_KAFKA}) and from the profile ({@code endpoint_url}, also in a
 * {@code services} section) are honoured: the client is told which profile file and profile to read them from.
 */
final class KafkaClients {
    private KafkaClients() {
    }

    static KafkaClient build(String region, String profile, ProfileFile profileFile, AwsClientSettings settings,
                             AwsCredentialsProvider credentials) {
        KafkaClientBuilder builder = KafkaClient.builder()
                .region(Region.of(region))
                .credentialsProvider(credentials)
                .httpClientBuilder(settings.httpClient())
                .overrideConfiguration(config -> {
                    settings.applyTo(config);
                    config.defaultProfileFile(profileFile).defaultProfileName(profile);
                });
        if (settings.endpointOverride() != null) {
            builder.endpointOverride(settings.endpointOverride());
        }
        return builder.build();
    }
}
