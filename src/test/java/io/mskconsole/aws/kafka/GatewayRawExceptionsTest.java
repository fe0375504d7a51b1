package io.mskconsole.aws.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mskconsole.aws.MskJson;
import io.mskconsole.core.clusters.MonitoringSettings;
import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import io.mskconsole.core.delivery.LogDelivery;
import io.mskconsole.core.delivery.LoggingInfo;
import io.mskconsole.core.delivery.UpdateMonitoringRequest;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.kafka.KafkaClient;
import software.amazon.awssdk.services.kafka.KafkaServiceClientConfiguration;

/** Whatever a gateway call throws that is not an SDK exception still comes out as a worded GatewayException. */
class GatewayRawExceptionsTest {
    static final String REGION = "eu-west-1";

    @Test
    void aClientThatCannotBeHadIsAConfigurationFailureAndNotSent() {
        KafkaClusterGateway gateway = new KafkaClusterGateway(() -> {
            throw new IllegalArgumentException("Unsupported retry mode: sometimes");
        }, REGION, "prod");

        assertThatThrownBy(() -> gateway.updateMonitoring(new UpdateMonitoringRequest(MskJson.ARN, "K3AEGXETSR30VB",
                MonitoringSettings.NONE, LoggingInfo.of(LogDelivery.NONE))))
                .isInstanceOfSatisfying(GatewayException.class, e -> {
                    assertThat(e.failure()).isEqualTo(Failure.CONFIGURATION);
                    assertThat(e.operation()).isEqualTo("UpdateMonitoring");
                    assertThat(e.getMessage()).isEqualTo("UpdateMonitoring of cluster " + MskJson.ARN + " in eu-west-1"
                            + " (profile prod) was not sent: the MSK client for region eu-west-1 could not be set up"
                            + " (Unsupported retry mode: sometimes). Check the region and the settings of profile prod"
                            + " in the AWS config file.");
                    assertThat(e.getCause()).isInstanceOf(IllegalArgumentException.class);
                });
    }

    @Test
    void aRawExceptionWhileUsingTheClientIsAGatewayFailure() {
        KafkaClient throwing = new KafkaClient() {
            @Override
            public String serviceName() {
                return "kafka";
            }

            @Override
            public KafkaServiceClientConfiguration serviceClientConfiguration() {
                return ClientConfigurations.asTheAppBuildsThem();
            }

            @Override
            public void close() {
            }
        };
        KafkaClusterGateway gateway = new KafkaClusterGateway(throwing, REGION, "prod");

        assertThatThrownBy(() -> gateway.describeCluster(MskJson.ARN))
                .isInstanceOfSatisfying(GatewayException.class, e -> {
                    assertThat(e.failure()).isEqualTo(Failure.UNKNOWN);
                    assertThat(e.operation()).isEqualTo("DescribeClusterV2");
                    assertThat(e.getMessage()).startsWith("DescribeClusterV2 of cluster " + MskJson.ARN
                            + " in eu-west-1 (profile prod) failed: ");
                    assertThat(e.getCause()).isInstanceOf(UnsupportedOperationException.class);
                });
        assertThatThrownBy(() -> gateway.listClusters(Cancellation.none())).isInstanceOf(GatewayException.class);
        assertThatThrownBy(() -> gateway.describeOperation(MskJson.OPERATION_ARN))
                .isInstanceOf(GatewayException.class);
    }
}
