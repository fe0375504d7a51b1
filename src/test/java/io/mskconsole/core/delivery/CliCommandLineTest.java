package io.mskconsole.core.delivery;

import io.mskconsole.core.commandline.CliAccount;
import static org.assertj.core.api.Assertions.assertThat;

import io.mskconsole.core.clusters.MonitoringSettings;
import io.mskconsole.core.clusters.OpenMonitoring;
import org.junit.jupiter.api.Test;

class CliCommandLineTest {
    static final String ARN = "arn:aws:kafka:us-east-1:111122223333:cluster/orders-prod/abc-2";

    @Test
    void theFullCommandLineIsExact() {
        UpdateMonitoringRequest request = new UpdateMonitoringRequest(ARN, "K3AEGXETSR30VB",
                new MonitoringSettings("PER_BROKER", new OpenMonitoring(true, false)), LoggingInfo.of(LoggingInfoFormatTest.FULL));

        assertThat(CliCommandLine.updateMonitoring(request, CliAccount.named("prod-admin"), "us-east-1")).isEqualTo(
                "aws kafka update-monitoring --profile prod-admin --region us-east-1"
                        + " --cluster-arn arn:aws:kafka:us-east-1:111122223333:cluster/orders-prod/abc-2"
                        + " --current-version K3AEGXETSR30VB --enhanced-monitoring PER_BROKER"
                        + " --open-monitoring '{\"Prometheus\":{\"JmxExporter\":{\"EnabledInBroker\":true},"
                        + "\"NodeExporter\":{\"EnabledInBroker\":false}}}'"
                        + " --logging-info '{\"BrokerLogs\":{\"CloudWatchLogs\":{\"Enabled\":true,\"LogGroup\":\"/msk/prod\"},"
                        + "\"Firehose\":{\"Enabled\":true,\"DeliveryStream\":\"stream-1\"},"
                        + "\"S3\":{\"Enabled\":true,\"Bucket\":\"logs-bucket\",\"Prefix\":\"kafka\"}}}'");
    }

    @Test
    void profileAndRegionAreLeftOutWhenAbsent() {
        UpdateMonitoringRequest request = new UpdateMonitoringRequest(ARN, "V1", null, LoggingInfo.of(LogDelivery.NONE));
        assertThat(CliCommandLine.updateMonitoring(request, CliAccount.AS_FOUND, " ")).isEqualTo(
                "aws kafka update-monitoring --cluster-arn " + ARN + " --current-version V1 --logging-info "
                        + "'{\"BrokerLogs\":{\"CloudWatchLogs\":{\"Enabled\":false},\"Firehose\":{\"Enabled\":false},"
                        + "\"S3\":{\"Enabled\":false}}}'");
    }

    @Test
    void aProfileWithASpaceIsQuoted() {
        UpdateMonitoringRequest request = new UpdateMonitoringRequest(ARN, "V1", null, LoggingInfo.of(LogDelivery.NONE));
        assertThat(CliCommandLine.updateMonitoring(request, CliAccount.named("ops admin"), "eu-west-1"))
                .startsWith("aws kafka update-monitoring --profile 'ops admin' --region eu-west-1 --cluster-arn");
    }

    @Test
    void aSingleQuoteInsideAValueIsEscapedForTheShell() {
        UpdateMonitoringRequest request = new UpdateMonitoringRequest(ARN, "V1", null,
                LoggingInfo.of(LogDelivery.NONE.withS3(S3Destination.to("logs-bucket", "it's"))));
        assertThat(CliCommandLine.updateMonitoring(request, CliAccount.named("o'brien"), null))
                .contains("--profile 'o'\\''brien'")
                .endsWith("\"Prefix\":\"it'\\''s\"}}}'");
    }

    @Test
    void quotingLeavesSafeWordsAlone() {
        assertThat(CliCommandLine.quote("arn:aws:kafka:us-east-1:1:cluster/a/b-1")).isEqualTo("arn:aws:kafka:us-east-1:1:cluster/a/b-1");
        assertThat(CliCommandLine.quote("a b")).isEqualTo("'a b'");
        assertThat(CliCommandLine.quote("$HOME")).isEqualTo("'$HOME'");
    }
}
