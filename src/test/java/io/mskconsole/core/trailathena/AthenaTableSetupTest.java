package io.mskconsole.core.trailathena;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.errors.GatewayException;
import io.mskconsole.core.trailbucket.TrailInfo;
import io.mskconsole.testing.FakeAthena;
import io.mskconsole.testing.FakeTrailBucket;
import io.mskconsole.testing.SteppedTicker;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Where a trail's query runs: a table that suits is found (and tables that would scan everything passed over and
 * named), or the table to create is drawn up from what the bucket holds, with its database first when it is new;
 * nothing is created until asked, then each statement runs to its end in order.
 */
class AthenaTableSetupTest {
    static final TrailInfo ORG = new TrailInfo("org-audit", "arn:aws:cloudtrail:us-east-1:111122223333:trail/"
            + "org-audit", "us-east-1", "org-audit-trails", "trails", true, true);
    static final TrailInfo LOCAL = new TrailInfo("Local Trail", "arn:aws:cloudtrail:eu-west-1:111122223333:trail/"
            + "Local Trail", "eu-west-1", "local-trail", null, false, true);
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T12:00:00Z"), ZoneOffset.UTC);
    final FakeAthena athena = new FakeAthena();
    final FakeTrailBucket bucket = new FakeTrailBucket();

    @BeforeEach
    void filesOfTwoAccountsAndTwoRegions() {
        for (String account : List.of("111122223333", "444455556666")) {
            for (String region : List.of("us-east-1", "eu-west-1")) {
                bucket.objects.put("org-audit-trails/trails/AWSLogs/o-a1b2c3d4e5/" + account + "/CloudTrail/"
                        + region + "/2025/03/04/f.json.gz", new byte[1]);
            }
        }
        bucket.objects.put("local-trail/AWSLogs/111122223333/CloudTrail/eu-west-1/2024/11/30/f.json.gz",
                new byte[1]);
    }

    AthenaTableSetup setup() {
        return new AthenaTableSetup(athena, bucket);
    }

    static AthenaTableFacts facts(AthenaTable table) {
        return AthenaTables.madeFrom(table);
    }

    @Test
    void withoutASuitableTableTheTableToCreateIsDrawnUpFromTheBucketAndTheLegacyOneNamed() {
        Map<String, String> legacy = Map.of("inputformat", AthenaTables.INPUT_FORMAT, "location",
                "s3://org-audit-trails/trails/AWSLogs/o-a1b2c3d4e5/");
        athena.tables.put("default", List.of(new AthenaTableFacts("default", "cloudtrail_logs_org_audit_trails",
                AthenaTables.columns(), List.of(), legacy)));

        AthenaTableSetup.Plan plan = setup().plan(ORG, new AthenaPlace("default", "primary", null), null);

        assertThat(plan.ready()).isFalse();
        assertThat(plan.table()).isEqualTo(new AthenaTable("default", "msk_cloudtrail_org_audit", ORG,
                "o-a1b2c3d4e5", List.of("111122223333", "444455556666"), List.of("eu-west-1", "us-east-1"),
                AthenaTableSetup.SINCE));
        assertThat(plan.create()).containsExactly(plan.table());
        assertThat(plan.ddl()).isEqualTo(plan.table().ddl() + ";");
        assertThat(plan.notes()).containsExactly("Table default.cloudtrail_logs_org_audit_trails reads this trail's "
                + "files but is not projected by account, region and day: a query would scan every file, so it is "
                + "not used.");
        assertThat(athena.started).as("nothing is created before asked").isEmpty();
    }

    @Test
    void aTableThatSuitsIsUsedAndAccountsItDoesNotProjectAreNamed() {
        AthenaTable existing = new AthenaTable("audit", "trail_msk", ORG, "o-a1b2c3d4e5", List.of("111122223333"),
                List.of("us-east-1", "eu-west-1"), LocalDate.of(2024, 1, 1));
        athena.databases.add("audit");
        athena.tables.put("audit", List.of(facts(existing)));

        AthenaTableSetup.Plan plan = setup().plan(ORG, new AthenaPlace("audit", "primary", null), null);

        assertThat(plan.ready()).isTrue();
        assertThat(plan.table()).isEqualTo(existing);
        assertThat(plan.notes()).containsExactly("Table audit.trail_msk does not project the accounts 444455556666 "
                + "the bucket holds: their events are not in its answers (add them to the table's projection, or "
                + "drop it and let MSK Console create it again).");
    }

    @Test
    void aNewDatabaseIsMadeFirstThenTheTableEachRunToItsEnd() {
        AthenaTableSetup.Plan plan = setup().plan(LOCAL, new AthenaPlace("msk_audit", "primary",
                "s3://results/x/"), "local_trail");

        assertThat(plan.table().ddl()).contains("LOCATION 's3://local-trail/AWSLogs/111122223333/CloudTrail/'")
                .contains("'projection.timestamp.range'='2013/11/01,NOW'");
        assertThat(plan.create()).containsExactly(new AthenaDatabase("msk_audit"), plan.table());
        assertThat(plan.ddl()).startsWith("CREATE DATABASE IF NOT EXISTS msk_audit;\n\nCREATE EXTERNAL TABLE "
                + "msk_audit.local_trail (");

        boolean created = setup().create(plan, new AthenaRun(athena, new SteppedTicker(), () -> "t"), e -> { },
                Cancellation.none());

        assertThat(created).isTrue();
        assertThat(athena.started).containsExactly(new AthenaDatabase("msk_audit"), plan.table());
        assertThat(athena.places).extracting(AthenaPlace::database).containsExactly("default", "msk_audit");
    }

    @Test
    void aFailedStatementStopsTheCreationWithAthenasReason() {
        AthenaTableSetup.Plan plan = setup().plan(LOCAL, new AthenaPlace("default", "primary", null), null);
        athena.states.add(io.mskconsole.core.trailathena.AthenaExecution.State.FAILED);
        athena.failure = "FAILED: AlreadyExistsException: Table msk_cloudtrail_local_trail already exists";

        GatewayException failed = catchThrowableOfType(GatewayException.class, () -> setup().create(plan,
                new AthenaRun(athena, new SteppedTicker(), () -> "t"), e -> { }, Cancellation.none()));

        assertThat(failed.getMessage()).isEqualTo("Athena could not run CREATE EXTERNAL TABLE "
                + "default.msk_cloudtrail_local_trail ( … (run-1): FAILED: AlreadyExistsException: Table "
                + "msk_cloudtrail_local_trail already exists");
    }

    @Test
    void aWorkGroupWithNowhereForResultsOrDisabledIsRefusedSayingWhatToDo() {
        athena.workGroups.put("bare", new AthenaWorkGroup("bare", null, false, false, true));
        athena.workGroups.put("off", new AthenaWorkGroup("off", "s3://x/", false, false, false));

        assertThat(catchThrowableOfType(GatewayException.class, () -> setup().plan(ORG, new AthenaPlace("default",
                "bare", null), null))).hasMessage("Athena work group bare has no query result location: give one "
                + "(s3://bucket/prefix/), or choose a work group that has one.");
        assertThat(setup().plan(ORG, new AthenaPlace("default", "bare", "s3://mine/"), null).table()).isNotNull();
        assertThat(catchThrowableOfType(GatewayException.class, () -> setup().plan(ORG, new AthenaPlace("default",
                "off", null), null))).hasMessageStartingWith("Athena work group off is disabled");
    }

    @Test
    void aTrailThatDeliveredNothingIsSaidSo() {
        bucket.objects.clear();

        assertThat(catchThrowableOfType(GatewayException.class, () -> setup().plan(ORG, new AthenaPlace("default",
                "primary", null), null))).hasMessage("Trail org-audit has delivered nothing to s3://org-audit-trails"
                + " yet.");
    }

    @Test
    void theTableItWouldMakeIsTheTableItFinds() {
        AthenaTable made = new AthenaTable("audit", "t", ORG, "o-a1b2c3d4e5", List.of("111122223333"),
                List.of("us-east-1"), LocalDate.of(2025, 6, 1));
        AthenaTable local = new AthenaTable("audit", "l", LOCAL, null, List.of("111122223333"), List.of("eu-west-1"),
                LocalDate.of(2024, 1, 1));

        assertThat(AthenaTables.find(List.of(AthenaTables.madeFrom(made)), ORG, "o-a1b2c3d4e5", "111122223333")
                .table()).contains(made);
        assertThat(AthenaTables.find(List.of(AthenaTables.madeFrom(local)), LOCAL, null, "111122223333").table())
                .contains(local);
        assertThat(AthenaTables.find(List.of(AthenaTables.madeFrom(made)), LOCAL, null, "111122223333").table())
                .as("another trail's table").isEmpty();
    }

    @Test
    void aTableFromAnOlderDdlOrWithAFixedEndIsPassedOverSayingWhy() {
        AthenaTable made = new AthenaTable("audit", "old", ORG, "o-a1b2c3d4e5", List.of("111122223333",
                "444455556666"), List.of("us-east-1"), LocalDate.of(2024, 1, 1));
        AthenaTableFacts full = AthenaTables.madeFrom(made);
        Map<String, String> older = new java.util.LinkedHashMap<>(full.columns());
        older.remove("eventcategory");
        older.put("useridentity", "struct<type:string,arn:string>");
        Map<String, String> fixedEnd = new java.util.HashMap<>(full.parameters());
        fixedEnd.put("projection.timestamp.range", "2024/01/01,2025/12/31");
        athena.databases.add("audit");
        athena.tables.put("audit", List.of(new AthenaTableFacts("audit", "old", older, full.partitionKeys(),
                full.parameters()), new AthenaTableFacts("audit", "fixed", full.columns(), full.partitionKeys(),
                fixedEnd)));

        AthenaTableSetup.Plan plan = setup().plan(ORG, new AthenaPlace("audit", "primary", null), null);

        assertThat(plan.ready()).isFalse();
        assertThat(plan.notes()).containsExactly("Table audit.old reads this trail's files by day but lacks "
                + "eventcategory, useridentity.onbehalfof (made from an older CloudTrail table): it is not used.",
                "Table audit.fixed projects days up to a fixed date (2024/01/01,2025/12/31), not NOW: later days "
                + "would answer nothing, so it is not used.");
    }

    @Test
    void aNameTakenByAnotherTableIsNotReused() {
        athena.tables.put("default", List.of(new AthenaTableFacts("default", "msk_cloudtrail_org_audit",
                Map.of(), List.of(), Map.of("location", "s3://elsewhere/"))));

        AthenaTableSetup.Plan plan = setup().plan(ORG, new AthenaPlace("default", "primary", null), null);

        assertThat(plan.table().table()).isEqualTo("msk_cloudtrail_org_audit_2");
        assertThat(plan.notes()).containsExactly("The database already has a table msk_cloudtrail_org_audit that "
                + "does not suit this trail (another bucket or layout): the new one is msk_cloudtrail_org_audit_2.");
        assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> setup().plan(ORG, new AthenaPlace(
                "default", "primary", null), "MSK_cloudtrail_org_audit"))).hasMessage("The database already has a "
                + "table msk_cloudtrail_org_audit that does not suit this trail: name another.");
    }

    @Test
    void aWorkGroupThatEnforcesItsSettingsIgnoresALocationGiven() {
        athena.workGroups.put("locked", new AthenaWorkGroup("locked", null, true, false, true));

        assertThat(catchThrowableOfType(GatewayException.class, () -> setup().plan(ORG, new AthenaPlace("default",
                "locked", "s3://mine/"), null))).hasMessage("Athena work group locked has no query result location "
                + "and enforces its settings, so none given counts: set one on the work group, or choose another.");
    }
}
