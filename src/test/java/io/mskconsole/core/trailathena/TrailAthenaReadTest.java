package io.mskconsole.core.trailathena;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import io.mskconsole.core.trail.TrailEvent;
import io.mskconsole.core.trail.TrailSource;
import io.mskconsole.core.trailbucket.TrailInfo;
import io.mskconsole.testing.FakeAthena;
import io.mskconsole.testing.SteppedTicker;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The read's edges: a query Athena cancels itself is a failure with its reason (never "stopped by you"), a lost
 * look stops the query rather than leave it scanning, more rows than kept is said, and a query that cannot answer
 * (a source the question leaves out, an account or region the table does not hold) is refused before it is sent.
 */
class TrailAthenaReadTest {
    static final TrailInfo LOCAL = new TrailInfo("local", "arn:aws:cloudtrail:us-east-1:111122223333:trail/local",
            "us-east-1", "local-trail", null, false, false);
    static final AthenaTable TABLE = new AthenaTable("default", "t", LOCAL, null, List.of("111122223333"),
            List.of("us-east-1"), LocalDate.of(2026, 1, 1));
    static final AthenaPlace PLACE = new AthenaPlace("default", "primary", null);
    final FakeAthena athena = new FakeAthena();

    static AthenaQuery query(TrailSource.Preset preset, AthenaQuestion question) {
        return new AthenaQuery(TABLE, Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-03-02T00:00:00Z"),
                preset, List.of(), List.of(), question, AthenaQuery.Filters.topic(question.needsTopic() ? "x" : null));
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
    void aQueryAthenaCancelsItselfIsAFailureWithItsReasonNotAStop() {
        athena.states.add(AthenaExecution.State.CANCELLED);
        athena.failure = null;

        GatewayException cancelled = catchThrowableOfType(GatewayException.class, () -> new TrailAthenaRead(
                new AthenaRun(athena, new SteppedTicker(), () -> "t")).read(query(TrailSource.Preset.BOTH,
                AthenaQuestion.ALL), PLACE, QUIET, Cancellation.none()));

        assertThat(cancelled.failure()).isEqualTo(Failure.BAD_REQUEST);
        assertThat(cancelled.getMessage()).startsWith("Athena cancelled the query (run-1) after scanning 11.8 MB: ")
                .contains("A work group's limit of data scanned per query cancels a query so");
    }

    @Test
    void aLookThatFailsStopsTheQueryAndNamesIt() {
        FakeAthena failing = new FakeAthena() {
            @Override
            public synchronized AthenaExecution execution(String id) {
                throw new GatewayException(Failure.THROTTLED, "GetQueryExecution", "Athena throttled GetQueryExecution.");
            }
        };

        GatewayException lost = catchThrowableOfType(GatewayException.class, () -> new AthenaRun(failing,
                new SteppedTicker(), () -> "t").run(TABLE, PLACE, e -> { }, Cancellation.none()));

        assertThat(lost.getMessage()).isEqualTo("Athena throttled GetQueryExecution. Query run-1 was asked to stop.");
        assertThat(failing.stopped).containsExactly("run-1");
    }

    @Test
    void moreRowsThanKeptAreSaidAndTheNewestKept() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("eventid", "eventtime"));
        for (int i = 5; i >= 1; i--) {
            rows.add(List.of("e-" + i, "2026-03-01T0" + i + ":00:00Z"));
        }
        athena.pages.add(new AthenaResultPage(rows, null));

        TrailAthenaRead.Result result = new TrailAthenaRead(new AthenaRun(athena, new SteppedTicker(), () -> "t"), 3)
                .read(query(TrailSource.Preset.BOTH, AthenaQuestion.ALL), PLACE, QUIET, Cancellation.none());

        assertThat(result.truncated()).isTrue();
        assertThat(result.events()).extracting(TrailEvent::eventId).containsExactly("e-5", "e-4", "e-3");
        assertThat(result.describe()).endsWith(" · only the newest 3 rows: narrow the range or the question");
        assertThat(query(TrailSource.Preset.BOTH, AthenaQuestion.ALL).text()).endsWith("\nLIMIT 250001");
    }

    @Test
    void aQueryThatCouldNotAnswerIsRefusedBeforeItIsSent() {
        assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> query(TrailSource.Preset.KAFKA,
                AthenaQuestion.LOG_DELIVERY))).hasMessage("\"Who changed broker log delivery\" asks of "
                + "kafka.amazonaws.com, which the source chosen (kafka-cluster.amazonaws.com) leaves out: choose both "
                + "sources.");
        assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> query(TrailSource.Preset.MSK,
                AthenaQuestion.TOPIC))).hasMessageContaining("asks of kafka-cluster.amazonaws.com");
        AthenaTable org = new AthenaTable("audit", "o", new TrailInfo("org", null, "us-east-1", "b", null, true,
                true), "o-a1b2c3d4e5", List.of("111122223333"), List.of("us-east-1"), LocalDate.of(2026, 2, 1));
        assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> new AthenaQuery(org,
                Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-03-02T00:00:00Z"), null,
                List.of("999999999999"), List.of(), AthenaQuestion.ALL, null))).hasMessage("Table audit.o does not "
                + "hold account 999999999999: it holds 111122223333.");
        assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> new AthenaQuery(org,
                Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-03-02T00:00:00Z"), null, List.of(),
                List.of("xx-fake-1"), AthenaQuestion.ALL, null))).hasMessage("Table audit.o does not hold region "
                + "xx-fake-1: it holds us-east-1.");
        assertThat(new AthenaQuery(org, Instant.parse("2026-01-15T00:00:00Z"), Instant.parse("2026-03-02T00:00:00Z"),
                null, List.of(), List.of(), AthenaQuestion.ALL, null).notes()).containsExactly("Table audit.o "
                + "projects days from 2026-02-01 only: the events before it are not in its answers.");
    }
}
