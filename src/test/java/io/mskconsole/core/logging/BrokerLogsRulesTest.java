package io.mskconsole.core.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BrokerLogsRulesTest {
    @Test
    void disabledDestinationsAreNotChecked() {
        BrokerLogs logs = new BrokerLogs(new CloudWatchLogsDestination(false, "bad name"),
                new S3Destination(false, "Bad_Bucket", "/x/"), new FirehoseDestination(false, "a b"));
        assertThat(BrokerLogsRules.check(logs)).isEmpty();
    }

    @Test
    void nothingEnabledPasses() {
        assertThat(BrokerLogsRules.check(BrokerLogs.NONE)).isEmpty();
    }

    @Test
    void anEnabledDestinationNeedsItsName() {
        List<FieldProblem> problems = BrokerLogsRules.check(new BrokerLogs(new CloudWatchLogsDestination(true, null),
                new S3Destination(true, null, null), new FirehoseDestination(true, "")));
        assertThat(problems).extracting(FieldProblem::field)
                .containsExactly(DestinationField.LOG_GROUP, DestinationField.BUCKET, DestinationField.DELIVERY_STREAM);
        assertThat(problems).allSatisfy(p -> assertThat(p.message()).startsWith("Required:"));
    }

    @Test
    void everyBadFieldIsReportedWithItsDestination() {
        BrokerLogs logs = new BrokerLogs(CloudWatchLogsDestination.to("/msk/ok"),
                S3Destination.to("Bad", "/lead"), FirehoseDestination.to("fine"));
        List<FieldProblem> problems = BrokerLogsRules.check(logs);
        assertThat(problems).extracting(FieldProblem::field)
                .containsExactly(DestinationField.BUCKET, DestinationField.PREFIX);
        assertThat(problems.get(0).describe()).startsWith("Amazon S3 bucket: Bucket names use only lowercase letters");
    }

    @Test
    void validSettingsPass() {
        BrokerLogs logs = new BrokerLogs(CloudWatchLogsDestination.to("/aws/vendedlogs/msk/prod"),
                S3Destination.to("orders-prod-broker-logs", "kafka/brokers"), FirehoseDestination.to("orders-prod-logs"));
        assertThat(BrokerLogsRules.check(logs)).isEmpty();
    }

    static String problem(DestinationField field, String value) {
        Optional<String> problem = BrokerLogsRules.check(field, value);
        assertThat(problem).as("a problem with %s %s", field, value).isPresent();
        return problem.get();
    }
}
