package io.mskconsole.core.delivery;

import io.mskconsole.core.commandline.CliAccount;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What a change of log delivery means for a cluster: authorizer logs kept unless given, never named only to say off. */
class LoggingInfoTest {
    static final LogDelivery BROKER = LogDelivery.NONE.withCloudWatchLogs(CloudWatchLogsDestination.to("/msk/prod"));
    static final LogDelivery AUTHORIZER = LogDelivery.NONE.withFirehose(FirehoseDestination.to("audit"));

    @Test
    void authorizerLogsNotGivenAreKeptAsTheClusterHasThem() {
        LoggingInfo current = new LoggingInfo(LogDelivery.NONE, AUTHORIZER);
        assertThat(LoggingInfo.of(BROKER).resolvedAgainst(current)).isEqualTo(new LoggingInfo(BROKER, AUTHORIZER));
    }

    @Test
    void authorizerLogsGivenReplaceTheClustersEvenWhenAllOff() {
        LoggingInfo current = new LoggingInfo(LogDelivery.NONE, AUTHORIZER);
        assertThat(new LoggingInfo(BROKER, LogDelivery.NONE).resolvedAgainst(current))
                .isEqualTo(new LoggingInfo(BROKER, LogDelivery.NONE));
    }

    @Test
    void allOffForAClusterWithoutAuthorizerLogsStaysNotGiven() {
        assertThat(new LoggingInfo(BROKER, LogDelivery.NONE).resolvedAgainst(LoggingInfo.NONE))
                .isEqualTo(LoggingInfo.of(BROKER));
        assertThat(new LoggingInfo(BROKER, AUTHORIZER).resolvedAgainst(LoggingInfo.NONE))
                .isEqualTo(new LoggingInfo(BROKER, AUTHORIZER));
    }

    @Test
    void notGivenAndAllOffDeliverTheSame() {
        assertThat(LoggingInfo.of(BROKER).sameDeliveryAs(new LoggingInfo(BROKER, LogDelivery.NONE))).isTrue();
        assertThat(LoggingInfo.of(BROKER).sameDeliveryAs(new LoggingInfo(BROKER, AUTHORIZER))).isFalse();
        assertThat(new LoggingInfo(BROKER, AUTHORIZER).delivery(LogKind.AUTHORIZER)).isEqualTo(AUTHORIZER);
        assertThat(LoggingInfo.of(BROKER).delivery(LogKind.AUTHORIZER)).isEqualTo(LogDelivery.NONE);
    }

    @Test
    void theEnabledKindsAndTheSummaryNameEachKind() {
        LoggingInfo both = new LoggingInfo(BROKER, AUTHORIZER);
        assertThat(both.enabledKinds()).containsExactly(LogKind.BROKER, LogKind.AUTHORIZER);
        assertThat(LoggingChanges.summary(both))
                .isEqualTo("Broker logs: CloudWatch Logs: /msk/prod; Authorizer logs: Kinesis Data Firehose: audit");
        assertThat(LoggingChanges.summary(LoggingInfo.of(BROKER))).isEqualTo("Broker logs: CloudWatch Logs: /msk/prod");
    }

    @Test
    void theRulesNameTheKindOfEachProblem() {
        List<FieldProblem> problems = LogDeliveryRules.check(new LoggingInfo(
                LogDelivery.NONE.withS3(S3Destination.to("Bad_Bucket", null)),
                LogDelivery.NONE.withFirehose(new FirehoseDestination(true, null))));
        assertThat(problems).extracting(FieldProblem::kind).containsExactly(LogKind.BROKER, LogKind.AUTHORIZER);
        assertThat(problems.get(1).describe())
                .isEqualTo("Authorizer logs, Kinesis Data Firehose delivery stream: Required: name a Firehose "
                        + "delivery stream, or turn this destination off.");
    }

    @Test
    void theRequestBodyCarriesAuthorizerLogsOnlyWhenGiven() {
        UpdateMonitoringRequest with = new UpdateMonitoringRequest("arn:aws:kafka:us-east-1:1:cluster/a/b", "V1", null,
                new LoggingInfo(BROKER, AUTHORIZER));
        assertThat(with.toApiBody().at("/loggingInfo/authorizerLogs/firehose/deliveryStream").asText())
                .isEqualTo("audit");
        UpdateMonitoringRequest without = new UpdateMonitoringRequest("arn:aws:kafka:us-east-1:1:cluster/a/b", "V1",
                null, LoggingInfo.of(BROKER));
        assertThat(without.toApiBody().at("/loggingInfo").has("authorizerLogs")).isFalse();
        assertThat(CliCommandLine.updateMonitoring(with, CliAccount.AS_FOUND, "us-east-1")).endsWith("--logging-info '{\"BrokerLogs\":"
                + "{\"CloudWatchLogs\":{\"Enabled\":true,\"LogGroup\":\"/msk/prod\"},\"Firehose\":{\"Enabled\":false},"
                + "\"S3\":{\"Enabled\":false}},\"AuthorizerLogs\":{\"CloudWatchLogs\":{\"Enabled\":false},"
                + "\"Firehose\":{\"Enabled\":true,\"DeliveryStream\":\"audit\"},\"S3\":{\"Enabled\":false}}}'");
    }
}
