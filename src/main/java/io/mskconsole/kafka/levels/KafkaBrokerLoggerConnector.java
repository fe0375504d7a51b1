package io.mskconsole.kafka.levels;

import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import io.mskconsole.core.levels.BrokerConnection;
import io.mskconsole.core.levels.BrokerLoggerConnector;
import io.mskconsole.core.levels.BrokerLoggerGateway;
import io.mskconsole.core.levels.Unreachable;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Predicate;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.Node;

/**
 * Connects to a cluster's brokers with Kafka's Admin client: builds the client from the connection
 * ({@link AdminClientSettings}), then asks the cluster for its brokers (DescribeCluster) with the short
 * {@link KafkaTimeouts#connect()} bound, so brokers in an unreachable VPC fail within seconds with the
 * {@link Unreachable} message. The only code besides {@link KafkaBrokerLoggerGateway} that uses the Kafka client.
 */
public final class KafkaBrokerLoggerConnector implements BrokerLoggerConnector {
    private final KafkaTimeouts timeouts;
    private final Function<Map<String, Object>, Admin> admins;
    private final Predicate<String> isPublic;

    /** @param isPublic whether a bootstrap string is a cluster's public one (for the unreachable message) */
    public KafkaBrokerLoggerConnector(KafkaTimeouts timeouts, Predicate<String> isPublic) {
        this(timeouts, Admin::create, isPublic);
    }

    KafkaBrokerLoggerConnector(KafkaTimeouts timeouts, Function<Map<String, Object>, Admin> admins,
                               Predicate<String> isPublic) {
        this.timeouts = Objects.requireNonNull(timeouts, "timeouts");
        this.admins = Objects.requireNonNull(admins, "admins");
        this.isPublic = Objects.requireNonNull(isPublic, "isPublic");
    }

    /** With the app's timeouts; public bootstrap strings are told apart by MSK's "-public." host names. */
    public static KafkaBrokerLoggerConnector withDefaults() {
        return new KafkaBrokerLoggerConnector(KafkaTimeouts.DEFAULT, bootstrap -> bootstrap.contains("-public."));
    }

    @Override
    public BrokerLoggerGateway connect(BrokerConnection connection) {
        Admin admin = create(connection);
        try {
            List<Integer> brokers = brokerIds(admin, connection);
            return new KafkaBrokerLoggerGateway(admin, brokers, timeouts);
        } catch (RuntimeException | Error failed) {
            admin.close(Duration.ZERO);
            throw failed;
        }
    }

    private Admin create(BrokerConnection connection) {
        try {
            return admins.apply(AdminClientSettings.of(connection, timeouts));
        } catch (KafkaException unusable) {
            Throwable cause = unusable.getCause() != null ? unusable.getCause() : unusable;
            String text = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
            if (text.contains("No resolvable bootstrap urls")) {
                return fail(new GatewayException(Failure.CONNECTION, "DescribeCluster", "None of the bootstrap "
                        + "brokers' host names of " + name(connection) + " resolves from this machine ("
                        + connection.bootstrap() + "): check the machine's DNS and network, e.g. the VPN into "
                        + "the cluster's VPC.", text, unusable));
            }
            return fail(new GatewayException(Failure.CONFIGURATION, "DescribeCluster", "Could not set up a Kafka client "
                    + "for " + name(connection) + ": " + text, text, unusable));
        }
    }

    private List<Integer> brokerIds(Admin admin, BrokerConnection connection) {
        Duration bound = timeouts.connect();
        try {
            return admin.describeCluster(new DescribeClusterOptions().timeoutMs(Math.toIntExact(bound.toMillis())))
                    .nodes().get(bound.toMillis() + 1000, TimeUnit.MILLISECONDS).stream().map(Node::id).sorted()
                    .toList();
        } catch (InterruptedException e) {
            throw KafkaFailures.interrupted("DescribeCluster");
        } catch (ExecutionException | java.util.concurrent.TimeoutException | KafkaException e) {
            throw KafkaFailures.connecting(e, connection, bound, isPublic.test(connection.bootstrap()));
        }
    }

    private static <T> T fail(GatewayException failure) {
        throw failure;
    }

    private static String name(BrokerConnection connection) {
        return connection.clusterName() == null ? "the cluster" : connection.clusterName();
    }
}
