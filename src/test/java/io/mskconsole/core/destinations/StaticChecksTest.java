package io.mskconsole.core.destinations;

import static org.assertj.core.api.Assertions.assertThat;

import io.mskconsole.core.levels.BrokerLoggers;
import io.mskconsole.core.levels.LoggerTable;
import io.mskconsole.core.delivery.LogDelivery;
import io.mskconsole.core.delivery.CloudWatchLogsDestination;
import io.mskconsole.core.delivery.DestinationField;
import io.mskconsole.core.delivery.FirehoseDestination;
import io.mskconsole.core.delivery.S3Destination;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StaticChecksTest {
    static final LogDelivery CLOUDWATCH = LogDelivery.NONE.withCloudWatchLogs(CloudWatchLogsDestination.to("/msk/a"));
    static final LogDelivery FIREHOSE = LogDelivery.NONE.withFirehose(FirehoseDestination.to("s1"));

    @Test
    void firehoseFromOsakaIsAWarningAtTheStreamField() {
        assertThat(StaticChecks.check(new DeliveryContext("ap-northeast-3", false, false), FIREHOSE))
                .singleElement().satisfies(f -> {
                    assertThat(f.checkId()).isEqualTo(StaticChecks.FIREHOSE_OSAKA);
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                    assertThat(f.field()).isEqualTo(DestinationField.DELIVERY_STREAM);
                    assertThat(f.why()).contains("does not support delivering broker logs to Kinesis Data Firehose");
                });
        assertThat(StaticChecks.check(new DeliveryContext("ap-northeast-1", false, false), FIREHOSE)).isEmpty();
        assertThat(StaticChecks.check(new DeliveryContext("ap-northeast-3", false, false), CLOUDWATCH)).isEmpty();
    }

    @Test
    void verboseBrokersWithCloudWatchLogsQuoteTheSamplingNote() {
        assertThat(StaticChecks.check(new DeliveryContext("us-east-1", false, true), CLOUDWATCH))
                .singleElement().satisfies(f -> {
                    assertThat(f.checkId()).isEqualTo(StaticChecks.LOG_LEVEL_CLOUDWATCH);
                    assertThat(f.field()).isEqualTo(DestinationField.LOG_GROUP);
                    assertThat(f.why()).contains("may continuously deliver a sample of logs");
                    assertThat(f.fix()).contains("Amazon S3", "Kinesis Data Firehose");
                });
        assertThat(StaticChecks.check(new DeliveryContext("us-east-1", false, false), CLOUDWATCH)).isEmpty();
        assertThat(StaticChecks.check(new DeliveryContext("us-east-1", false, true),
                LogDelivery.NONE.withS3(S3Destination.to("b1", null)))).isEmpty();
    }

    @Test
    void theBrokersRealLevelsCountWhenTheyWereRead() {
        LoggerTable verbose = LoggerTable.of(
                new BrokerLoggers(1, Map.of("root", "INFO", "kafka.request.logger", "DEBUG", "kafka", "TRACE")),
                new BrokerLoggers(2, Map.of("root", "INFO", "kafka.request.logger", "DEBUG", "kafka", "INFO")));
        LoggerTable quiet = LoggerTable.of(new BrokerLoggers(1, Map.of("root", "INFO", "kafka", "WARN")));
        DeliveryContext unsaid = new DeliveryContext("us-east-1", false, false);

        assertThat(StaticChecks.check(unsaid.withBrokerLevels(verbose), CLOUDWATCH)).singleElement()
                .satisfies(f -> {
                    assertThat(f.checkId()).isEqualTo(StaticChecks.LOG_LEVEL_CLOUDWATCH);
                    assertThat(f.why()).endsWith("performance.\" The brokers log kafka at TRACE on broker 1, "
                            + "kafka.request.logger at DEBUG on broker 1, kafka.request.logger at DEBUG on broker 2 "
                            + "now.");
                });
        assertThat(StaticChecks.check(unsaid.withBrokerLevels(quiet), CLOUDWATCH)).isEmpty();
        assertThat(unsaid.withBrokerLevels(quiet).brokerLevelsKnown()).isTrue();
        assertThat(unsaid.brokerLevelsKnown()).isFalse();
        // the person saying the brokers will log at DEBUG still counts when the levels read are quiet
        assertThat(StaticChecks.check(new DeliveryContext("us-east-1", false, true).withBrokerLevels(quiet),
                CLOUDWATCH)).singleElement().satisfies(f -> assertThat(f.why()).endsWith("performance.\""));
        LoggerTable many = LoggerTable.of(new BrokerLoggers(1, Map.of("a", "DEBUG", "b", "DEBUG", "c", "DEBUG",
                "d", "TRACE", "e", "TRACE")));
        assertThat(StaticChecks.check(unsaid.withBrokerLevels(many), CLOUDWATCH)).singleElement()
                .satisfies(f -> assertThat(f.why()).endsWith("c at DEBUG on broker 1 and 2 more now."));
    }

    @Test
    void expressBrokersGetANoteAndAWarningInChina() {
        assertThat(StaticChecks.check(new DeliveryContext("us-east-1", true, false), CLOUDWATCH))
                .extracting(Finding::checkId, Finding::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(StaticChecks.EXPRESS_BROKERS, Severity.INFO));
        assertThat(StaticChecks.check(new DeliveryContext("cn-north-1", true, false), CLOUDWATCH))
                .extracting(Finding::checkId)
                .containsExactly(StaticChecks.EXPRESS_BROKERS, StaticChecks.EXPRESS_CHINA);
        assertThat(StaticChecks.check(new DeliveryContext("cn-north-1", true, false), LogDelivery.NONE))
                .as("nothing to deliver, nothing to say").isEmpty();
    }

    @Test
    void partitionsFollowTheRegion() {
        assertThat(new DeliveryContext("cn-northwest-1", false, false).partition()).isEqualTo("aws-cn");
        assertThat(new DeliveryContext("us-gov-west-1", false, false).partition()).isEqualTo("aws-us-gov");
        assertThat(new DeliveryContext("eu-west-1", false, false).partition()).isEqualTo("aws");
    }

    @Test
    void severitiesSayWhatApplyDoes() {
        assertThat(Severity.ERROR.blocksApply()).isTrue();
        assertThat(Severity.WARNING.blocksApply()).isFalse();
        assertThat(Severity.WARNING.asksBeforeApply()).isTrue();
        assertThat(Severity.COULD_NOT_CHECK.asksBeforeApply()).as("could not check is never a silent pass").isTrue();
        assertThat(Severity.INFO.asksBeforeApply()).isFalse();
    }
}
