package io.mskconsole.core.destinations;

import static org.assertj.core.api.Assertions.assertThat;

import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.delivery.CloudWatchLogsDestination;
import io.mskconsole.core.delivery.DestinationField;
import io.mskconsole.core.delivery.LogDelivery;
import io.mskconsole.core.delivery.LogKind;
import io.mskconsole.core.delivery.LoggingInfo;
import io.mskconsole.core.delivery.S3Destination;
import io.mskconsole.testing.FakeDestinations;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The checks run for both kinds: each finding names the kinds it is about, a destination both use is checked once. */
class AuthorizerLogsChecksTest {
    static final String REGION = DestinationChecksTest.REGION;

    final ExecutorService pool = Executors.newCachedThreadPool();
    final FakeDestinations aws = new FakeDestinations(REGION);
    final DestinationChecks checks = new DestinationChecks(aws.services(), new CheckCache(), pool);

    {
        aws.logGroups.put("/msk/orders", new LogGroupInfo("/msk/orders", null, 30, 1024, null));
        aws.policies.add(new ResourcePolicyInfo(ResourcePolicyInfo.LOG_DELIVERY_POLICY, 800));
    }

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    CheckReport check(LoggingInfo logging) {
        return checks.run(new CheckRequest(new DeliveryContext(REGION, false, false), logging,
                DestinationChecksTest.CLUSTER), Cancellation.none());
    }

    static LogDelivery toGroup(String group) {
        return LogDelivery.NONE.withCloudWatchLogs(CloudWatchLogsDestination.to(group));
    }

    @Test
    void aMissingDestinationOfAuthorizerLogsIsTheirsAlone() {
        CheckReport report = check(new LoggingInfo(toGroup("/msk/orders"),
                LogDelivery.NONE.withS3(S3Destination.to("no-such-bucket", null))));

        assertThat(report.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.checkId()).isEqualTo("destination-missing");
            assertThat(finding.field()).isEqualTo(DestinationField.BUCKET);
            assertThat(finding.kinds()).containsExactly(LogKind.AUTHORIZER);
            assertThat(finding.kindsLabel()).isEqualTo("Authorizer logs");
            assertThat(finding.namesKinds()).isTrue();
        });
        assertThat(report.forField(LogKind.AUTHORIZER, DestinationField.BUCKET)).hasSize(1);
        assertThat(report.forField(LogKind.BROKER, DestinationField.BUCKET)).isEmpty();
    }

    @Test
    void aDestinationServingBothKindsIsLookedUpOnceAndItsFindingNamesBoth() {
        CheckReport report = check(new LoggingInfo(toGroup("/msk/missing"), toGroup("/msk/missing")));

        assertThat(report.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.checkId()).isEqualTo("destination-missing");
            assertThat(finding.kinds()).isEqualTo(Set.of(LogKind.BROKER, LogKind.AUTHORIZER));
            assertThat(finding.kindsLabel()).isEqualTo("Broker and authorizer logs");
        });
        assertThat(aws.calls.stream().filter("logGroup /msk/missing"::equals)).hasSize(1);
        assertThat(report.forField(LogKind.BROKER, DestinationField.LOG_GROUP))
                .isEqualTo(report.forField(LogKind.AUTHORIZER, DestinationField.LOG_GROUP));
    }

    @Test
    void authorizerLogsThatAreOffOrNotGivenAreNotChecked() {
        check(new LoggingInfo(toGroup("/msk/orders"), LogDelivery.NONE.withS3(new S3Destination(false, "off", null))));
        check(LoggingInfo.of(toGroup("/msk/orders")));

        assertThat(aws.calls).noneMatch(call -> call.contains("bucket"));
    }

    @Test
    void theBrokersLogLevelsConcernBrokerLogsOnly() {
        CheckReport report = checks.run(new CheckRequest(new DeliveryContext(REGION, false, true),
                new LoggingInfo(LogDelivery.NONE, toGroup("/msk/orders")), DestinationChecksTest.CLUSTER),
                Cancellation.none());

        assertThat(report.findings()).extracting(Finding::checkId).doesNotContain(StaticChecks.LOG_LEVEL_CLOUDWATCH);
    }
}
