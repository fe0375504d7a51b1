package io.mskconsole.ui.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import io.mskconsole.core.account.Account;
import io.mskconsole.core.account.Accounts;
import io.mskconsole.core.clusters.ClusterState;
import io.mskconsole.core.delivery.CloudWatchLogsDestination;
import io.mskconsole.core.delivery.LogDelivery;
import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import io.mskconsole.core.fleet.change.ApplyStatus;
import io.mskconsole.core.levels.BrokerLoggers;
import io.mskconsole.core.levels.LevelsSeen;
import io.mskconsole.core.levels.LoggerTable;
import io.mskconsole.sandbox.MutableClock;
import io.mskconsole.testing.FakeAccounts;
import io.mskconsole.testing.FakeMsk;
import io.mskconsole.testing.FakeSession;
import io.mskconsole.testing.RecordingDialogs;
import io.mskconsole.ui.common.ImmediateTaskExecutor;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fleet window's state: scan, regions in and failed, filters, the chart's bars; then a change planned and applied. */
class FleetViewModelTest {
    static final Account PROD = Account.profile("prod");
    static final Account DEV = Account.profile("dev");
    static final String ORDERS = "arn:aws:kafka:us-east-1:111111111111:cluster/orders/a-1";
    static final String AUDIT = "arn:aws:kafka:eu-west-1:111111111111:cluster/audit/b-1";
    static final String LOUD = "arn:aws:kafka:us-east-1:222222222222:cluster/chatty/c-1";

    final FakeAccounts profiles = new FakeAccounts();
    final FakeSession prod = profiles.session(PROD, "us-east-1");
    final FakeSession dev = profiles.session(DEV, "us-east-1");
    final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T15:00:00Z"));
    final LevelsSeen levels = new LevelsSeen();
    FleetViewModel model;

    @BeforeEach
    void fleet() {
        profiles.sessions.put("prod", prod);
        profiles.sessions.put("dev", dev);
        prod.pollInterval = java.time.Duration.ZERO;
        prod.regions.put("us-east-1", new FakeMsk());
        prod.regions.put("eu-west-1", new FakeMsk());
        dev.regions.put("us-east-1", new FakeMsk());
        dev.regions.put("eu-west-1", new FakeMsk());
        prod.fakeDestinations("us-east-1").everythingExists = true;
        dev.fakeDestinations("us-east-1").everythingExists = true;
        prod.region("us-east-1").put(FakeMsk.provisioned(ORDERS, "orders", ClusterState.ACTIVE, "K1",
                LogDelivery.NONE.withCloudWatchLogs(CloudWatchLogsDestination.to("/msk/orders"))));
        prod.region("eu-west-1").put(FakeMsk.provisioned(AUDIT, "audit", ClusterState.ACTIVE, "K1", LogDelivery.NONE));
        dev.region("us-east-1").put(FakeMsk.provisioned(LOUD, "chatty", ClusterState.ACTIVE, "K1",
                LogDelivery.NONE.withCloudWatchLogs(CloudWatchLogsDestination.to("/msk/chatty"))));
        dev.region("eu-west-1").failures.put("listClusters", new GatewayException(Failure.ACCESS_DENIED,
                "ListClustersV2", "ListClustersV2 in eu-west-1 (profile dev) failed: access denied."));
        levels.record(LOUD, LoggerTable.of(new BrokerLoggers(1, Map.of("kafka.request.logger", "DEBUG"))),
                clock.instant());
        model = new FleetViewModel(new Accounts(profiles, () -> null), new ImmediateTaskExecutor(), clock,
                () -> levels);
        model.offer(List.of(PROD, DEV), List.of(PROD));
    }

    @Test
    void theOpenAccountsAreTickedAndAScanShowsEveryClusterAndEachFailedRegionOnItsOwn() {
        assertThat(model.accountChoices()).extracting(c -> c.account().displayName() + " " + c.chosen().get())
                .containsExactly("prod true", "dev false");
        model.accountChoices().get(1).chosen().set(true);
        model.regionsProperty().set("us-east-1, eu-west-1");

        model.scan();

        assertThat(model.rows()).extracting(r -> r.cluster().name()).containsExactlyInAnyOrder("orders", "audit", "chatty");
        assertThat(model.progress()).filteredOn(RegionProgress::failed).extracting(RegionProgress::describe)
                .containsExactly("dev · eu-west-1: ListClustersV2 in eu-west-1 (profile dev) failed: access denied.");
        assertThat(model.statusProperty().get()).isEqualTo("3 clusters in 2 regions of 2 accounts; 2 with "
                + "findings; 1 region not read.");
        assertThat(model.rows()).filteredOn(r -> r.cluster().name().equals("chatty")).singleElement()
                .satisfies(r -> assertThat(r.findings()).extracting(f -> f.rule())
                        .containsExactly("no-verbose-logs-to-cloudwatch"));
    }

    @Test
    void filtersByTextByFindingAndByABarOfTheChart() {
        model.accountChoices().get(1).chosen().set(true);
        model.regionsProperty().set("us-east-1,eu-west-1");
        model.scan();

        model.findingFilterProperty().set("broker-logs-delivered");
        assertThat(model.shown()).extracting(r -> r.cluster().name()).containsExactly("audit");
        model.findingFilterProperty().set(FleetViewModel.NO_FINDING);
        assertThat(model.shown()).extracting(r -> r.cluster().name()).containsExactly("orders");
        model.findingFilterProperty().set(FleetViewModel.ALL);
        model.filterTextProperty().set("CHATTY");
        assertThat(model.shown()).extracting(r -> r.cluster().name()).containsExactly("chatty");
        model.filterTextProperty().set("");

        assertThat(model.summary()).isEqualTo(Map.of("prod", Map.of(Outcome.PASSES, 1, Outcome.HIGH, 1),
                "dev", Map.of(Outcome.LOW, 1)));
        model.pick("prod", Outcome.HIGH);
        assertThat(model.shown()).extracting(r -> r.cluster().name()).containsExactly("audit");
        model.pick("prod", Outcome.HIGH);
        assertThat(model.shown()).as("the same bar again shows all").hasSize(3);
        model.groupingProperty().set(Grouping.REGION);
        assertThat(model.summary().keySet()).containsExactly("eu-west-1", "us-east-1");
    }

    @Test
    void theRegionsScannedAreRememberedForTheNextWindow() {
        java.util.List<String> saved = new java.util.ArrayList<>();
        io.mskconsole.ui.common.UiPreferences preferences = new io.mskconsole.ui.common.UiPreferences() {
            @Override
            public io.mskconsole.ui.common.ThemeSetting theme() {
                return io.mskconsole.ui.common.ThemeSetting.SYSTEM;
            }

            @Override
            public java.util.Optional<io.mskconsole.ui.common.WindowBounds> mainWindow() {
                return java.util.Optional.empty();
            }

            @Override
            public void save(io.mskconsole.ui.common.ThemeSetting theme, io.mskconsole.ui.common.WindowBounds b) {
            }

            @Override
            public String fleetRegions() {
                return "eu-west-1";
            }

            @Override
            public void saveFleetRegions(String regions) {
                saved.add(regions);
            }
        };
        FleetViewModel remembering = new FleetViewModel(new Accounts(profiles, () -> null),
                new ImmediateTaskExecutor(), clock, () -> levels, preferences);
        assertThat(remembering.regionsProperty().get()).isEqualTo("eu-west-1");
        remembering.offer(List.of(PROD), List.of(PROD));
        remembering.regionsProperty().set("US-EAST-1 eu-west-1");
        remembering.scan();
        assertThat(saved).containsExactly("us-east-1, eu-west-1");
    }

    @Test
    void whetherLogsArriveIsReadOnRequestForTheClustersShown() {
        model.accountChoices().get(1).chosen().set(true);
        model.regionsProperty().set("us-east-1");
        model.scan();
        prod.fakeArrival("us-east-1").groups.put("/msk/orders", List.of(new io.mskconsole.core.arrival
                .LogStreamInfo("orders-a-1-broker-1", clock.instant(), null)));
        dev.fakeArrival("us-east-1").groups.put("/msk/chatty", List.of());
        dev.region("us-east-1").deliveryChangedAt = clock.instant().minus(java.time.Duration.ofDays(2));

        model.arrival().check(List.copyOf(model.shown()));

        assertThat(model.arrival().states()).containsOnlyKeys("profile:prod " + ORDERS, "profile:dev " + LOUD)
                .containsEntry("profile:prod " + ORDERS, io.mskconsole.core.arrival.ArrivalState.ARRIVING)
                .containsEntry("profile:dev " + LOUD, io.mskconsole.core.arrival.ArrivalState.NOT_ARRIVING);
        assertThat(model.arrival().statusProperty().get()).isEqualTo("Logs arriving for 1 of 2 clusters read.");
    }

    @Test
    void aCheckStoppedAndAskedAgainTellsOnlyTheLatestRequestsStates() {
        model.accountChoices().get(1).chosen().set(true);
        model.regionsProperty().set("us-east-1");
        model.scan();
        prod.fakeArrival("us-east-1").groups.put("/msk/orders", List.of(new io.mskconsole.core.arrival
                .LogStreamInfo("orders-a-1-broker-1", clock.instant(), null)));
        dev.fakeArrival("us-east-1").groups.put("/msk/chatty", List.of());
        io.mskconsole.testing.QueuedTaskExecutor queued = new io.mskconsole.testing.QueuedTaskExecutor();
        FleetArrival arrival = new FleetArrival(new Accounts(profiles, () -> null), queued, clock);
        List<io.mskconsole.core.fleet.FleetReport.Row> all = List.copyOf(model.shown());

        arrival.check(all);
        arrival.stop();
        arrival.check(all.stream().filter(r -> r.cluster().arn().equals(ORDERS)).toList());
        queued.run(0); // the stopped request's work runs late, after the new one began

        assertThat(arrival.states()).as("nothing of the stopped request").isEmpty();
        assertThat(arrival.readingProperty().get()).isTrue();
        queued.runAll();
        assertThat(arrival.states()).containsOnlyKeys("profile:prod " + ORDERS);
        assertThat(arrival.statusProperty().get()).isEqualTo("Logs arriving for 1 of 1 clusters read.");
    }

    @Test
    void aRegionThatIsNotARegionCodeIsRefusedBeforeAnythingIsRead() {
        model.regionsProperty().set("us-east-1, Ireland");
        model.scan();
        assertThat(model.noticeProperty().get().text()).contains("\"ireland\" is not a region code");
        assertThat(prod.region("us-east-1").count("listClusters")).isZero();
    }

    @Test
    void aChangeIsPlannedThenAppliedWithEachClustersStatus() {
        model.regionsProperty().set("us-east-1,eu-west-1");
        model.scan();
        model.findingFilterProperty().set(FleetViewModel.ANY_FINDING);
        RecordingDialogs dialogs = new RecordingDialogs();
        FleetChangeViewModel change = new FleetChangeViewModel(new Accounts(profiles, () -> null),
                new ImmediateTaskExecutor(), clock, (wait, c) -> {
                    clock.advance(wait);
                    return false;
                }, dialogs, List.copyOf(model.shown()));
        prod.fakeDestinations("eu-west-1").everythingExists = true;

        change.nameProperty().set("/aws/vendedlogs/msk/{region}/{cluster}");
        change.plan();

        assertThat(change.items()).extracting(i -> i.planned().name() + ": " + i.planned().action())
                .containsExactly("audit: CHANGE");
        assertThat(change.items().get(0).planned().describe()).isEqualTo("Broker logs CloudWatch Logs: delivery Off "
                + "→ On, log group — → /aws/vendedlogs/msk/eu-west-1/audit");

        change.apply();

        assertThat(change.items().get(0).statusProperty().get()).isEqualTo(ApplyStatus.COMPLETED);
        assertThat(prod.region("eu-west-1").updates).singleElement().satisfies(u -> assertThat(
                u.logging().brokerLogs().cloudWatchLogs().logGroup()).isEqualTo("/aws/vendedlogs/msk/eu-west-1/audit"));
        assertThat(change.noticeProperty().get().text()).isEqualTo("Done: 1 completed.");
        assertThat(change.appliedProperty().get()).isTrue();

        change.nameProperty().set("");
        assertThat(change.items().get(0).statusProperty().get()).as("an edit after Apply keeps the results on show")
                .isEqualTo(ApplyStatus.COMPLETED);
        change.plan();
        assertThat(change.noticeProperty().get().text()).isEqualTo("Name the log group to deliver broker logs to.");
        assertThat(dialogs.confirmations).hasSize(1);
    }
}
