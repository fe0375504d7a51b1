package io.mskconsole.sandbox;

import static io.mskconsole.sandbox.SandboxFixture.START;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mskconsole.core.arrival.LogStreamInfo;
import io.mskconsole.core.arrival.StoredObject;
import io.mskconsole.core.brokerlogs.InsightsQuery;
import io.mskconsole.core.brokerlogs.InsightsResults;
import io.mskconsole.core.brokerlogs.LogEvent;
import io.mskconsole.core.brokerlogs.LogEventPage;
import io.mskconsole.core.brokerlogs.LogSourceGateway;
import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** What the log viewer reads in the Sandbox, on a clock that only moves when told. */
class SandboxLogSourcesTest {
    private static final String ORDERS_GROUP = "/aws/vendedlogs/msk/orders-prod";
    private static final String ORDERS = "orders-prod-3f6b2c1e-8a4d-4f1b-9c2e-7d5a0b1e6f34-2";
    private static final String PAYMENTS_BUCKET = "msk-logs-111122223333-us-east-1";
    private static final String PAYMENTS_FOLDER = "payments-staging/AWSLogs/111122223333/KafkaBrokerLogs/us-east-1/"
            + "payments-staging-9a1d7e52-4c3b-4e8f-a6d2-1b0c9e8f7a65-3/";
    /** {@code [2025-05-01 09:45:03,143] INFO message (logger)}, then any lines of a stack trace. */
    private static final Pattern LAYOUT = Pattern.compile("\\[(\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2},\\d{3})] "
            + "(DEBUG|INFO|WARN|ERROR) \\S.* \\(([\\w.$]+)\\)((\\n[\\w.$]+(Exception|Error): .*)(\\n\\tat .+)+)?");
    private static final DateTimeFormatter LOG_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss,SSS").withZone(ZoneOffset.UTC);
    private static final Pattern NAMES_BROKER =
            Pattern.compile("(GroupCoordinator |KafkaApi-|brokerId=|broker=|replicaId=)(\\d+)");

    private final SandboxFixture fixture = new SandboxFixture();

    private LogSourceGateway logs(String region) {
        return fixture.session.logSources(region);
    }

    /** Every event of the range, page after page. */
    private static List<LogEvent> all(LogSourceGateway logs, String group, List<String> streams, Instant from,
                                      Instant to, String pattern, int limit) {
        List<LogEvent> events = new ArrayList<>();
        String token = null;
        do {
            LogEventPage page = logs.events(group, streams, from, to, pattern, token, limit);
            assertThat(page.events().size()).isLessThanOrEqualTo(limit);
            events.addAll(page.events());
            token = page.nextToken();
        } while (token != null);
        return events;
    }

    private List<LogEvent> lastQuarterHour() {
        return all(logs("us-east-1"), ORDERS_GROUP, List.of(), START.minus(Duration.ofMinutes(15)), START, null,
                10_000);
    }

    @Test
    void ordersProdsEventsOfTheLastQuarterHourHaveKafkasLayoutAndComeFromItsStreams() {
        List<LogEvent> events = lastQuarterHour();

        List<LogStreamInfo> streams = fixture.session.arrival("us-east-1").newestStreams(ORDERS_GROUP, 50)
                .orElseThrow();
        Map<String, Instant> newest = streams.stream()
                .collect(Collectors.toMap(LogStreamInfo::name, LogStreamInfo::lastEventTime));
        assertThat(events).allSatisfy(event -> {
            Matcher line = LAYOUT.matcher(event.message());
            assertThat(line.matches()).as(event.message()).isTrue();
            assertThat(line.group(1)).isEqualTo(LOG_TIME.format(event.timestamp()));
            assertThat(event.timestamp()).isBetween(START.minus(Duration.ofMinutes(15)), START)
                    .isBeforeOrEqualTo(newest.get(event.stream()));
            assertThat(event.message().endsWith("(kafka.authorizer.logger)"))
                    .isEqualTo(event.stream().startsWith(ORDERS + "-authorizer-"));
        });
        assertThat(events).extracting(LogEvent::stream).containsOnlyElementsOf(newest.keySet());
        assertThat(events).extracting(LogEvent::timestamp).isSorted();
        Map<String, Long> perStream = events.stream().collect(Collectors.groupingBy(LogEvent::stream,
                Collectors.counting()));
        assertThat(perStream).hasSize(6).allSatisfy((stream, count) -> assertThat(count)
                .as("about one line every 10 s, up to the stream's newest event").isBetween(80L, 90L));
        assertThat(events).filteredOn(e -> e.message().contains("] DEBUG "))
                .as("orders-prod's broker 2 logs kafka.request.logger at DEBUG in the sample")
                .isNotEmpty().allSatisfy(e -> {
                    assertThat(e.stream()).isEqualTo(ORDERS + "-broker-2");
                    assertThat(e.message()).contains("Completed request:").endsWith("(kafka.request.logger)");
                });
        assertThat(events).extracting(LogEvent::message).anyMatch(m -> m.contains("] WARN "))
                .anyMatch(m -> m.contains(" is Denied operation = "));
    }

    @Test
    void anErrorCarriesItsStackTraceOnTabbedLines() {
        List<LogEvent> errors = lastQuarterHour().stream().filter(e -> e.message().contains("] ERROR ")).toList();

        assertThat(errors).isNotEmpty().allSatisfy(error -> {
            String[] lines = error.message().split("\n");
            assertThat(lines.length).isGreaterThan(3);
            assertThat(lines[1]).matches("[\\w.]+(Exception|Error): .+");
            assertThat(Arrays.copyOfRange(lines, 2, lines.length)).allMatch(l -> l.startsWith("\tat "));
        });
    }

    @Test
    void pagingReturnsEveryEventOnceAndAPatternKeepsTheMatchingOnes() {
        List<LogEvent> whole = lastQuarterHour();

        List<LogEvent> paged = all(logs("us-east-1"), ORDERS_GROUP, List.of(), START.minus(Duration.ofMinutes(15)),
                START, null, 37);
        fixture.clock.advance(Duration.ofMinutes(3));
        List<LogEvent> later = all(logs("us-east-1"), ORDERS_GROUP, List.of(), START.minus(Duration.ofMinutes(15)),
                START, null, 37);
        List<LogEvent> quoted = all(logs("us-east-1"), ORDERS_GROUP, List.of(ORDERS + "-broker-1",
                ORDERS + "-broker-3"), START.minus(Duration.ofMinutes(15)), START, "\"] WARN \"", 5);

        assertThat(paged).hasSizeGreaterThan(400).containsExactlyElementsOf(whole);
        assertThat(later).as("the same range later: the same events, and those ingested since")
                .containsAll(whole).doesNotHaveDuplicates().filteredOn(e -> !whole.contains(e))
                .isNotEmpty().allSatisfy(e -> assertThat(e.timestamp()).isAfter(START.minusSeconds(60)));
        assertThat(quoted).isNotEmpty().containsExactlyElementsOf(whole.stream()
                .filter(e -> e.message().contains("] WARN ") && !e.stream().endsWith("-broker-2")).toList());
    }

    @Test
    void theEscapedLineAndTheLongLineComeOnceAQuarterHour() {
        List<LogEvent> events = lastQuarterHour();

        assertThat(events).filteredOn(e -> e.message().contains("\u001b[31m")).singleElement().satisfies(e -> {
            assertThat(e.timestamp()).isEqualTo(Instant.parse("2025-05-01T09:47:40.500Z"));
            assertThat(e.message()).contains("\u001b[0m");
        });
        assertThat(events).filteredOn(e -> e.message().length() > 20_000).singleElement()
                .satisfies(e -> assertThat(e.timestamp()).isEqualTo(Instant.parse("2025-05-01T09:52:30.250Z")));
    }

    @Test
    void aDestinationReceivesOnlyFromWhenItsFirstLogsArrive() {
        LogSourceGateway osaka = logs("ap-northeast-3");
        assertThat(osaka.events("/msk/osaka-ingest", List.of(), START.minus(Duration.ofHours(1)), START, null, null,
                100)).isEqualTo(new LogEventPage(List.of(), null));

        fixture.clock.advance(Duration.ofMinutes(10));
        List<LogEvent> events = all(osaka, "/msk/osaka-ingest", List.of(), START.minus(Duration.ofHours(1)),
                START.plus(Duration.ofHours(1)), null, 100);

        assertThat(events).isNotEmpty().allSatisfy(e -> assertThat(e.timestamp())
                .isBetween(START.plus(Duration.ofMinutes(3)), START.plus(Duration.ofMinutes(10))));
        assertThat(logs("us-east-1").events("/aws/vendedlogs/msk/spare", List.of(), START.minus(Duration.ofHours(1)),
                START, null, null, 100)).as("a group no cluster delivers to").isEqualTo(new LogEventPage(List.of(),
                null));
    }

    @Test
    void anObjectGunzipsToItsBrokersLinesOfItsFiveMinutes() throws IOException {
        fixture.clock.advance(Duration.ofMinutes(20));
        String hour = PAYMENTS_FOLDER + "2025-05-01-10/";
        StoredObject object = fixture.session.arrival("us-east-1").objects(PAYMENTS_BUCKET, hour + "Broker-2_10-05",
                10).orElseThrow().get(0);

        List<String> lines = gunzip(logs("eu-west-1").open(PAYMENTS_BUCKET, object.key()));

        List<String> logged = lines.stream().filter(l -> !l.startsWith("\t") && !l.matches("[\\w.]+: .*")).toList();
        assertThat(logged).hasSize(30).allSatisfy(line -> {
            Matcher layout = LAYOUT.matcher(line);
            assertThat(layout.matches()).as(line).isTrue();
            assertThat(layout.group(1)).startsWith("2025-05-01 10:0").isBetween("2025-05-01 10:05:00,000",
                    "2025-05-01 10:09:59,999");
            Matcher named = NAMES_BROKER.matcher(line);
            while (named.find()) {
                assertThat(named.group(2)).as("the broker a line names: " + line).isEqualTo("2");
            }
        });
        assertThat(logged).extracting(l -> l.substring(1, 24)).isSorted();
        assertThat(logged).filteredOn(l -> NAMES_BROKER.matcher(l).find()).hasSizeGreaterThan(5);
    }

    @Test
    void anObjectHoldsTheSameLinesAsTheBrokersStreamWhenAClusterDeliversToBoth() throws IOException {
        SandboxWorld fleet = SandboxFleetData.world(SandboxFleetData.PAYMENTS_ACCOUNT, fixture.clock,
                SandboxFixture.OPERATION);
        SandboxSession session = new SandboxSession(fleet, SandboxSession.POLL_INTERVAL, Duration.ZERO);
        Cluster ledger = session.clusters("us-east-1").listClusters(Cancellation.none()).stream()
                .filter(c -> c.name().equals("payments-ledger-prod")).findFirst().orElseThrow();
        String cluster = ledger.name() + "-" + ledger.arn().substring(ledger.arn().lastIndexOf('/') + 1);
        String folder = "kafka/AWSLogs/" + SandboxFleetData.PAYMENTS_ACCOUNT + "/KafkaBrokerLogs/us-east-1/" + cluster
                + "/2025-05-01-09/";
        StoredObject object = session.arrival("us-east-1").objects("msk-logs-222233334444-us-east-1",
                folder + "Broker-5_09-35", 10).orElseThrow().get(0);

        List<String> lines = gunzip(session.logSources("us-east-1").open("msk-logs-222233334444-us-east-1",
                object.key()));
        List<LogEvent> events = all(session.logSources("us-east-1"), "/aws/vendedlogs/msk/payments-ledger-prod",
                List.of(cluster + "-broker-5"), Instant.parse("2025-05-01T09:35:00Z"),
                Instant.parse("2025-05-01T09:40:00Z"), null, 10_000);

        assertThat(events).hasSize(30);
        assertThat(String.join("\n", lines)).isEqualTo(events.stream().map(LogEvent::message)
                .collect(Collectors.joining("\n")));
    }

    @Test
    void whatDoesNotExistIsNotFound() {
        LogSourceGateway east = logs("us-east-1");
        Instant from = START.minus(Duration.ofMinutes(15));

        assertThatThrownBy(() -> east.events("/aws/vendedlogs/msk/nowhere", List.of(), from, START, null, null, 10))
                .isInstanceOfSatisfying(GatewayException.class, e -> {
                    assertThat(e.failure()).isEqualTo(Failure.NOT_FOUND);
                    assertThat(e.operation()).isEqualTo("FilterLogEvents");
                    assertThat(e.serviceMessage()).isEqualTo("The specified log group does not exist.");
                    assertThat(e.getMessage()).contains("/aws/vendedlogs/msk/nowhere", "does not exist", "us-east-1");
                });
        assertThatThrownBy(() -> logs("eu-west-1").events(ORDERS_GROUP, List.of(), from, START, null, null, 10))
                .as("the group lives in us-east-1").isInstanceOfSatisfying(GatewayException.class,
                        e -> assertThat(e.failure()).isEqualTo(Failure.NOT_FOUND));
        assertThatThrownBy(() -> east.events(ORDERS_GROUP, List.of(ORDERS + "-broker-9"), from, START, null, null, 10))
                .isInstanceOfSatisfying(GatewayException.class, e -> {
                    assertThat(e.failure()).isEqualTo(Failure.NOT_FOUND);
                    assertThat(e.serviceMessage()).isEqualTo("The specified log stream does not exist.");
                });
        assertThatThrownBy(() -> east.open("no-such-bucket-here", PAYMENTS_FOLDER + "x.log.gz"))
                .isInstanceOfSatisfying(GatewayException.class, e -> {
                    assertThat(e.failure()).isEqualTo(Failure.NOT_FOUND);
                    assertThat(e.operation()).isEqualTo("GetObject");
                    assertThat(e.getMessage()).contains("no-such-bucket-here");
                });
        String notYetWritten = PAYMENTS_FOLDER + "2025-05-01-10/Broker-1_10-00_00000000.log.gz";
        assertThatThrownBy(() -> east.open(PAYMENTS_BUCKET, notYetWritten))
                .isInstanceOfSatisfying(GatewayException.class, e -> {
                    assertThat(e.failure()).isEqualTo(Failure.NOT_FOUND);
                    assertThat(e.serviceMessage()).isEqualTo("The specified key does not exist.");
                    assertThat(e.getMessage()).contains(PAYMENTS_BUCKET, notYetWritten);
                });
    }

    @Test
    void badRequestsAreRefused() {
        LogSourceGateway east = logs("us-east-1");
        Instant from = START.minus(Duration.ofMinutes(15));
        for (Runnable bad : List.<Runnable>of(() -> east.events(ORDERS_GROUP, List.of(), from, START, null, null, 0),
                () -> east.events(ORDERS_GROUP, List.of(), from, START, null, null, 10_001),
                () -> east.events(ORDERS_GROUP, List.of(), START, from, null, null, 10),
                () -> east.events(ORDERS_GROUP, List.of(), from, START, null, "not-a-token", 10),
                () -> east.events(" ", List.of(), from, START, null, null, 10))) {
            assertThatThrownBy(bad::run).isInstanceOfSatisfying(GatewayException.class,
                    e -> assertThat(e.failure()).isEqualTo(Failure.BAD_REQUEST));
        }
    }

    @Test
    void anInterruptedCallIsRefusedAsTheOtherSandboxCallsAre() {
        SandboxSession slow = new SandboxSession(fixture.world, Duration.ZERO, Duration.ofSeconds(30));
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> slow.logSources("us-east-1").open(PAYMENTS_BUCKET, "k"))
                    .isInstanceOfSatisfying(GatewayException.class,
                            e -> assertThat(e.failure()).isEqualTo(Failure.CONNECTION));
        } finally {
            Thread.interrupted();
        }
        assertThatThrownBy(() -> fixture.session.logSources(" ")).isInstanceOfSatisfying(GatewayException.class,
                e -> assertThat(e.failure()).isEqualTo(Failure.CONFIGURATION));
    }

    private static List<String> gunzip(InputStream object) throws IOException {
        try (InputStream in = new GZIPInputStream(object)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(text).endsWith("\n");
            return List.of(text.substring(0, text.length() - 1).split("\n"));
        }
    }

    @Test
    void aLogsInsightsQueryRunsOnceThenGivesTheNewestEventsOfItsStreamsAsFilterLogEventsHasThem() {
        LogSourceGateway logs = logs("us-east-1");
        List<LogEvent> events = lastQuarterHour();
        String stream = events.get(0).stream();
        InsightsQuery query = new InsightsQuery(ORDERS_GROUP, List.of(stream), START.minus(Duration.ofMinutes(15)),
                START, 50);

        String id = logs.startQuery(query);
        InsightsResults running = logs.queryResults(id);
        InsightsResults complete = logs.queryResults(id);

        assertThat(running.status()).isEqualTo(InsightsResults.Status.RUNNING);
        assertThat(running.events()).isEmpty();
        assertThat(complete.status()).isEqualTo(InsightsResults.Status.COMPLETE);
        List<LogEvent> ofStream = events.stream().filter(e -> e.stream().equals(stream)).toList();
        List<LogEvent> newestFirst = new ArrayList<>(ofStream);
        java.util.Collections.reverse(newestFirst);
        assertThat(complete.events()).as("the same events as FilterLogEvents, newest first, at most the limit")
                .containsExactlyElementsOf(newestFirst.subList(0, Math.min(50, newestFirst.size())));
        assertThat(complete.bytesScanned()).isPositive();
        assertThat(complete.recordsScanned()).isEqualTo(ofStream.size());
    }

    @Test
    void aStoppedQueryIsCancelledAndAnUnknownQueryOrGroupIsNotFound() {
        LogSourceGateway logs = logs("us-east-1");
        String id = logs.startQuery(new InsightsQuery(ORDERS_GROUP, List.of(), START.minus(Duration.ofHours(1)),
                START, 100));

        logs.stopQuery(id);

        assertThat(logs.queryResults(id).status()).isEqualTo(InsightsResults.Status.CANCELLED);
        assertThatThrownBy(() -> logs.queryResults("no-such-query")).isInstanceOfSatisfying(GatewayException.class,
                e -> assertThat(e.failure()).isEqualTo(Failure.NOT_FOUND));
        assertThatThrownBy(() -> logs.startQuery(new InsightsQuery("/no/such/group", List.of(), START.minus(
                Duration.ofHours(1)), START, 100))).isInstanceOfSatisfying(GatewayException.class,
                e -> assertThat(e.failure()).isEqualTo(Failure.NOT_FOUND));
    }
}
