package io.mskconsole.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.mskconsole.core.account.Account;
import io.mskconsole.core.account.Accounts;
import io.mskconsole.core.account.Session;
import io.mskconsole.core.clusters.BootstrapBrokers;
import io.mskconsole.core.clusters.BrokerAccess;
import io.mskconsole.core.clusters.ClientAuth;
import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.clusters.ClusterState;
import io.mskconsole.core.clusters.ClusterType;
import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.concurrent.Pause;
import io.mskconsole.core.fleet.AuthorizerLogsDelivered;
import io.mskconsole.core.fleet.AuthorizerLogsWithIam;
import io.mskconsole.core.fleet.BrokerLogsDelivered;
import io.mskconsole.core.fleet.DestinationsExist;
import io.mskconsole.core.fleet.Finding;
import io.mskconsole.core.fleet.FleetPolicy;
import io.mskconsole.core.fleet.FleetReport;
import io.mskconsole.core.fleet.FleetScan;
import io.mskconsole.core.fleet.LogGroupRetention;
import io.mskconsole.core.fleet.QuietBrokersToCloudWatch;
import io.mskconsole.core.fleet.S3BucketPattern;
import io.mskconsole.core.fleet.Severity;
import io.mskconsole.core.levels.BrokerConnections;
import io.mskconsole.core.levels.BrokerLoggerGateway;
import io.mskconsole.core.levels.LevelsSeen;
import io.mskconsole.core.levels.LoggerOperations;
import io.mskconsole.core.trail.LookupRequest;
import io.mskconsole.sandbox.signin.SandboxSignIn;
import io.mskconsole.testing.FakeAccounts;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The fleets of the accounts the Sandbox's sample sign-in grants, signed in on a test clock (the code approved as the
 * clock moves, no waiting) and scanned with every fleet rule: each rule broken somewhere in each account, some
 * clusters compliant, every ARN in its own account and region, and one world per account whatever the role.
 */
class SandboxFleetTest {
    static final String PAYMENTS = SandboxFleetData.PAYMENTS_ACCOUNT;
    static final String ANALYTICS = SandboxFleetData.ANALYTICS_ACCOUNT;
    /** Every rule there is, the S3 pattern the organisation's log buckets match. */
    static final FleetPolicy EVERY_RULE = new FleetPolicy(FleetPolicy.VERSION, List.of(
            new BrokerLogsDelivered(Severity.HIGH), new DestinationsExist(Severity.HIGH),
            new AuthorizerLogsWithIam(Severity.MEDIUM), new AuthorizerLogsDelivered(Severity.MEDIUM),
            new S3BucketPattern(Severity.MEDIUM, Pattern.compile(SandboxFleetData.LOG_BUCKET_PATTERN)),
            new LogGroupRetention(Severity.LOW), new QuietBrokersToCloudWatch(Severity.LOW)));

    final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T15:00:00Z"));
    final Pause pause = (duration, cancellation) -> {
        clock.advance(duration);
        return cancellation.isCancelled();
    };
    /** The app's worlds (each granted account's fleet), on the test clock; every call answers at once. */
    final Accounts.SandboxSignIn sampleSignIn = SandboxSignIn.create(clock, pause,
            SandboxSignIn.fleets(clock, Duration.ZERO), Duration.ZERO);
    final Accounts accounts = new Accounts(new FakeAccounts(), () -> {
        throw new AssertionError("the Sandbox account itself is not scanned here");
    }, sampleSignIn);
    final ExecutorService pool = Executors.newFixedThreadPool(4);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    /** Signs in to the sample SSO session and gives the granted accounts as the role. */
    private List<Account> signedInAs(String role) {
        assertThat(sampleSignIn.signIn().signIn(code -> { }, Cancellation.none()).signedIn()).isTrue();
        return sampleSignIn.signIn().grantedAccounts(false).stream()
                .filter(account -> account.role().roleName().equals(role)).toList();
    }

    /**
     * Reads the loggers of every cluster whose brokers take TLS (as the Levels window would for an account granted
     * through a sign-in, which has no IAM profile of its own), as a person does before a scan.
     */
    private LevelsSeen levelsRead(List<Account> granted) {
        LevelsSeen levels = new LevelsSeen();
        for (Account account : granted) {
            try (Session session = accounts.open(account)) {
                for (String region : session.regions()) {
                    for (Cluster cluster : session.clusters(region).listClusters(Cancellation.none())) {
                        BootstrapBrokers brokers = session.clusters(region).bootstrapBrokers(cluster.arn());
                        if (cluster.type() != ClusterType.PROVISIONED || brokers.tls() == null) {
                            continue;
                        }
                        try (BrokerLoggerGateway gateway = session.brokerLoggers(region).connect(
                                BrokerConnections.connection(account.brokerIam(), cluster, brokers, ClientAuth.TLS,
                                        BrokerAccess.AUTO, () -> null, null))) {
                            levels.record(cluster.arn(), LoggerOperations.read(gateway), clock.instant());
                        }
                    }
                }
            }
        }
        return levels;
    }

    private FleetReport scan(List<Account> granted, LevelsSeen levels) {
        return new FleetScan(accounts, pool, clock, levels).scan(granted, List.of(), EVERY_RULE,
                FleetScan.Progress.NONE, Cancellation.none());
    }

    /** Rule → the clusters of the account it finds something wrong with. */
    private static Map<String, Set<String>> broken(FleetReport report, String accountId) {
        Map<String, Set<String>> broken = new TreeMap<>();
        for (FleetReport.Row row : rows(report, accountId)) {
            for (Finding finding : row.findings()) {
                broken.computeIfAbsent(finding.rule(), r -> new TreeSet<>()).add(row.cluster().name());
            }
        }
        return broken;
    }

    private static List<FleetReport.Row> rows(FleetReport report, String accountId) {
        return report.rows().stream().filter(row -> row.account().role().accountId().equals(accountId)).toList();
    }

    private static Set<String> compliant(FleetReport report, String accountId) {
        return rows(report, accountId).stream().filter(row -> row.findings().isEmpty())
                .map(row -> row.cluster().name()).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void everyRuleIsBrokenSomewhereInEachAccountAndSomeClustersAreCompliant() {
        List<Account> granted = signedInAs("MskReadOnly");
        assertThat(granted).extracting(account -> account.role().accountId()).containsExactly(ANALYTICS, PAYMENTS);

        FleetReport report = scan(granted, levelsRead(granted));

        assertThat(report.failures()).isEmpty();
        Set<String> rules = EVERY_RULE.rules().stream().map(rule -> rule.id()).collect(Collectors.toSet());
        assertThat(broken(report, PAYMENTS)).as("Sandbox Payments").containsOnlyKeys(rules).isEqualTo(Map.of(
                "broker-logs-delivered", Set.of("settlement-batch", "fraud-signals"),
                "destination-exists", Set.of("sepa-gateway", "payments-de", "wallet-sg", "pix-gateway"),
                "authorizer-logs-with-iam", Set.of("settlement-batch", "fraud-signals", "payments-jp"),
                "authorizer-logs-delivered", Set.of("settlement-batch", "fraud-signals", "payments-jp",
                        "refunds-staging", "sepa-gateway"),
                "s3-bucket-pattern", Set.of("chargebacks-dr"),
                "log-group-retention", Set.of("payments-eu-prod"),
                "no-verbose-logs-to-cloudwatch", Set.of("card-auth-prod")));
        assertThat(broken(report, ANALYTICS)).as("Sandbox Analytics").containsOnlyKeys(rules).isEqualTo(Map.of(
                "broker-logs-delivered", Set.of("ml-features", "gdpr-audit"),
                "destination-exists", Set.of("reporting-de", "lakehouse-dev", "dashboards-sg", "bi-exports-br"),
                "authorizer-logs-with-iam", Set.of("analytics-dev", "ml-features", "lakehouse-dev",
                        "recommendations-jp"),
                "authorizer-logs-delivered", Set.of("analytics-dev", "ml-features", "lakehouse-dev",
                        "recommendations-jp", "etl-staging", "gdpr-audit"),
                "s3-bucket-pattern", Set.of("etl-staging"),
                "log-group-retention", Set.of("analytics-dev", "telemetry-in"),
                "no-verbose-logs-to-cloudwatch", Set.of("analytics-dev")));
        assertThat(compliant(report, PAYMENTS)).containsExactly("ledger-archive", "payments-au", "payments-ca",
                "payments-ca-events", "payments-events", "payments-ledger-prod", "payouts-prod");
        assertThat(compliant(report, ANALYTICS)).containsExactly("analytics-br", "analytics-eu-prod",
                "analytics-events", "clickstream-ingest", "lakehouse-sink", "ml-features-replica", "search-index-jp",
                "telemetry-events");
    }

    @Test
    void whatTheFindingsSayForTheTrapsThatNeedALookOrALevelsRead() {
        List<Account> granted = signedInAs("MskAdmin");

        FleetReport report = scan(granted, levelsRead(granted));

        Map<String, String> said = report.rows().stream().flatMap(row -> row.findings().stream()
                        .map(f -> Map.entry(row.cluster().name() + " " + f.rule(), f.why())))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(said.get("payments-de destination-exists")).contains("bucket msk-logs-222233334444-eu-west-1, "
                + "which is in eu-west-1, not eu-central-1");
        assertThat(said.get("sepa-gateway destination-exists")).contains("log group /aws/vendedlogs/msk/sepa-gateway,"
                + " which does not exist in eu-west-1");
        assertThat(said.get("wallet-sg destination-exists")).contains("delivery stream wallet-sg-logs");
        assertThat(said.get("pix-gateway destination-exists")).contains("bucket msk-logs-222233334444-sa-east-1, "
                + "which does not exist");
        assertThat(said.get("chargebacks-dr s3-bucket-pattern")).contains("tmp-kafka-logs");
        assertThat(said.get("payments-eu-prod log-group-retention")).contains("/msk/payments-eu-prod");
        assertThat(said.get("card-auth-prod no-verbose-logs-to-cloudwatch")).contains(
                SandboxFleetData.DEBUG_LOGGER + " at DEBUG on broker 4");
        assertThat(said.get("analytics-dev no-verbose-logs-to-cloudwatch")).contains("/msk/analytics-dev");
        assertThat(said.get("fraud-signals broker-logs-delivered")).as("every destination named, none enabled")
                .isNotNull();
    }

    @Test
    void withoutTheLevelsReadTheVerboseBrokersAreNotJudged() {
        FleetReport report = scan(signedInAs("MskAdmin"), new LevelsSeen());

        assertThat(report.rows()).flatExtracting(FleetReport.Row::findings).extracting(Finding::rule)
                .doesNotContain(QuietBrokersToCloudWatch.ID).contains(BrokerLogsDelivered.ID);
    }

    @Test
    void eachAccountHasAboutEighteenClustersInTenRegionsUnderItsOwnArns() {
        List<Account> granted = signedInAs("MskAdmin");

        FleetReport report = scan(granted, new LevelsSeen());

        assertThat(report.rows()).hasSize(36);
        for (String accountId : List.of(PAYMENTS, ANALYTICS)) {
            List<FleetReport.Row> rows = rows(report, accountId);
            assertThat(rows).hasSize(18);
            assertThat(rows).allSatisfy(row -> assertThat(row.cluster().arn())
                    .startsWith("arn:aws:kafka:" + row.region() + ":" + accountId + ":cluster/" + row.cluster().name()
                            + "/"));
            assertThat(rows.stream().map(FleetReport.Row::region).distinct()).hasSize(10);
            List<Cluster> clusters = rows.stream().map(FleetReport.Row::cluster).toList();
            assertThat(clusters).extracting(Cluster::state).contains(ClusterState.ACTIVE, ClusterState.UPDATING,
                    ClusterState.MAINTENANCE);
            assertThat(clusters).extracting(Cluster::type).contains(ClusterType.SERVERLESS);
            assertThat(clusters).anyMatch(Cluster::isExpress);
            assertThat(clusters.stream().map(Cluster::kafkaVersion).filter(v -> v != null).distinct().count())
                    .isGreaterThanOrEqualTo(5);
            assertThat(clusters.stream().map(Cluster::brokerInstanceType).filter(t -> t != null).distinct().count())
                    .isGreaterThanOrEqualTo(5);
            assertThat(clusters).filteredOn(c -> c.state() == ClusterState.UPDATING)
                    .allSatisfy(c -> assertThat(c.activeOperationArn()).startsWith("arn:aws:kafka:" + c.region()
                            + ":" + accountId + ":cluster-operation/" + c.name() + "/"));
        }
        assertThat(report.regions()).hasSize(12).contains("us-east-1", "us-east-2", "us-west-2", "eu-west-1",
                "eu-central-1", "eu-north-1", "ap-southeast-1", "ap-southeast-2", "ap-northeast-1", "sa-east-1");
    }

    @Test
    void theRegionsAreNamedAndTheDestinationsAndKeysCarryTheAccount() {
        Account payments = signedInAs("MskAdmin").stream()
                .filter(account -> account.role().accountId().equals(PAYMENTS)).findFirst().orElseThrow();

        try (Session session = accounts.open(payments)) {
            assertThat(session.regions()).isSorted().hasSize(10).allSatisfy(region ->
                    assertThat(session.regionName(region)).isNotBlank());
            assertThat(session.regionName("sa-east-1")).isEqualTo("South America (São Paulo)");
            var destinations = session.destinations("us-east-1").destinations();
            assertThat(destinations.logGroup("/aws/vendedlogs/msk/card-auth-prod").orElseThrow().arn())
                    .startsWith("arn:aws:logs:us-east-1:" + PAYMENTS + ":log-group:");
            assertThat(session.destinations("eu-central-1").destinations().deliveryStream("ledger-archive-logs")
                    .orElseThrow().arn()).startsWith("arn:aws:firehose:eu-central-1:" + PAYMENTS + ":");
            assertThat(session.destinations("us-west-2").keys().describeKey("alias/aws/s3").arn())
                    .startsWith("arn:aws:kms:us-west-2:" + PAYMENTS + ":key/");
            assertThat(session.destinations("us-west-2").permissions().caller().account()).isEqualTo(PAYMENTS);
            assertThat(session.network("sa-east-1").vpcs(Cancellation.none())).hasSize(2);
            assertThat(session.trail("us-east-1").lookupEvents(new LookupRequest(null, clock.instant()
                    .minus(Duration.ofDays(90)), clock.instant(), null)).records())
                    .as("no sample events of the Sandbox account's clusters").isEmpty();
        }
    }

    @Test
    void bothRolesOfAnAccountSeeOneWorldAndEachAccountItsOwn() {
        List<Account> admins = signedInAs("MskAdmin");
        List<Account> readers = signedInAs("MskReadOnly");

        try (SandboxSession paymentsAdmin = (SandboxSession) accounts.open(admins.get(1));
             SandboxSession paymentsReader = (SandboxSession) accounts.open(readers.get(1));
             SandboxSession analyticsReader = (SandboxSession) accounts.open(readers.get(0))) {
            assertThat(paymentsAdmin.account().role().accountId()).isEqualTo(PAYMENTS);
            assertThat(paymentsReader.account().role().accountId()).isEqualTo(PAYMENTS);
            assertThat(paymentsReader.world()).isSameAs(paymentsAdmin.world());
            assertThat(analyticsReader.world()).isNotSameAs(paymentsAdmin.world());
            assertThat(analyticsReader.world().accountId()).isEqualTo(ANALYTICS);
            assertThat(paymentsAdmin.callDelay()).isZero();

            paymentsAdmin.destinations("eu-west-1").destinations().createLogGroup("/aws/vendedlogs/msk/sepa-gateway",
                    30);
            assertThat(paymentsReader.inventory().hasLogGroup("eu-west-1", "/aws/vendedlogs/msk/sepa-gateway"))
                    .as("made as MskAdmin, seen as MskReadOnly").isTrue();
            assertThat(analyticsReader.inventory().hasLogGroup("eu-west-1", "/aws/vendedlogs/msk/sepa-gateway"))
                    .isFalse();
        }
    }

    @Test
    void theFleetIsTheSameEveryTimeAndTheSandboxAccountIsUnchanged() {
        for (String accountId : SandboxFleetData.accounts()) {
            SandboxSample once = SandboxFleetData.sample(accountId);
            SandboxSample again = SandboxFleetData.sample(accountId);
            assertThat(once.clusters).isEqualTo(again.clusters);
            assertThat(once.clusterNames()).hasSize(18).doesNotHaveDuplicates();
        }
        SandboxWorld sandbox = new SandboxWorld(clock, Duration.ZERO);
        assertThat(sandbox.accountId()).isEqualTo(SandboxData.ACCOUNT_ID);
        assertThat(sandbox.regions()).isEqualTo(SandboxData.REGIONS);
        assertThat(SandboxSample.standard().clusterNames()).hasSize(8);
    }
}
