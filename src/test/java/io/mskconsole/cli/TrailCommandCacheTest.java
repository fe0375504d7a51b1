package io.mskconsole.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.mskconsole.core.lookupcache.DiskLookupCache;
import io.mskconsole.core.trail.LookupAttribute;
import io.mskconsole.core.trail.LookupCache;
import io.mskconsole.core.trail.LookupKey;
import io.mskconsole.core.trail.LookupRequest;
import io.mskconsole.core.trail.TrailKeeping;
import io.mskconsole.core.trailstore.RecordStore;
import io.mskconsole.testing.FakeTrail;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code trail} with the app's keeping: LookupEvents' answers reused the next day, records' texts in a store. */
class TrailCommandCacheTest {
    static final String MSK = "kafka.amazonaws.com";
    static final String KAFKA = "kafka-cluster.amazonaws.com";
    static final Instant YESTERDAY = Instant.parse("2024-05-09T12:00:00Z");
    static final Instant TODAY = YESTERDAY.plus(Duration.ofDays(1));

    @TempDir
    Path dir;
    CliHarness cli;
    DiskLookupCache lookups;

    @BeforeEach
    void setUp() {
        cli = new CliHarness(dir);
        cli.ticker = new FakeTicker();
        lookups = new DiskLookupCache(dir.resolve("lookup-events"), DiskLookupCache.DEFAULT_LIMIT);
        cli.keeping = new TrailKeeping(() -> RecordStore.in(dir.resolve("records")), lookups);
        for (int hour = 1; hour <= 100; hour++) {
            east().add(FakeTrail.event("e-" + hour, YESTERDAY.minus(Duration.ofHours(hour)).toString()).json());
        }
    }

    private FakeTrail east() {
        return cli.prod.fakeTrail("us-east-1");
    }

    private static LookupRequest first(String source, Instant start, Instant end) {
        return new LookupRequest(new LookupAttribute(LookupKey.EVENT_SOURCE, source), start, end, null);
    }

    @Test
    void theNextDayOnlyWhatIsNewIsAskedAndTheSummarySaysWhatWasKept() throws Exception {
        cli.clock = Clock.fixed(YESTERDAY, ZoneOffset.UTC);
        assertThat(cli.run("trail", "--since", "7d", "--format", "json").exitCode()).isZero();
        east().add(FakeTrail.event("e-new", YESTERDAY.plus(Duration.ofHours(3)).toString()).json());
        east().requests.clear();
        cli.clock = Clock.fixed(TODAY, ZoneOffset.UTC);

        CliHarness.Result today = cli.run("trail", "--since", "7d", "--format", "json");

        assertThat(today.exitCode()).isZero();
        Instant since = YESTERDAY.minus(LookupCache.SETTLE);
        assertThat(east().requests).containsExactlyInAnyOrder(first(MSK, since, TODAY), first(KAFKA, since, TODAY));
        assertThat(today.out()).contains("\"e-new\"", "\"e-1\"", "\"e-100\"");
        assertThat(today.err()).contains("101 events, 2 pages").contains("100 kept from a fetch at 2024-05-09 "
                + "12:00 UTC");
        try (Stream<Path> left = Files.list(dir.resolve("records"))) {
            assertThat(left).as("the command's record store is deleted when it ends").isEmpty();
        }
    }

    @Test
    void noCacheAsksForTheWholeRangeAndKeepsNothing() {
        cli.clock = Clock.fixed(YESTERDAY, ZoneOffset.UTC);

        CliHarness.Result result = cli.run("trail", "--since", "7d", "--no-cache");

        assertThat(result.exitCode()).isZero();
        Instant weekAgo = YESTERDAY.minus(Duration.ofDays(7));
        assertThat(east().requests).filteredOn(r -> r.nextToken() == null).containsExactlyInAnyOrder(
                first(MSK, weekAgo, YESTERDAY), first(KAFKA, weekAgo, YESTERDAY));
        assertThat(result.err()).doesNotContain("kept from");
        assertThat(lookups.size()).isZero();
    }

    @Test
    void theSameProfileNowInAnotherAccountGetsNothingOfTheFirstAccountsEvents() {
        cli.clock = Clock.fixed(YESTERDAY, ZoneOffset.UTC);
        assertThat(cli.run("trail", "--since", "7d").exitCode()).isZero();
        east().requests.clear();
        cli.prod.fakeDestinations("us-east-1").caller = new io.mskconsole.core.destinations.Caller("444455556666",
                "arn:aws:sts::444455556666:assumed-role/Admin/me", "arn:aws:iam::444455556666:role/Admin");

        CliHarness.Result other = cli.run("trail", "--since", "7d");

        Instant weekAgo = YESTERDAY.minus(Duration.ofDays(7));
        assertThat(east().requests).filteredOn(r -> r.nextToken() == null).containsExactlyInAnyOrder(
                first(MSK, weekAgo, YESTERDAY), first(KAFKA, weekAgo, YESTERDAY));
        assertThat(other.err()).doesNotContain("kept from");
    }

    @Test
    void theSandboxKeepsNothingItsEventsAreMadeAnewEachRun() {
        CliHarness.Result sandbox = cli.run("--sandbox", "trail", "--since", "7d");

        assertThat(sandbox.exitCode()).isZero();
        assertThat(cli.run("--sandbox", "trail", "--since", "7d").err()).doesNotContain("kept from");
        assertThat(lookups.size()).isZero();
    }

    @Test
    void aCacheThatCannotBeWrittenIsAWarningTheEventsArePrintedAndTheExitIsZero() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("a-file"), "x");
        cli.keeping = new TrailKeeping(() -> RecordStore.in(dir.resolve("records")),
                new DiskLookupCache(notAFolder.resolve("lookup-events"), DiskLookupCache.DEFAULT_LIMIT));
        cli.clock = Clock.fixed(YESTERDAY, ZoneOffset.UTC);

        CliHarness.Result result = cli.run("trail", "--since", "7d", "--format", "json");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("\"e-1\"", "\"e-100\"");
        assertThat(result.err()).contains("msk-console: warning: us-east-1: the LookupEvents cache could not be "
                + "written (" + notAFolder.resolve("lookup-events")).contains("asked for again next time");
    }

    @Test
    void noCacheWithFilesIsRefusedAsItReadsOnlyTheFilesGiven() {
        CliHarness.Result result = cli.run("trail", "--files", dir.toString(), "--no-cache");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--no-cache goes with LookupEvents and --s3: --files reads only the files "
                + "given.");
    }
}
