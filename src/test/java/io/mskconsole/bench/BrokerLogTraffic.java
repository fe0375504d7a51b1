package io.mskconsole.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * What the brokers of one cluster log at INFO, made up the same way on every run (a fixed seed): Kafka's log4j layout
 * {@code [yyyy-MM-dd HH:mm:ss,SSS] LEVEL message (logger)} in UTC, mostly INFO (segments rolled and deleted, producer
 * snapshots, consumer group rebalances, failed authentications, ISR changes), some WARN (replica fetcher and network
 * warnings), a few ERROR, some of those with a stack trace whose {@code \tat} lines follow the entry. Entries come at
 * random (exponential gaps) at about {@link #ENTRIES_PER_SECOND} a second across the brokers, about 20 lines a second
 * with the stack traces.
 */
final class BrokerLogTraffic {
    /** Entries a second across all brokers ({@code bench.entriesPerSecond}); stack traces bring 16.5 to 20 lines. */
    static final double ENTRIES_PER_SECOND = Double.parseDouble(System.getProperty("bench.entriesPerSecond", "16.5"));
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss,SSS", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final List<String> TOPICS = List.of("orders", "payments", "shipments", "inventory", "clickstream");
    private static final List<String> GROUPS = List.of("payments-settlement", "orders-enricher", "fraud-scoring",
            "inventory-sync", "clickstream-sessionizer");

    /** One line as a broker wrote it: an entry's first line, or a line of its stack trace (same time). */
    record Line(int broker, Instant time, String text) {
    }

    private final Random random;
    private final int brokers;

    private BrokerLogTraffic(long seed, int brokers) {
        this.random = new Random(seed);
        this.brokers = brokers;
    }

    /** Every line the brokers wrote from {@code from} to before {@code to}, oldest first (then by broker). */
    static List<Line> of(int brokers, Instant from, Instant to, long seed) {
        BrokerLogTraffic traffic = new BrokerLogTraffic(seed, brokers);
        List<Line> lines = new ArrayList<>();
        double meanGapMs = 1000.0 * brokers / ENTRIES_PER_SECOND;
        for (int broker = 1; broker <= brokers; broker++) {
            Instant t = from.plusMillis((long) (traffic.random.nextDouble() * meanGapMs));
            while (t.isBefore(to)) {
                for (String text : traffic.entry(broker, t)) {
                    lines.add(new Line(broker, t, text));
                }
                long gap = Math.max(1, Math.round(-Math.log(1 - traffic.random.nextDouble()) * meanGapMs));
                t = t.plus(Duration.ofMillis(gap));
            }
        }
        lines.sort(Comparator.comparing(Line::time).thenComparingInt(Line::broker));
        return lines;
    }

    /** One entry's lines: the first in the layout, then its stack trace if it has one. */
    private List<String> entry(int broker, Instant time) {
        String at = "[" + TIME.format(time) + "] ";
        int roll = random.nextInt(1000);
        if (roll < 880) {
            return List.of(at + "INFO " + info(broker));
        }
        if (roll < 960) {
            return List.of(at + "WARN " + warn(broker));
        }
        return error(broker, at);
    }

    private String info(int broker) {
        String partition = partition();
        return switch (random.nextInt(9)) {
            case 0 -> "[LocalLog partition=" + partition + ", dir=/kafka/datalogs] Rolled new log segment at offset "
                    + offset() + " in " + (1 + random.nextInt(9)) + " ms. (kafka.log.LocalLog)";
            case 1 -> "[ProducerStateManager partition=" + partition + "] Wrote producer snapshot at offset "
                    + offset() + " with " + random.nextInt(40) + " producer ids in " + (1 + random.nextInt(5))
                    + " ms. (org.apache.kafka.storage.internals.log.ProducerStateManager)";
            case 2 -> "[UnifiedLog partition=" + partition + ", dir=/kafka/datalogs] Deleting segment LogSegment("
                    + "baseOffset=" + offset() + ", size=" + (1_073_000_000 + random.nextInt(700_000))
                    + ", lastModifiedTime=1771754" + digits(6) + ", largestRecordTimestamp=1771754" + digits(6)
                    + ") due to log retention time 604800000ms breach based on the largest record timestamp in the "
                    + "segment (kafka.log.UnifiedLog)";
            case 3 -> "[GroupCoordinator " + broker + "]: Preparing to rebalance group " + group() + " in state "
                    + "PreparingRebalance with old generation " + random.nextInt(900) + " (__consumer_offsets-"
                    + random.nextInt(50) + ") (reason: Adding new member consumer-" + group() + "-1-" + uuid()
                    + " with group instance id None; client reason: rebalance failed due to "
                    + "MemberIdRequiredException) (kafka.coordinator.group.GroupCoordinator)";
            case 4 -> "[GroupCoordinator " + broker + "]: Stabilized group " + group() + " generation "
                    + random.nextInt(900) + " (__consumer_offsets-" + random.nextInt(50) + ") with "
                    + (1 + random.nextInt(12)) + " members (kafka.coordinator.group.GroupCoordinator)";
            case 5 -> "[GroupCoordinator " + broker + "]: Assignment received from leader consumer-" + group()
                    + "-1-" + uuid() + " for group " + group() + " for generation " + random.nextInt(900)
                    + ". The group has " + (1 + random.nextInt(12)) + " members, 0 of which are static. "
                    + "(kafka.coordinator.group.GroupCoordinator)";
            case 6 -> "[GroupMetadataManager brokerId=" + broker + "] Removed " + random.nextInt(20) + " expired "
                    + "offsets in " + random.nextInt(4) + " milliseconds. "
                    + "(kafka.coordinator.group.GroupMetadataManager)";
            case 7 -> "[SocketServer listenerType=ZK_BROKER, nodeId=" + broker + "] Failed authentication with /"
                    + address() + " (channelId=10.0." + broker + ".12:9096-" + address() + ":" + port() + "-"
                    + random.nextInt(3000) + ") (Authentication failed during authentication due to invalid "
                    + "credentials with SASL mechanism SCRAM-SHA-512) (org.apache.kafka.common.network.Selector)";
            default -> "[Partition " + partition + " broker=" + broker + "] ISR updated to " + isr(broker)
                    + " and version updated to " + random.nextInt(80) + " (kafka.cluster.Partition)";
        };
    }

    private String warn(int broker) {
        int leader = other(broker);
        return switch (random.nextInt(3)) {
            case 0 -> "[ReplicaFetcher replicaId=" + broker + ", leaderId=" + leader + ", fetcherId=0] Received "
                    + "UNKNOWN_TOPIC_OR_PARTITION from the leader for partition " + partition() + ". This error may"
                    + " be returned transiently when the partition is being created or deleted, but it is not "
                    + "expected to persist. (kafka.server.ReplicaFetcherThread)";
            case 1 -> "Attempting to send response via channel for which there is no open connection, connection "
                    + "id 10.0." + broker + ".12:9094-" + address() + ":" + port() + "-" + random.nextInt(3000)
                    + " (kafka.network.Processor)";
            default -> "[Controller id=" + broker + ", targetBrokerId=" + leader + "] Connection to node " + leader
                    + " (b-" + leader + ".orders.k7x2qa.c2.kafka.us-east-1.amazonaws.com/10.0." + leader
                    + ".12:9094) could not be established. Node may not be available. "
                    + "(org.apache.kafka.clients.NetworkClient)";
        };
    }

    private List<String> error(int broker, String at) {
        return switch (random.nextInt(3)) {
            case 0 -> List.of(at + "ERROR [ReplicaFetcher replicaId=" + broker + ", leaderId=" + other(broker)
                            + ", fetcherId=0] Error for partition " + partition() + " at offset " + offset()
                            + " (kafka.server.ReplicaFetcherThread)",
                    "org.apache.kafka.common.errors.NotLeaderOrFollowerException: For requests intended only for the"
                            + " leader, this error indicates that the broker is not the current leader.");
            case 1 -> List.of(at + "ERROR Error while accepting connection (kafka.network.DataPlaneAcceptor)",
                    "java.io.IOException: Too many open files",
                    "\tat java.base/sun.nio.ch.Net.accept(Native Method)",
                    "\tat java.base/sun.nio.ch.ServerSocketChannelImpl.implAccept(ServerSocketChannelImpl.java:425)",
                    "\tat java.base/sun.nio.ch.ServerSocketChannelImpl.accept(ServerSocketChannelImpl.java:391)",
                    "\tat kafka.network.Acceptor.accept(SocketServer.scala:1012)",
                    "\tat kafka.network.Acceptor.acceptNewConnections(SocketServer.scala:928)",
                    "\tat kafka.network.Acceptor.run(SocketServer.scala:871)",
                    "\tat java.base/java.lang.Thread.run(Thread.java:829)");
            default -> List.of(at + "ERROR [KafkaApi-" + broker + "] Unexpected error handling request "
                            + "RequestHeader(apiKey=FETCH, apiVersion=13, clientId=consumer-" + group() + "-1, "
                            + "correlationId=" + random.nextInt(1_000_000) + ", headerVersion=2) -- FetchRequestData("
                            + "clusterId=null, replicaId=-1, maxWaitMs=500, minBytes=1, maxBytes=52428800, "
                            + "isolationLevel=0, sessionId=" + random.nextInt(1_000_000) + ", sessionEpoch="
                            + random.nextInt(500) + ") (kafka.server.KafkaApis)",
                    "java.lang.IllegalStateException: Fetch session " + random.nextInt(1_000_000) + " was evicted",
                    "\tat kafka.server.FetchSessionCache.touch(FetchSession.scala:606)",
                    "\tat kafka.server.FetchManager.newContext(FetchSession.scala:784)",
                    "\tat kafka.server.KafkaApis.handleFetchRequest(KafkaApis.scala:713)",
                    "\tat kafka.server.KafkaApis.handle(KafkaApis.scala:180)",
                    "\tat kafka.server.KafkaRequestHandler.run(KafkaRequestHandler.scala:154)",
                    "\tat java.base/java.lang.Thread.run(Thread.java:829)");
        };
    }

    private String partition() {
        return TOPICS.get(random.nextInt(TOPICS.size())) + "-" + random.nextInt(24);
    }

    private String group() {
        return GROUPS.get(random.nextInt(GROUPS.size()));
    }

    private long offset() {
        return 10_000_000L + random.nextInt(90_000_000);
    }

    private String digits(int n) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < n; i++) {
            text.append((char) ('0' + random.nextInt(10)));
        }
        return text.toString();
    }

    private String uuid() {
        return new java.util.UUID(random.nextLong(), random.nextLong()).toString();
    }

    private String address() {
        return "10.0." + (1 + random.nextInt(3)) + "." + (2 + random.nextInt(250));
    }

    private int port() {
        return 32768 + random.nextInt(28000);
    }

    private int other(int broker) {
        int other = 1 + random.nextInt(brokers - 1);
        return other >= broker ? other + 1 : other;
    }

    private String isr(int broker) {
        int second = other(broker);
        int third = other(broker);
        return third == second ? "[" + broker + "," + second + "]" : "[" + broker + "," + second + "," + third + "]";
    }
}
