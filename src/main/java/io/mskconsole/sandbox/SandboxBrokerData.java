package io.mskconsole.sandbox;

import io.mskconsole.core.clusters.BootstrapBrokers;
import io.mskconsole.core.clusters.ClientAuth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The Sandbox clusters' brokers as Kafka clients see them: their bootstrap broker strings (which say how each
 * cluster lets clients in) and the loggers every broker starts with. The table is the Sandbox account's; the fleets
 * of the sample sign-in ({@link SandboxFleetData}) let clients in as each cluster's client authentication says, and
 * some of their brokers log above INFO too.
 *
 * <table>
 * <caption>What each cluster shows on the broker log levels screen</caption>
 * <tr><th>Cluster</th><th>Clients get in with</th><th>What to try</th></tr>
 * <tr><td>orders-prod (us-east-1)</td><td>IAM, TLS</td><td>Broker 2 logs kafka.request.logger at DEBUG, so the
 *     above-INFO summary has something; broker logs go to CloudWatch Logs, so DEBUG or TRACE shows the
 *     caution.</td></tr>
 * <tr><td>payments-staging (us-east-1)</td><td>SASL/SCRAM, also public</td><td>User {@value #SCRAM_USER},
 *     password {@value #SCRAM_PASSWORD}; anything else fails authentication as a broker would.</td></tr>
 * <tr><td>osaka-ingest (ap-northeast-3)</td><td>TLS</td><td>Also logs to CloudWatch Logs.</td></tr>
 * <tr><td>audit-eu (eu-west-1)</td><td>plaintext, TLS</td><td>Two brokers.</td></tr>
 * <tr><td>analytics-eu (eu-west-1)</td><td>IAM, also public</td><td>Six brokers.</td></tr>
 * <tr><td>sydney-metrics (ap-southeast-2)</td><td>IAM, private only</td><td>The brokers never answer: the
 *     "not reachable, usually a private VPC" message.</td></tr>
 * </table>
 */
public final class SandboxBrokerData {
    public static final String SCRAM_USER = "msk-admin";
    public static final String SCRAM_PASSWORD = "sandbox";
    /** The cluster whose brokers cannot be reached from here. */
    public static final String UNREACHABLE_CLUSTER = "sydney-metrics";
    /** The logger that orders-prod's broker 2 logs at DEBUG when the world starts. */
    public static final String DEBUG_LOGGER = "kafka.request.logger";

    /** The loggers of every broker and their levels when the world starts (and after a DELETE). */
    static final Map<String, String> DEFAULT_LEVELS = defaults();

    private SandboxBrokerData() {
    }

    private static Map<String, String> defaults() {
        Map<String, String> levels = new LinkedHashMap<>();
        levels.put("root", "INFO");
        levels.put("kafka", "INFO");
        levels.put("kafka.authorizer.logger", "INFO");
        levels.put("kafka.cluster.Partition", "INFO");
        levels.put("kafka.controller", "INFO");
        levels.put("kafka.coordinator.group.GroupCoordinator", "INFO");
        levels.put("kafka.log.LogCleaner", "INFO");
        levels.put("kafka.network.RequestChannel$", "WARN");
        levels.put(DEBUG_LOGGER, "WARN");
        levels.put("kafka.server.KafkaApis", "INFO");
        levels.put("kafka.server.ReplicaManager", "INFO");
        levels.put("org.apache.kafka", "INFO");
        levels.put("org.apache.kafka.clients.NetworkClient", "WARN");
        levels.put("org.apache.kafka.storage.internals.log.LogCleaner", "INFO");
        levels.put("state.change.logger", "INFO");
        return Map.copyOf(levels);
    }

    /** The authentications a cluster's brokers take, and whether public access is on for them. */
    record Access(Set<ClientAuth> auths, boolean publicAccess) {
        Access {
            auths = Set.copyOf(auths);
        }
    }

    /** How each cluster of the Sandbox account lets clients in, by name. */
    static final Map<String, Access> ACCESS = Map.of(
            "orders-prod", new Access(Set.of(ClientAuth.IAM, ClientAuth.TLS), false),
            "payments-staging", new Access(Set.of(ClientAuth.SCRAM), true),
            "clickstream-express", new Access(Set.of(ClientAuth.IAM), false),
            "events-serverless", new Access(Set.of(ClientAuth.IAM), false),
            "analytics-eu", new Access(Set.of(ClientAuth.IAM), true),
            "audit-eu", new Access(Set.of(ClientAuth.PLAINTEXT, ClientAuth.TLS), false),
            "osaka-ingest", new Access(Set.of(ClientAuth.TLS), false),
            UNREACHABLE_CLUSTER, new Access(Set.of(ClientAuth.IAM), false));

    /**
     * The cluster's bootstrap broker strings, MSK-style ({@code b-1.ordersprod.k3aegx.c2.kafka.us-east-1
     * .amazonaws.com:9098,...}); serverless clusters have one IAM endpoint.
     */
    static BootstrapBrokers bootstrapBrokers(String name, String region, String arnSuffix, int brokerCount,
                                             boolean serverless, Access access) {
        String host = name.replace("-", "") + "." + arnSuffix.substring(0, Math.min(6, arnSuffix.length()))
                .toLowerCase(Locale.ROOT) + ".c2.kafka." + region + ".amazonaws.com";
        int brokers = serverless ? 1 : Math.max(1, brokerCount);
        java.util.function.BiFunction<ClientAuth, Boolean, String> string = (auth, pub) -> {
            if (!access.auths().contains(auth) || (pub && (!access.publicAccess() || auth.publicPort() < 0))) {
                return null;
            }
            if (serverless) {
                return "boot-" + host.substring(0, host.indexOf('.')) + ".c2.kafka-serverless." + region
                        + ".amazonaws.com:" + auth.privatePort();
            }
            return IntStream.rangeClosed(1, brokers).mapToObj(i -> "b-" + i + (pub ? "-public." : ".") + host + ":"
                    + (pub ? auth.publicPort() : auth.privatePort())).collect(Collectors.joining(","));
        };
        return new BootstrapBrokers(string.apply(ClientAuth.PLAINTEXT, false), string.apply(ClientAuth.TLS, false),
                string.apply(ClientAuth.SCRAM, false), string.apply(ClientAuth.IAM, false),
                string.apply(ClientAuth.TLS, true), string.apply(ClientAuth.SCRAM, true),
                string.apply(ClientAuth.IAM, true), null, null, null);
    }

    /** Broker ids 1..n, as MSK numbers them. */
    static List<Integer> brokerIds(int brokerCount) {
        return IntStream.rangeClosed(1, brokerCount).boxed().toList();
    }
}
