package io.mskconsole.core.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LogDeliveryRulesTest {
    @Test
    void disabledDestinationsAreNotChecked() {
        LogDelivery logs = new LogDelivery(new CloudWatchLogsDestination(false, "bad name"),
                new S3Destination(false, "Bad_Bucket", "/x/"), new FirehoseDestination(false, "a b"));
        assertThat(LogDeliveryRules.check(logs)).isEmpty();
    }

    @Test
    void nothingEnabledPasses() {
        assertThat(LogDeliveryRules.check(LogDelivery.NONE)).isEmpty();
    }

    @Test
    void anEnabledDestinationNeedsItsName() {
        List<FieldProblem> problems = LogDeliveryRules.check(new LogDelivery(new CloudWatchLogsDestination(true, null),
                new S3Destination(true, null, null), new FirehoseDestination(true, "")));
        assertThat(problems).extracting(FieldProblem::field)
                .containsExactly(DestinationField.LOG_GROUP, DestinationField.BUCKET, DestinationField.DELIVERY_STREAM);
        assertThat(problems).allSatisfy(p -> assertThat(p.message()).startsWith("Required:"));
    }

    @Test
    void everyBadFieldIsReportedWithItsDestination() {
        LogDelivery logs = new LogDelivery(CloudWatchLogsDestination.to("/msk/ok"),
                S3Destination.to("Bad", "/lead"), FirehoseDestination.to("fine"));
        List<FieldProblem> problems = LogDeliveryRules.check(logs);
        assertThat(problems).as("the prefix's leading / is advice, not an error (MSK has no prefix rule)")
                .extracting(FieldProblem::field).containsExactly(DestinationField.BUCKET);
        assertThat(problems.get(0).describe()).startsWith("Amazon S3 bucket: Bucket names use only lowercase letters");
    }

    @Test
    void validSettingsPass() {
        LogDelivery logs = new LogDelivery(CloudWatchLogsDestination.to("/aws/vendedlogs/msk/prod"),
                S3Destination.to("orders-prod-broker-logs", "kafka/brokers"), FirehoseDestination.to("orders-prod-logs"));
        assertThat(LogDeliveryRules.check(logs)).isEmpty();
    }

    static String problem(DestinationField field, String value) {
        Optional<String> problem = LogDeliveryRules.check(field, value);
        assertThat(problem).as("a problem with %s %s", field, value).isPresent();
        return problem.get();
    }
}
