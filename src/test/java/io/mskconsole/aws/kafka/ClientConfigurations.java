package io.mskconsole.aws.kafka;

import io.mskconsole.aws.kafka.authorizerlogs.AuthorizerLogsInterceptor;
import io.mskconsole.aws.kafka.raw.RawAnswers;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.services.kafka.KafkaServiceClientConfiguration;

/** For hand-made MSK clients in tests: the configuration of one built as the app builds them (both interceptors). */
public final class ClientConfigurations {
    private ClientConfigurations() {
    }

    public static KafkaServiceClientConfiguration asTheAppBuildsThem() {
        return KafkaServiceClientConfiguration.builder().overrideConfiguration(ClientOverrideConfiguration.builder()
                .addExecutionInterceptor(RawAnswers.INSTANCE)
                .addExecutionInterceptor(AuthorizerLogsInterceptor.INSTANCE).build()).build();
    }
}
