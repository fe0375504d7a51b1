package io.mskconsole.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mskconsole.core.account.Account;
import io.mskconsole.core.clusters.BootstrapBrokers;
import io.mskconsole.core.clusters.BrokerAccess;
import io.mskconsole.core.clusters.ClientAuth;
import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import io.mskconsole.core.levels.BrokerConnection;
import io.mskconsole.core.levels.BrokerConnections;
import io.mskconsole.core.levels.BrokerLoggerGateway;
import io.mskconsole.core.levels.BrokerScope;
import io.mskconsole.core.levels.ChangeReport;
import io.mskconsole.core.levels.ClientAuthSettings;
import io.mskconsole.core.levels.CloudWatchCaution;
import io.mskconsole.core.levels.LevelChange;
import io.mskconsole.core.levels.LogLevel;
import io.mskconsole.core.levels.LoggerOperations;
import io.mskconsole.core.levels.LoggerTable;
import io.mskconsole.core.levels.Secret;
import io.mskconsole.core.levels.VerboseLogger;
import org.junit.jupiter.api.Test;

/** The Sandbox's simulated brokers: bootstrap strings, connecting, loggers, changes, and the traps they hold. */
class SandboxBrokerLoggersTest {
    final SandboxFixture sandbox = new SandboxFixture();

    BrokerConnection connection(String region, String name, ClientAuth asked, BrokerAccess access,
                                ClientAuthSettings.Scram scram) {
        Cluster cluster = sandbox.cluster(region, name);
        BootstrapBrokers brokers = sandbox.gateway(region).bootstrapBrokers(cluster.arn());
        ClientAuth auth = BrokerConnections.authentication(cluster, brokers, asked);
        return BrokerConnections.connection(Account.SANDBOX.brokerIam(), cluster, brokers, auth, access, () -> scram, null);
    }

    BrokerLoggerGateway connect(String region, String name) {
        return sandbox.session.brokerLoggers(region).connect(connection(region, name, null, BrokerAccess.AUTO, null));
    }

    @Test
    void anAccountGrantedThroughASignInIsRefusedIamWithHowToMakeAProfileButMayUseTls() {
        Cluster orders = sandbox.cluster("us-east-1", "orders-prod");
        BootstrapBrokers brokers = sandbox.gateway("us-east-1").bootstrapBrokers(orders.arn());
        Account granted = Account.profile("dev-sso").withRole(new io.mskconsole.core.account.AccountRole(
                "222233334444", "MskAdmin", "Payments"));

        assertThatThrownBy(() -> BrokerConnections.connection(granted.brokerIam(), orders, brokers, ClientAuth.IAM,
                BrokerAccess.AUTO, () -> null, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Payments · MskAdmin has none of its own")
                .hasMessageContaining("sso_account_id = 222233334444 and sso_role_name = MskAdmin");
        assertThat(BrokerConnections.authentication(orders, brokers, null, granted.brokerIam()))
                .as("nothing asked: the first authentication it can use").isEqualTo(ClientAuth.TLS);
        assertThat(BrokerConnections.authentication(orders, brokers, null, Account.profile("dev-sso").brokerIam()))
                .isEqualTo(ClientAuth.IAM);
        assertThat(BrokerConnections.connection(granted.brokerIam(), orders, brokers, ClientAuth.TLS,
                BrokerAccess.AUTO, () -> null, null).auth()).isInstanceOf(ClientAuthSettings.Tls.class);
        assertThat(BrokerConnections.connection(Account.profile("dev-sso").brokerIam(), orders, brokers,
                ClientAuth.IAM, BrokerAccess.AUTO, () -> null, null).auth())
                .isEqualTo(new ClientAuthSettings.Iam("dev-sso", "us-east-1"));
    }

    @Test
    void bootstrapStringsSayHowEachClusterLetsClientsIn() {
        BootstrapBrokers orders = sandbox.gateway("us-east-1")
                .bootstrapBrokers(sandbox.cluster("us-east-1", "orders-prod").arn());
        BootstrapBrokers payments = sandbox.gateway("us-east-1")
                .bootstrapBrokers(sandbox.cluster("us-east-1", "payments-staging").arn());

        assertThat(orders.authentications()).containsExactly(ClientAuth.IAM, ClientAuth.TLS);
        assertThat(orders.saslIam()).isEqualTo("b-1.ordersprod.3f6b2c.c2.kafka.us-east-1.amazonaws.com:9098,"
                + "b-2.ordersprod.3f6b2c.c2.kafka.us-east-1.amazonaws.com:9098,"
                + "b-3.ordersprod.3f6b2c.c2.kafka.us-east-1.amazonaws.com:9098");
        assertThat(orders.publicSaslIam()).isNull();
        assertThat(payments.authentications()).containsExactly(ClientAuth.SCRAM);
        assertThat(payments.publicSaslScram()).startsWith("b-1-public.paymentsstaging.").endsWith(":9196");
        assertThatThrownBy(() -> sandbox.gateway("eu-west-1")
                .bootstrapBrokers(sandbox.cluster("us-east-1", "orders-prod").arn()))
                .isInstanceOfSatisfying(GatewayException.class,
                        e -> assertThat(e.failure()).isEqualTo(Failure.NOT_FOUND));
    }

    @Test
    void ordersProdHasALoggerAtDebugOnBroker2AndLogsToCloudWatch() {
        try (BrokerLoggerGateway gateway = connect("us-east-1", "orders-prod")) {
            LoggerTable table = LoggerOperations.read(gateway);

            assertThat(table.brokerIds()).containsExactly(1, 2, 3);
            assertThat(table.loggers().get(0)).isEqualTo("root");
            assertThat(table.loggers()).contains("kafka", "kafka.controller", "kafka.log.LogCleaner",
                    "kafka.request.logger", "state.change.logger", "kafka.authorizer.logger", "org.apache.kafka");
            assertThat(table.aboveInfo()).containsExactly(
                    new VerboseLogger("kafka.request.logger", 2, LogLevel.DEBUG));
            assertThat(CloudWatchCaution.applies(LogLevel.DEBUG, sandbox.cluster("us-east-1", "orders-prod")
                    .brokerLogs())).isTrue();
        }
    }

    @Test
    void changesStayInTheWorldAndDefaultPutsBackTheSamplesLevel() {
        try (BrokerLoggerGateway gateway = connect("us-east-1", "orders-prod")) {
            ChangeReport raise = LoggerOperations.apply(gateway,
                    LevelChange.set("kafka.controller", BrokerScope.ALL, LogLevel.TRACE), LoggerOperations.read(gateway));
            assertThat(raise.brokers()).allSatisfy(b -> assertThat(b.after()).isEqualTo("TRACE"));
        }
        try (BrokerLoggerGateway again = connect("us-east-1", "orders-prod")) {
            assertThat(again.describe(3).levels()).containsEntry("kafka.controller", "TRACE");
            again.toDefault(3, "kafka.controller");
            again.toDefault(2, "kafka.request.logger");
            assertThat(again.describe(3).levels()).containsEntry("kafka.controller", "INFO");
            assertThat(again.describe(2).levels()).containsEntry("kafka.request.logger", "WARN");
        }
    }

    @Test
    void theBrokersRefuseAsKafkaDoes() {
        try (BrokerLoggerGateway gateway = connect("eu-west-1", "audit-eu")) {
            assertThat(gateway.brokerIds()).containsExactly(1, 2);
            assertThatThrownBy(() -> gateway.set(1, "kafka", LogLevel.ALL)).hasMessage("Broker 1 refused: Cannot set "
                    + "the log level of kafka to ALL as it is not a supported log level. Valid log levels are DEBUG, "
                    + "ERROR, FATAL, INFO, TRACE, WARN");
            assertThatThrownBy(() -> gateway.set(2, "kafka.nothing", LogLevel.DEBUG))
                    .hasMessage("Broker 2 refused: Logger kafka.nothing does not exist!");
            assertThatThrownBy(() -> gateway.toDefault(1, "root"))
                    .hasMessage("Broker 1 refused: Removing the log level of the root logger is not allowed");
            assertThatThrownBy(() -> gateway.describe(3)).isInstanceOfSatisfying(GatewayException.class,
                    e -> assertThat(e.failure()).isEqualTo(Failure.NOT_FOUND));
        }
    }

    @Test
    void sydneyMetricsBrokersAreUnreachable() {
        BrokerConnection connection = connection("ap-southeast-2", "sydney-metrics", null, BrokerAccess.AUTO, null);

        assertThatThrownBy(() -> sandbox.session.brokerLoggers("ap-southeast-2").connect(connection))
                .isInstanceOfSatisfying(GatewayException.class, e -> {
                    assertThat(e.failure()).isEqualTo(Failure.CONNECTION);
                    assertThat(e.getMessage()).startsWith("Could not reach the brokers of sydney-metrics (b-1.sydneymetrics.")
                            .contains("within 6 s using IAM access control", "usually sit in a private VPC",
                                    "VPN, a bastion host");
                });
    }

    @Test
    void scramTakesOnlyTheSandboxUser() {
        ClientAuthSettings.Scram wrong = new ClientAuthSettings.Scram("msk-admin", Secret.of("guess"));
        ClientAuthSettings.Scram right = new ClientAuthSettings.Scram(SandboxBrokerData.SCRAM_USER,
                Secret.of(SandboxBrokerData.SCRAM_PASSWORD));

        assertThatThrownBy(() -> sandbox.session.brokerLoggers("us-east-1").connect(
                connection("us-east-1", "payments-staging", ClientAuth.SCRAM, BrokerAccess.PRIVATE, wrong)))
                .isInstanceOfSatisfying(GatewayException.class, e -> {
                    assertThat(e.failure()).isEqualTo(Failure.ACCESS_DENIED);
                    assertThat(e.getMessage()).contains("refused user msk-admin").doesNotContain("guess");
                });
        try (BrokerLoggerGateway gateway = sandbox.session.brokerLoggers("us-east-1").connect(
                connection("us-east-1", "payments-staging", ClientAuth.SCRAM, BrokerAccess.PUBLIC, right))) {
            assertThat(gateway.brokerIds()).containsExactly(1, 2, 3);
        }
    }

    @Test
    void aBootstrapStringUsedWithTheWrongAuthenticationGetsNoAnswer() {
        Cluster orders = sandbox.cluster("us-east-1", "orders-prod");
        String tls = sandbox.gateway("us-east-1").bootstrapBrokers(orders.arn()).tls();

        assertThatThrownBy(() -> sandbox.session.brokerLoggers("us-east-1").connect(
                new BrokerConnection("orders-prod", tls, new ClientAuthSettings.Plaintext())))
                .isInstanceOfSatisfying(GatewayException.class,
                        e -> assertThat(e.failure()).isEqualTo(Failure.CONNECTION));
    }

    @Test
    void serverlessAndOldClustersAreRefusedBeforeConnecting() {
        Cluster serverless = sandbox.cluster("us-east-1", "events-serverless");

        assertThatThrownBy(() -> BrokerConnections.checkSupported(serverless))
                .hasMessage("Cluster events-serverless is serverless: MSK Serverless does not expose its brokers' "
                        + "loggers.");
        assertThatThrownBy(() -> BrokerConnections.authentication(sandbox.cluster("us-east-1", "orders-prod"),
                sandbox.gateway("us-east-1").bootstrapBrokers(sandbox.cluster("us-east-1", "orders-prod").arn()),
                ClientAuth.SCRAM)).hasMessage("Cluster orders-prod does not take SASL/SCRAM; it takes IAM access "
                + "control, TLS.");
    }

    @Test
    void aClosedConnectionSaysSo() {
        BrokerLoggerGateway gateway = connect("ap-northeast-3", "osaka-ingest");
        gateway.close();

        assertThatThrownBy(gateway::brokerIds).hasMessage("The connection to the brokers of osaka-ingest was closed: "
                + "connect again.");
    }
}
