package io.mskconsole.core.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mskconsole.core.clusters.MonitoringSettings;
import io.mskconsole.core.clusters.OpenMonitoring;
import org.junit.jupiter.api.Test;

class UpdateMonitoringRequestTest {
    static final String ARN = "arn:aws:kafka:us-east-1:111122223333:cluster/orders-prod/3f6b2c1e-8a4d-4f1b-9c2e-7d5a0b1e6f34-2";

    @Test
    void thePathCarriesTheArnEncodedAsOneSegment() {
        UpdateMonitoringRequest request = new UpdateMonitoringRequest(ARN, "K3AEGXETSR30VB", null, LoggingInfo.of(LogDelivery.NONE));
        assertThat(request.httpPath()).isEqualTo("/v1/clusters/arn%3Aaws%3Akafka%3Aus-east-1%3A111122223333%3Acluster"
                + "%2Forders-prod%2F3f6b2c1e-8a4d-4f1b-9c2e-7d5a0b1e6f34-2/monitoring");
    }

    @Test
    void theBodyCarriesVersionMonitoringAndEveryDestination() {
        UpdateMonitoringRequest request = new UpdateMonitoringRequest(ARN, "K3AEGXETSR30VB",
                new MonitoringSettings("PER_BROKER", new OpenMonitoring(true, false)), LoggingInfo.of(LoggingInfoFormatTest.FULL));
        assertThat(request.toApiBody().toString()).isEqualTo("{\"currentVersion\":\"K3AEGXETSR30VB\","
                + "\"enhancedMonitoring\":\"PER_BROKER\","
                + "\"openMonitoring\":{\"prometheus\":{\"jmxExporter\":{\"enabledInBroker\":true},"
                + "\"nodeExporter\":{\"enabledInBroker\":false}}},"
                + "\"loggingInfo\":{\"brokerLogs\":{\"cloudWatchLogs\":{\"enabled\":true,\"logGroup\":\"/msk/prod\"},"
                + "\"firehose\":{\"enabled\":true,\"deliveryStream\":\"stream-1\"},"
                + "\"s3\":{\"enabled\":true,\"bucket\":\"logs-bucket\",\"prefix\":\"kafka\"}}}}");
    }

    @Test
    void monitoringTheClusterDoesNotReportIsLeftOut() {
        ObjectNode body = new UpdateMonitoringRequest(ARN, "V1", MonitoringSettings.NONE, LoggingInfo.of(LogDelivery.NONE)).toApiBody();
        assertThat(body.has("enhancedMonitoring")).isFalse();
        assertThat(body.has("openMonitoring")).isFalse();
        assertThat(body.path("loggingInfo").path("brokerLogs").path("s3").path("enabled").isBoolean()).isTrue();
    }

    @Test
    void namesOfDisabledDestinationsAreNotSent() {
        UpdateMonitoringRequest request = new UpdateMonitoringRequest(ARN, "V1", null,
                LoggingInfo.of(LogDelivery.NONE.withS3(new S3Destination(false, "old-bucket", "old"))));
        assertThat(request.logging().brokerLogs().s3()).isEqualTo(S3Destination.OFF);
        assertThat(request.toApiBody().toString()).doesNotContain("old-bucket");
    }

    @Test
    void theHttpDescriptionStartsWithMethodAndPath() {
        UpdateMonitoringRequest request = new UpdateMonitoringRequest(ARN, "V1", null, LoggingInfo.of(LogDelivery.NONE));
        assertThat(request.describeHttp()).startsWith("PUT " + request.httpPath() + "\n{\n  \"currentVersion\": \"V1\",");
    }
}
