package io.mskconsole.ui.trail;

import static org.assertj.core.api.Assertions.assertThat;

import io.mskconsole.core.trail.TrailEvent;
import io.mskconsole.core.trailathena.AthenaExecution;
import io.mskconsole.core.trailathena.AthenaQuery;
import io.mskconsole.core.trailathena.AthenaQuestion;
import io.mskconsole.core.trailathena.AthenaResultPage;
import io.mskconsole.core.trailathena.AthenaTable;
import io.mskconsole.core.trailbucket.TrailInfo;
import io.mskconsole.testing.FakeAthena;
import io.mskconsole.testing.FakeTrailBucket;
import io.mskconsole.testing.SteppedTicker;
import io.mskconsole.ui.common.ImmediateTaskExecutor;
import io.mskconsole.ui.common.Notice;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * "Query with Athena" as the window drives it: the DDL shown and nothing made until Create table, the query shown as
 * sent and following the question, a run filling the browser with its cost on the progress line, a failure said.
 */
class AthenaQuerySetupTest {
    static final Instant NOW = Instant.parse("2026-03-05T00:00:00Z");
    static final TrailInfo LOCAL = new TrailInfo("local", "arn:aws:cloudtrail:us-east-1:111122223333:trail/local",
            "us-east-1", "local-trail", null, false, false);
    final FakeAthena athena = new FakeAthena();
    final FakeTrailBucket bucket = new FakeTrailBucket();
    final TrailBrowserViewModel model = new TrailBrowserViewModel(region -> null, List.of("us-east-1"), "us-east-1",
            new ImmediateTaskExecutor(), Clock.fixed(NOW, ZoneOffset.UTC));
    final AthenaQuerySetup setup = new AthenaQuerySetup(model, new ImmediateTaskExecutor(), region -> athena,
            region -> bucket, Clock.fixed(NOW, ZoneOffset.UTC), new SteppedTicker());

    @BeforeEach
    void aTrailOfOneAccount() {
        bucket.objects.put("local-trail/AWSLogs/111122223333/CloudTrail/us-east-1/2026/01/02/f.json.gz", new byte[1]);
        model.rangeProperty().set(TimeRange.LAST_WEEK);
    }

    @Test
    void theDdlIsShownAndNothingMadeUntilCreateTableThenTheQueryFollowsTheQuestion() {
        setup.open(LOCAL, List.of());

        assertThat(setup.statusProperty().get()).startsWith("No table in default suits local: Create table runs");
        assertThat(setup.ddlProperty().get()).startsWith("CREATE EXTERNAL TABLE default.msk_cloudtrail_local (");
        assertThat(setup.queryTextProperty().get()).as("no table, no query").isEmpty();
        assertThat(athena.started).isEmpty();

        athena.tables.put("default", new ArrayList<>());
        setup.createTable();
        athena.tables.get("default").add(io.mskconsole.core.trailathena.AthenaTables.madeFrom(
                (AthenaTable) athena.started.get(0)));
        setup.check();

        assertThat(setup.statusProperty().get()).isEqualTo("Using table default.msk_cloudtrail_local.");
        assertThat(setup.ddlProperty().get()).isEmpty();
        assertThat(setup.queryTextProperty().get()).startsWith("SELECT eventversion").doesNotContain("errorcode LIKE");
        setup.questionProperty().set(AthenaQuestion.DENIED);
        assertThat(setup.queryTextProperty().get()).contains("errorcode LIKE '%AccessDenied%'");
        setup.questionProperty().set(AthenaQuestion.TOPIC);
        assertThat(setup.queryTextProperty().get()).isEmpty();
        assertThat(setup.statusProperty().get()).isEqualTo("\"Kafka actions on a topic\" needs the topic's name.");
        setup.topicProperty().set("orders");
        assertThat(setup.queryTextProperty().get()).contains("LIKE '%:topic/%/orders' ESCAPE");
    }

    @Test
    void aRunFillsTheBrowserWithItsCostOnTheProgressLine() {
        AthenaTable table = new AthenaTable("default", "t", LOCAL, null, List.of("111122223333"),
                List.of("us-east-1"), java.time.LocalDate.of(2026, 1, 1));
        athena.tables.put("default", List.of(io.mskconsole.core.trailathena.AthenaTables.madeFrom(table)));
        athena.states.addAll(List.of(AthenaExecution.State.RUNNING, AthenaExecution.State.SUCCEEDED));
        athena.pages.add(new AthenaResultPage(List.of(List.of("eventid", "eventtime", "eventname", "eventsource"),
                List.of("b", "2026-03-04T10:00:00Z", "UpdateMonitoring", "kafka.amazonaws.com"),
                List.of("a", "2026-03-03T10:00:00Z", "CreateClusterV2", "kafka.amazonaws.com")), null));
        setup.open(LOCAL, List.of());
        setup.outputLocationProperty().set("s3://mine/results/");

        setup.run();

        AthenaQuery sent = (AthenaQuery) athena.started.get(0);
        assertThat(athena.places.get(0).outputLocation()).isEqualTo("s3://mine/results/");
        assertThat(sent.text()).isEqualTo(setup.queryTextProperty().get());
        assertThat(model.events()).extracting(TrailEvent::eventId).containsExactly("b", "a");
        assertThat(model.progressTextProperty().get()).isEqualTo("Athena · SUCCEEDED · 11.8 MB scanned · about USD "
                + "0.00006 · 2 events");
        assertThat(setup.stateProperty().get()).startsWith("SUCCEEDED · 11.8 MB scanned");
        assertThat(model.runningProperty().get()).isFalse();
    }

    @Test
    void aQueryAthenaRefusesIsSaidInTheBrowser() {
        AthenaTable table = new AthenaTable("default", "t", LOCAL, null, List.of("111122223333"),
                List.of("us-east-1"), java.time.LocalDate.of(2026, 1, 1));
        athena.tables.put("default", List.of(io.mskconsole.core.trailathena.AthenaTables.madeFrom(table)));
        athena.states.add(AthenaExecution.State.FAILED);
        athena.failure = "HIVE_CURSOR_ERROR: Row is not a valid JSON Object";
        setup.open(LOCAL, List.of());

        setup.run();

        assertThat(model.noticeProperty().get().kind()).isEqualTo(Notice.Kind.ERROR);
        assertThat(model.noticeProperty().get().text()).isEqualTo("Could not query default.t: Athena could not run "
                + "the query (run-1): HIVE_CURSOR_ERROR: Row is not a valid JSON Object");
        assertThat(model.progressTextProperty().get()).isEqualTo("Athena · not run");
    }

    @Test
    void aLocationThatIsNotS3IsSaidBeforeAnythingIsAsked() {
        setup.open(LOCAL, List.of());
        int calls = athena.calls.size();

        setup.outputLocationProperty().set("my-bucket/results");
        setup.check();

        assertThat(setup.statusProperty().get()).isEqualTo("The query result location 'my-bucket/results' is not an "
                + "S3 location: give it as s3://bucket/prefix/.");
        assertThat(athena.calls).hasSize(calls);
    }

    @Test
    void anAnswerForADatabaseNoLongerChosenIsDropped() {
        AthenaTable inDefault = new AthenaTable("default", "t", LOCAL, null, List.of("111122223333"),
                List.of("us-east-1"), java.time.LocalDate.of(2026, 1, 1));
        athena.tables.put("default", List.of(io.mskconsole.core.trailathena.AthenaTables.madeFrom(inDefault)));
        athena.databases.add("audit");
        io.mskconsole.testing.QueuedTaskExecutor queued = new io.mskconsole.testing.QueuedTaskExecutor();
        AthenaQuerySetup racing = new AthenaQuerySetup(model, queued, region -> athena, region -> bucket,
                Clock.fixed(NOW, ZoneOffset.UTC), new SteppedTicker());
        racing.open(LOCAL, List.of());
        queued.run(0); // the work groups and databases: the check of "default" is queued

        racing.databaseProperty().set("audit"); // chosen while "default" is being looked at
        queued.run(0); // the check of "default" answers late

        assertThat(racing.planProperty().get()).as("default's table is not audit's").isNull();
        assertThat(racing.queryTextProperty().get()).isEmpty();
        assertThat(racing.busyProperty().get()).isFalse();
        racing.check();
        queued.runAll();
        assertThat(racing.statusProperty().get()).startsWith("No table in audit suits local");
    }
}
