package io.mskconsole.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.errors.GatewayException;
import io.mskconsole.core.trail.TrailEvent;
import io.mskconsole.core.trail.TrailOrigin;
import io.mskconsole.core.trail.TrailSource;
import io.mskconsole.core.trailathena.AthenaExecution;
import io.mskconsole.core.trailathena.AthenaPlace;
import io.mskconsole.core.trailathena.AthenaQuery;
import io.mskconsole.core.trailathena.AthenaQuestion;
import io.mskconsole.core.trailathena.AthenaRun;
import io.mskconsole.core.trailathena.AthenaTableSetup;
import io.mskconsole.core.trailathena.TrailAthenaRead;
import io.mskconsole.core.trailbucket.TrailInfo;
import io.mskconsole.testing.SteppedTicker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Sandbox's Athena: its console-made table passed over, the projected table created when asked, and the saved
 * questions answered from the organization trail's files, as in the window and {@code trail --athena}.
 */
class SandboxAthenaTest {
    static final Instant START = Instant.parse("2026-12-07T15:00:00Z");
    final SandboxLatency noDelay = new SandboxLatency(Duration.ZERO);
    final SandboxTrailFiles files = new SandboxTrailFiles(START, noDelay);
    final SandboxAthena athena = new SandboxAthena(new SandboxAthenaCatalog(), START, noDelay, "us-east-1");
    final TrailInfo trail = files.trails().get(0);
    final AthenaRun run = new AthenaRun(athena, new SteppedTicker(), () -> "token");

    AthenaTableSetup.Plan created() {
        AthenaTableSetup setup = new AthenaTableSetup(athena, files);
        AthenaTableSetup.Plan plan = setup.plan(trail, new AthenaPlace("audit", "primary", null), null);
        assertThat(setup.create(plan, run, e -> { }, Cancellation.none())).isTrue();
        return setup.plan(trail, new AthenaPlace("audit", "primary", null), null);
    }

    TrailAthenaRead.Result ask(AthenaQuestion question, String topic, Duration back) {
        AthenaQuery query = new AthenaQuery(created().table(), START.minus(back), START, TrailSource.Preset.BOTH,
                List.of(), List.of(), question, AthenaQuery.Filters.topic(topic));
        return new TrailAthenaRead(run).read(query, new AthenaPlace("audit", "primary", null), QUIET,
                Cancellation.none());
    }

    static final TrailAthenaRead.Listener QUIET = new TrailAthenaRead.Listener() {
        @Override
        public void state(AthenaExecution execution) {
        }

        @Override
        public void events(List<TrailEvent> batch) {
        }
    };

    @Test
    void theConsoleTableIsPassedOverAndTheProjectedOneMadeInANewDatabase() {
        AthenaTableSetup setup = new AthenaTableSetup(athena, files);
        AthenaTableSetup.Plan first = setup.plan(trail, new AthenaPlace("default", "primary", null), null);

        assertThat(first.ready()).isFalse();
        assertThat(first.notes()).singleElement().asString().startsWith("Table default.cloudtrail_logs_sandbox_org_"
                + "trail_111122223333 reads this trail's files but is not projected");
        assertThat(first.table().accounts()).containsExactly("111122223333", "444455556666");
        assertThat(first.table().regions()).containsExactly("us-east-1", "eu-west-1");
        assertThat(first.table().since()).as("CloudTrail's launch: no history hidden").isEqualTo(
                java.time.LocalDate.of(2013, 11, 1));

        AthenaTableSetup.Plan second = created();

        assertThat(second.ready()).isTrue();
        assertThat(second.table().qualified()).isEqualTo("audit.msk_cloudtrail_org_audit");
    }

    @Test
    void theSavedQuestionsAreAnsweredFromTheTrailsFiles() {
        TrailAthenaRead.Result all = ask(AthenaQuestion.ALL, null, Duration.ofDays(7));
        TrailAthenaRead.Result denied = ask(AthenaQuestion.DENIED, null, Duration.ofDays(30));
        TrailAthenaRead.Result delivery = ask(AthenaQuestion.LOG_DELIVERY, null, Duration.ofDays(30));
        TrailAthenaRead.Result topic = ask(AthenaQuestion.TOPIC, "orders", Duration.ofDays(30));

        assertThat(all.events()).hasSizeGreaterThan(300).allSatisfy(e -> assertThat(e.origin())
                .isEqualTo(TrailOrigin.ATHENA));
        assertThat(all.duplicates()).as("the files repeat records; so does the table").isPositive();
        assertThat(all.execution().scannedBytes()).isPositive();
        assertThat(denied.events()).isNotEmpty().allSatisfy(e -> assertThat(e.errorCode()).isEqualTo("AccessDenied"));
        assertThat(delivery.events()).isNotEmpty().allSatisfy(e -> {
            assertThat(e.name()).isEqualTo("UpdateMonitoring");
            assertThat(e.record()).contains("\"loggingInfo\"");
        });
        assertThat(topic.events()).isNotEmpty().allSatisfy(e -> {
            assertThat(e.source()).isEqualTo("kafka-cluster.amazonaws.com");
            assertThat(e.resource().topic()).isEqualTo("orders");
        });
    }

    @Test
    void aWeekScansAboutAWeekOfAYearTable() {
        long week = ask(AthenaQuestion.ALL, null, Duration.ofDays(7)).execution().scannedBytes();
        long year = ask(AthenaQuestion.ALL, null, Duration.ofDays(364)).execution().scannedBytes();

        assertThat((double) week / year).as("8 days of partitions (the week and the day after) of 365")
                .isBetween(7.0 / 365, 9.0 / 365);
    }

    @Test
    void aQueryOfATableNotMadeFailsAsAthenasDoes() {
        AthenaTableSetup.Plan plan = new AthenaTableSetup(athena, files)
                .plan(trail, new AthenaPlace("default", "primary", null), null);
        AthenaQuery query = new AthenaQuery(plan.table(), START.minus(Duration.ofDays(1)), START,
                TrailSource.Preset.BOTH, List.of(), List.of(), AthenaQuestion.ALL, null);

        GatewayException failed = catchThrowableOfType(GatewayException.class, () -> new TrailAthenaRead(run)
                .read(query, new AthenaPlace("default", "primary", null), QUIET, Cancellation.none()));

        assertThat(failed).hasMessageContaining("TABLE_NOT_FOUND").hasMessageContaining(
                "default.msk_cloudtrail_org_audit");
    }
}
