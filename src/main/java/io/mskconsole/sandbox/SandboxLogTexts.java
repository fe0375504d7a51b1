package io.mskconsole.sandbox;

import static io.mskconsole.sandbox.SandboxLogLines.spread;
import static io.mskconsole.sandbox.SandboxLogLines.topicId;
import static io.mskconsole.sandbox.SandboxLogLines.uuid;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * What the Sandbox's broker and authorizer log lines say (without their time, level and logger's layout, see
 * {@link SandboxLogLines}): Kafka 3.x's own wording for the log, partitions, the group coordinator, the replica
 * fetcher and the request logger, with topics and groups named after the cluster's team ("orders" for orders-prod).
 */
final class SandboxLogTexts {
    private static final String DATA_DIR = "/kafka/datalogs";
    private static final String ESC = "\u001b";

    private SandboxLogTexts() {
    }

    /** A message and its logger; an ERROR's stack trace (each line after a line break) in {@code trace}. */
    record Text(String level, String message, String logger, String trace) {
        Text(String level, String message, String logger) {
            this(level, message, logger, "");
        }
    }

    static Text info(SandboxLogLines.Source s, String seed, Instant slotStart) {
        int b = s.broker();
        String partition = topic(s, seed) + "-" + spread(seed + " partition", 12);
        long offset = offset(seed);
        String group = group(s, seed);
        String offsets = "__consumer_offsets-" + spread(group, 50);
        int generation = 10 + spread(seed + " generation", 400);
        String coordinator = "kafka.coordinator.group.GroupCoordinator";
        return switch (spread(seed + " template", 9)) {
            case 0 -> new Text("INFO", "[LocalLog partition=" + partition + ", dir=" + DATA_DIR + "] Rolled new log"
                    + " segment at offset " + offset + " in " + (1 + spread(seed + " ms", 9)) + " ms.",
                    "kafka.log.LocalLog");
            case 1 -> new Text("INFO", "[GroupCoordinator " + b + "]: Preparing to rebalance group " + group
                    + " in state PreparingRebalance with old generation " + generation + " (" + offsets + ") (reason:"
                    + " Adding new member " + member(group, seed) + " with group instance id None; client reason:"
                    + " rebalance failed due to MemberIdRequiredException)", coordinator);
            case 2 -> new Text("INFO", "[GroupCoordinator " + b + "]: Stabilized group " + group + " generation "
                    + (generation + 1) + " (" + offsets + ") with " + (1 + spread(seed + " members", 6)) + " members",
                    coordinator);
            case 3 -> new Text("INFO", "[GroupMetadataManager brokerId=" + b + "] Removed "
                    + spread(seed + " expired", 4) + " expired offsets in " + spread(seed + " ms", 3)
                    + " milliseconds.", "kafka.coordinator.group.GroupMetadataManager");
            case 4 -> new Text("INFO", "[ProducerStateManager partition=" + partition + "] Wrote producer snapshot at"
                    + " offset " + offset + " with " + spread(seed + " ids", 8) + " producer ids in "
                    + (1 + spread(seed + " ms", 14)) + " ms.",
                    "org.apache.kafka.storage.internals.log.ProducerStateManager");
            case 5 -> {
                long modified = slotStart.minus(Duration.ofDays(7)).minusSeconds(spread(seed + " age", 3600))
                        .toEpochMilli();
                yield new Text("INFO", "[UnifiedLog partition=" + partition + ", dir=" + DATA_DIR + "] Deleting"
                        + " segment LogSegment(baseOffset=" + (offset / 3) + ", size=1073741" + (100 + spread(seed
                        + " size", 800)) + ", lastModifiedTime=" + modified + ", largestRecordTimestamp=Some("
                        + (modified - 12) + ")) due to log retention time 604800000ms breach based on the largest"
                        + " record timestamp in the segment", "kafka.log.UnifiedLog");
            }
            case 6 -> new Text("INFO", "[Partition " + partition + " broker=" + b + "] ISR updated to "
                    + replicas(s, 3) + " and version updated to " + (20 + spread(seed + " version", 300)),
                    "kafka.cluster.Partition");
            case 7 -> new Text("INFO", "[Partition " + partition + " broker=" + b + "] Shrinking ISR from "
                    + replicas(s, 3) + " to " + replicas(s, 2) + ". Leader: (highWatermark: " + offset + ", endOffset: "
                    + (offset + 7) + "). Out of sync replicas: (brokerId: " + other(s, 2) + ", endOffset: "
                    + (offset - 1200) + ", lastCaughtUpTimeMs: " + slotStart.minusSeconds(31).toEpochMilli() + ").",
                    "kafka.cluster.Partition");
            default -> new Text("INFO", "[GroupCoordinator " + b + "]: Member " + member(group, seed) + " in group "
                    + group + " has failed, removing it from the group", coordinator);
        };
    }

    static Text warning(SandboxLogLines.Source s, String seed) {
        int b = s.broker();
        if (spread(seed + " warning", 3) == 0) {
            return new Text("WARN", "Attempting to send response via channel for which there is no open connection,"
                    + " connection id " + connection(seed), "kafka.network.Processor");
        }
        String topic = topic(s, seed);
        int partition = spread(seed + " partition", 12);
        int epoch = 3 + spread(seed + " epoch", 40);
        return new Text("WARN", "[ReplicaFetcher replicaId=" + b + ", leaderId=" + other(s, 1) + ", fetcherId=0]"
                + " Error in response for fetch request (type=FetchRequest, replicaId=" + b + ", maxWait=500,"
                + " minBytes=1, maxBytes=10485760, fetchData={" + topic + "-" + partition + "=PartitionData(topicId="
                + topicId(s.clusterName() + " " + topic) + ", fetchOffset=" + offset(seed) + ", logStartOffset=0,"
                + " maxBytes=1048576, currentLeaderEpoch=Optional[" + epoch + "], lastFetchedEpoch=Optional[" + epoch
                + "])}, isolationLevel=READ_UNCOMMITTED, removed=, replaced=, metadata=(sessionId="
                + (100_000_000 + spread(seed + " session", 900_000_000)) + ", epoch=" + spread(seed + " e", 5000)
                + "), rackId=)", "kafka.server.ReplicaFetcherThread");
    }

    /** An ERROR and its stack trace: a replica fetcher's corrupt record, or a request the group coordinator failed. */
    static Text error(SandboxLogLines.Source s, String seed, boolean fetcher) {
        int b = s.broker();
        String topic = topic(s, seed);
        int partition = spread(seed + " partition", 12);
        if (fetcher) {
            return new Text("ERROR", "[ReplicaFetcher replicaId=" + b + ", leaderId=" + other(s, 1) + ", fetcherId=0]"
                    + " Unexpected error occurred while processing data for partition " + topic + "-" + partition
                    + " at offset " + offset(seed), "kafka.server.ReplicaFetcherThread",
                    "\norg.apache.kafka.common.errors.CorruptRecordException: Record size 0 is less than the minimum"
                            + " record overhead (14)"
                            + trace("org.apache.kafka.common.record.ByteBufferLogInputStream.nextBatchSize"
                                    + "(ByteBufferLogInputStream.java:73)",
                            "org.apache.kafka.common.record.ByteBufferLogInputStream.nextBatch"
                                    + "(ByteBufferLogInputStream.java:53)",
                            "org.apache.kafka.common.record.RecordBatchIterator.makeNext(RecordBatchIterator.java:35)",
                            "org.apache.kafka.common.utils.AbstractIterator.maybeComputeNext(AbstractIterator.java:79)",
                            "org.apache.kafka.common.utils.AbstractIterator.hasNext(AbstractIterator.java:45)",
                            "kafka.log.UnifiedLog.appendAsFollower(UnifiedLog.scala:1045)",
                            "kafka.server.ReplicaFetcherThread.processPartitionData(ReplicaFetcherThread.scala:112)",
                            "kafka.server.AbstractFetcherThread.$anonfun$processFetchRequest$7"
                                    + "(AbstractFetcherThread.scala:362)",
                            "scala.Option.foreach(Option.scala:437)",
                            "kafka.server.AbstractFetcherThread.processFetchRequest(AbstractFetcherThread.scala:331)",
                            "kafka.server.AbstractFetcherThread.doWork(AbstractFetcherThread.scala:114)",
                            "org.apache.kafka.server.util.ShutdownableThread.run(ShutdownableThread.java:131)"));
        }
        String group = group(s, seed);
        String client = "consumer-" + group + "-" + (1 + spread(seed + " client", 4));
        return new Text("ERROR", "[KafkaApi-" + b + "] Unexpected error handling request RequestHeader(apiKey="
                + "OFFSET_COMMIT, apiVersion=8, clientId=" + client + ", correlationId=" + spread(seed + " c", 90_000)
                + ", headerVersion=2) -- OffsetCommitRequestData(groupId='" + group + "', generationIdOrMemberEpoch="
                + (10 + spread(seed + " generation", 400)) + ", memberId='" + member(group, seed) + "',"
                + " groupInstanceId=null, retentionTimeMs=-1, topics=[OffsetCommitRequestTopic(name='" + topic + "',"
                + " partitions=[OffsetCommitRequestPartition(partitionIndex=" + partition + ", committedOffset="
                + offset(seed) + ", committedLeaderEpoch=-1, commitTimestamp=-1, committedMetadata='')])])",
                "kafka.server.KafkaApis",
                "\njava.lang.IllegalStateException: Group " + group + " is in an unexpected state: Dead"
                        + trace("kafka.coordinator.group.GroupCoordinator.handleCommitOffsets"
                                        + "(GroupCoordinator.scala:1012)",
                                "kafka.coordinator.group.GroupCoordinatorAdapter.commitOffsets"
                                        + "(GroupCoordinatorAdapter.scala:292)",
                                "kafka.server.KafkaApis.handleOffsetCommitRequest(KafkaApis.scala:472)",
                                "kafka.server.KafkaApis.handle(KafkaApis.scala:196)",
                                "kafka.server.KafkaRequestHandler.run(KafkaRequestHandler.scala:154)",
                                "java.base/java.lang.Thread.run(Thread.java:840)"));
    }

    /** A slow METADATA request naming 320 topics: more than 20,000 characters on one line. */
    static String longRequest(SandboxLogLines.Source s, String seed) {
        StringBuilder topics = new StringBuilder();
        for (int i = 0; i < 320; i++) {
            String name = s.team() + "-sku-" + String.format(Locale.ROOT, "%05d", i);
            topics.append(i == 0 ? "" : ", ").append("MetadataRequestTopic(topicId=")
                    .append(topicId(s.clusterName() + " " + name)).append(", name='").append(name).append("')");
        }
        return "[KafkaApi-" + s.broker() + "] Slow request: " + (4000 + spread(seed + " ms", 3000)) + " ms for"
                + " RequestHeader(apiKey=METADATA, apiVersion=12, clientId=" + s.team() + "-inventory-sync-7,"
                + " correlationId=" + spread(seed + " c", 90_000) + ", headerVersion=2) -- MetadataRequestData(topics=["
                + topics + "], allowAutoTopicCreation=true, includeClusterAuthorizedOperations=false,"
                + " includeTopicAuthorizedOperations=false)";
    }

    /** A group coordinator's line naming a member whose client id carries ANSI colour escapes. */
    static String escapedMember(SandboxLogLines.Source s, String seed) {
        String group = s.team() + "-reports";
        return "[GroupCoordinator " + s.broker() + "]: Dynamic member with unknown member id joins group " + group
                + " in Stable state. Created a new member id " + ESC + "[31mreport-runner" + ESC + "[0m-"
                + uuid(seed + " member") + " and request the member to rejoin with this id.";
    }

    /** What a logger turned up to DEBUG or TRACE says: the request logger's completed requests. */
    static String verbose(SandboxLogLines.Source s, String seed, String logger) {
        if (!logger.equals(SandboxBrokerData.DEBUG_LOGGER)) {
            return "[" + logger.substring(logger.lastIndexOf('.') + 1) + " broker=" + s.broker() + "] Checked "
                    + spread(seed + " n", 40) + " items in " + spread(seed + " ms", 5) + " ms";
        }
        boolean fetch = spread(seed + " api", 3) != 0;
        String group = group(s, seed);
        String topic = topic(s, seed);
        String time = (1 + spread(seed + " t", 500)) / 10.0 + "";
        return "Completed request:{\"isForwarded\":false,\"requestHeader\":{\"requestApiKey\":" + (fetch ? 1 : 0)
                + ",\"requestApiVersion\":" + (fetch ? 13 : 9) + ",\"correlationId\":" + spread(seed + " c", 90_000)
                + ",\"clientId\":\"" + (fetch ? "consumer-" + group + "-1" : s.team() + "-api-producer") + "\","
                + "\"requestApiKeyName\":\"" + (fetch ? "FETCH" : "PRODUCE") + "\"},\"request\":{\"topics\":[{"
                + "\"topic\":\"" + topic + "\",\"partitions\":[{\"partition\":" + spread(seed + " partition", 12)
                + "}]}]},\"response\":{\"throttleTimeMs\":0,\"errorCode\":0},\"connection\":\"" + connection(seed)
                + "\",\"totalTimeMs\":" + time + ",\"requestQueueTimeMs\":0.03,\"localTimeMs\":0.21,"
                + "\"remoteTimeMs\":0.0,\"throttleTimeMs\":0,\"responseQueueTimeMs\":0.02,\"sendTimeMs\":0.05,"
                + "\"securityProtocol\":\"SASL_SSL\",\"principal\":\"User:" + role(s, fetch ? "consumer" : "api", seed)
                + "\",\"listener\":\"CLIENT_SASL_SSL\",\"clientInformation\":{\"softwareName\":\"apache-kafka-java\","
                + "\"softwareVersion\":\"3.6.1\"}}";
    }

    /** One authorization decision: mostly Allowed, Denied every 2 minutes. */
    static String authorization(SandboxLogLines.Source s, long slot, String seed) {
        String host = "10.0." + (1 + spread(seed + " subnet", 3)) + "." + (10 + spread(seed + " host", 240));
        if (Math.floorMod(slot + 7L * s.broker(), 12) == 7) {
            return "Principal = User:" + role(s, "analytics-reader", seed) + " is Denied operation = WRITE from host"
                    + " = " + host + " on resource = Topic:LITERAL:" + s.team() + " for request = Produce with"
                    + " resourceRefCount = 1 based on rule DefaultDeny";
        }
        String topic = topic(s, seed);
        String group = group(s, seed);
        String[][] decisions = {
            {"READ", "Topic", topic, "Fetch", "consumer"}, {"WRITE", "Topic", topic, "Produce", "api"},
            {"DESCRIBE", "Topic", topic, "Metadata", "api"}, {"READ", "Group", group, "OffsetCommit", "consumer"},
            {"READ", "Group", group, "Heartbeat", "consumer"}, {"DESCRIBE", "Group", group, "OffsetFetch", "consumer"},
            {"IDEMPOTENT_WRITE", "Cluster", "kafka-cluster", "InitProducerId", "api"}};
        String[] d = decisions[spread(seed + " decision", decisions.length)];
        return "Principal = User:" + role(s, d[4], seed) + " is Allowed operation = " + d[0] + " from host = " + host
                + " on resource = " + d[1] + ":LITERAL:" + d[2] + " for request = " + d[3] + " with resourceRefCount"
                + " = 1 based on rule MatchingAcl(acl=StandardAcl(resourceType=" + d[1].toUpperCase(Locale.ROOT)
                + ", resourceName=" + d[2] + ", patternType=LITERAL, principal=User:*, host=*, operation=" + d[0]
                + ", permissionType=ALLOW))";
    }

    private static String trace(String... frames) {
        StringBuilder text = new StringBuilder();
        for (String frame : frames) {
            text.append("\n\tat ").append(frame);
        }
        return text.toString();
    }

    private static String topic(SandboxLogLines.Source s, String seed) {
        String[] suffixes = {"", "-events", "-retry", "-dlq", "-changelog"};
        return s.team() + suffixes[spread(seed + " topic", suffixes.length)];
    }

    private static String group(SandboxLogLines.Source s, String seed) {
        String[] suffixes = {"-consumer", "-enricher", "-audit-sink"};
        return s.team() + suffixes[spread(seed + " group", suffixes.length)];
    }

    private static String member(String group, String seed) {
        return "consumer-" + group + "-" + (1 + spread(seed + " client", 4)) + "-" + uuid(seed + " member");
    }

    private static long offset(String seed) {
        return 1_000_000L + spread(seed + " offset", 90_000_000);
    }

    /** A role session of the account: {@code arn:aws:sts::111122223333:assumed-role/orders-api/i-0...} (17 hex). */
    private static String role(SandboxLogLines.Source s, String kind, String seed) {
        String instance = s.clusterName() + " " + kind + " " + spread(seed + " session", 3);
        String session = "i-0" + uuid(instance).toString().replace("-", "").substring(0, 16);
        String name = kind.contains("-") ? kind : s.team() + "-" + kind;
        return "arn:aws:sts::" + s.accountId() + ":assumed-role/" + name + "/" + session;
    }

    private static String connection(String seed) {
        return "10.0.1." + (10 + spread(seed + " broker ip", 20)) + ":9098-10.0." + (1 + spread(seed + " subnet", 3))
                + "." + (10 + spread(seed + " client ip", 240)) + ":" + (32768 + spread(seed + " port", 28000)) + "-"
                + spread(seed + " conn", 400);
    }

    /** {@code b,x,y}: the broker first, then the next ones, at most {@code count} and at most every broker. */
    private static String replicas(SandboxLogLines.Source s, int count) {
        StringBuilder list = new StringBuilder().append(s.broker());
        for (int i = 1; i < Math.min(count, s.brokers()); i++) {
            list.append(',').append(other(s, i));
        }
        return list.toString();
    }

    /** The broker {@code step} after this one, going round. */
    private static int other(SandboxLogLines.Source s, int step) {
        return Math.floorMod(s.broker() - 1 + step, s.brokers()) + 1;
    }
}
