package io.mskconsole.sandbox;

import static io.mskconsole.sandbox.SandboxRefusals.notFound;
import static io.mskconsole.sandbox.SandboxRefusals.require;

import io.mskconsole.core.arrival.StoredObject;
import io.mskconsole.core.trailbucket.ObjectPage;
import io.mskconsole.core.trailbucket.TrailBucketGateway;
import io.mskconsole.core.trailbucket.TrailInfo;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

/**
 * The Sandbox's organization trail in S3: {@value #TRAIL} delivers a year of files (up to the world's start) for two
 * accounts ({@link SandboxData#ACCOUNT_ID} and {@value #OTHER_ACCOUNT}) in us-east-1 and eu-west-1 to bucket
 * {@value #BUCKET}, under {@code trails/AWSLogs/}{@value #ORGANIZATION}{@code /}. Each account and region has
 * {@value #FILES_A_DAY} files a day, each holding the MSK API calls and Kafka actions of the hours before it (made up
 * from a fixed seed, so always the same) and repeating the last record of the file before, as trails do. One file a
 * month is broken (not gzip), to be counted and skipped. Nothing is stored: a day's listing and a file's bytes are
 * made when asked. Each call waits the session's call delay first.
 */
final class SandboxTrailFiles implements TrailBucketGateway {
    static final String TRAIL = "org-audit";
    static final String BUCKET = "sandbox-org-trail-" + SandboxData.ACCOUNT_ID;
    static final String ORGANIZATION = "o-sandbox00001";
    static final String OTHER_ACCOUNT = "444455556666";
    static final List<String> ACCOUNTS = List.of(SandboxData.ACCOUNT_ID, OTHER_ACCOUNT);
    static final List<String> REGIONS = List.of("us-east-1", "eu-west-1");
    static final int FILES_A_DAY = 4;
    static final int DAYS = 365;
    private static final String ROOT = "trails/AWSLogs/" + ORGANIZATION + "/";
    private static final Pattern DAY_FOLDER = Pattern.compile(Pattern.quote(ROOT)
            + "(\\d{12})/CloudTrail/([a-z0-9-]+)/(\\d{4}/\\d{2}/\\d{2})/");
    private static final Pattern FILE = Pattern.compile("(\\d{12})_CloudTrail_([a-z0-9-]+)_(\\d{8}T\\d{4}Z)_"
            + "([0-9a-f]{16})\\.json\\.gz");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy/MM/dd").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmm'Z'")
            .withZone(ZoneOffset.UTC);
    private static final String[] MSK_CALLS = {"DescribeClusterV2", "ListClustersV2", "GetBootstrapBrokers",
            "ListClusterOperationsV2", "UpdateMonitoring", "DescribeClusterOperationV2"};
    /** The Kafka actions CloudTrail logs, and the Kafka API each stands for. */
    private static final String[][] KAFKA_ACTIONS = {{"CreateTopic", "CreateTopics"},
        {"DescribeTopicDynamicConfiguration", "DescribeConfigs"}, {"AlterTopicDynamicConfiguration",
            "IncrementalAlterConfigs"}, {"AlterTopic", "CreatePartitions"}, {"DeleteTopic", "DeleteTopics"},
        {"DescribeClusterDynamicConfiguration", "DescribeConfigs"}};
    private static final String[] TOPICS = {"orders", "orders-dlq", "payments", "audit_events"};
    private static final String[] USERS = {"MskAdmin/sandbox-user", "MskAdmin/alice", "OrdersService/orders-app",
            "Analytics/etl-job"};
    private static final String[] CLUSTERS = {"orders-prod/3f6b2c1e-8a4d-4f1b-9c2e-7d5a0b1e6f34-2",
            "payments-staging/9a1d7e52-4c3b-4e8f-a6d2-1b0c9e8f7a65-3"};

    private final Instant start;
    private final SandboxLatency latency;

    /** @param start the world's start: the newest files are of the hours before it */
    SandboxTrailFiles(Instant start, SandboxLatency latency) {
        this.start = Objects.requireNonNull(start, "start");
        this.latency = Objects.requireNonNull(latency, "latency");
    }

    @Override
    public String region() {
        return "us-east-1";
    }

    @Override
    public List<TrailInfo> trails() {
        latency.pause("DescribeTrails");
        return List.of(new TrailInfo(TRAIL, "arn:aws:cloudtrail:us-east-1:" + SandboxData.ACCOUNT_ID + ":trail/"
                + TRAIL, "us-east-1", BUCKET, "trails", true, true));
    }

    @Override
    public List<String> folders(String bucket, String prefix) {
        latency.pause("ListObjectsV2");
        known(bucket, "ListObjectsV2");
        if (prefix.equals("trails/AWSLogs/")) {
            return List.of(ROOT);
        }
        if (prefix.equals(ROOT)) {
            return ACCOUNTS.stream().map(account -> ROOT + account + "/").toList();
        }
        for (String account : ACCOUNTS) {
            String regions = ROOT + account + "/CloudTrail/";
            if (prefix.equals(regions)) {
                return REGIONS.stream().map(region -> regions + region + "/").toList();
            }
            for (String region : REGIONS) {
                if (prefix.equals(regions + region + "/")) {
                    int first = start.minus(Duration.ofDays(DAYS)).atZone(ZoneOffset.UTC).getYear();
                    int last = start.atZone(ZoneOffset.UTC).getYear();
                    return java.util.stream.IntStream.rangeClosed(first, last).mapToObj(year -> prefix + year + "/")
                            .toList();
                }
            }
        }
        return List.of();
    }

    @Override
    public ObjectPage objects(String bucket, String prefix, String token) {
        latency.pause("ListObjectsV2");
        known(bucket, "ListObjectsV2");
        require("ListObjectsV2", "Prefix", prefix);
        Matcher day = DAY_FOLDER.matcher(prefix);
        if (!day.matches() || !ACCOUNTS.contains(day.group(1)) || !REGIONS.contains(day.group(2))) {
            return new ObjectPage(List.of(), null);
        }
        Instant midnight;
        try {
            midnight = LocalDate.parse(day.group(3), DateTimeFormatter.ofPattern("yyyy/MM/dd"))
                    .atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException notADay) {
            return new ObjectPage(List.of(), null);
        }
        List<StoredObject> files = new ArrayList<>();
        for (int slot = 0; slot < FILES_A_DAY; slot++) {
            Instant delivered = delivery(midnight, slot);
            if (delivered.isAfter(start) || delivered.isBefore(start.minus(Duration.ofDays(DAYS)))) {
                continue;
            }
            files.add(new StoredObject(prefix + name(day.group(1), day.group(2), delivered), 2_000 + slot * 37L,
                    delivered.plusSeconds(31)));
        }
        return new ObjectPage(files, null);
    }

    @Override
    public InputStream open(String bucket, String key) {
        latency.pause("GetObject");
        known(bucket, "GetObject");
        require("GetObject", "Key", key);
        Matcher file = FILE.matcher(key.substring(key.lastIndexOf('/') + 1));
        Instant delivered;
        try {
            delivered = file.matches() ? STAMP.parse(file.group(3), Instant::from) : null;
        } catch (DateTimeParseException notATime) {
            delivered = null;
        }
        if (delivered == null || !key.equals(ROOT + file.group(1) + "/CloudTrail/" + file.group(2) + "/"
                + DAY.format(delivered) + "/" + name(file.group(1), file.group(2), delivered))
                || delivered.isAfter(start)) {
            throw notFound("GetObject", "Bucket " + bucket + " has no object " + key + ".",
                    "The specified key does not exist.");
        }
        if (broken(delivered)) {
            return new ByteArrayInputStream("<html>not a trail file</html>".getBytes(StandardCharsets.UTF_8));
        }
        return new ByteArrayInputStream(gzip(records(file.group(1), file.group(2), delivered)));
    }

    /** The slot's delivery time: every 6 hours, 5 minutes past. */
    static Instant delivery(Instant midnight, int slot) {
        return midnight.plus(Duration.ofHours(6L * slot)).plus(Duration.ofMinutes(5));
    }

    private static String name(String account, String region, Instant delivered) {
        long hash = seed(account, region, delivered);
        return account + "_CloudTrail_" + region + "_" + STAMP.format(delivered) + "_"
                + String.format("%016x", hash).substring(0, 16) + ".json.gz";
    }

    /** The first file of the 15th of each month is broken. */
    static boolean broken(Instant delivered) {
        return delivered.atZone(ZoneOffset.UTC).getDayOfMonth() == 15 && delivered.atZone(ZoneOffset.UTC).getHour() < 6;
    }

    /** The file's records: those of the 6 hours before it, and the last one of the file before, repeated. */
    static String records(String account, String region, Instant delivered) {
        List<String> records = new ArrayList<>();
        Instant before = delivered.minus(Duration.ofHours(6));
        records.add(lastRecord(account, region, before));
        long seed = seed(account, region, delivered);
        int count = 3 + (int) Math.floorMod(seed, 6);
        for (int i = 0; i < count; i++) {
            Instant at = before.plus(Duration.ofMinutes(355L * (i + 1) / (count + 1)));
            records.add(record(account, region, at, seed + i));
        }
        return "{\"Records\":[" + String.join(",", records) + "]}";
    }

    private static String lastRecord(String account, String region, Instant delivered) {
        long seed = seed(account, region, delivered);
        int count = 3 + (int) Math.floorMod(seed, 6);
        Instant before = delivered.minus(Duration.ofHours(6));
        return record(account, region, before.plus(Duration.ofMinutes(355L * count / (count + 1))), seed + count - 1);
    }

    private static String record(String account, String region, Instant at, long seed) {
        boolean kafka = Math.floorMod(seed, 3) == 0;
        String[] action = KAFKA_ACTIONS[(int) Math.floorMod(seed >> 3, KAFKA_ACTIONS.length)];
        String name = kafka ? action[0] : MSK_CALLS[(int) Math.floorMod(seed >> 3, MSK_CALLS.length)];
        String user = USERS[(int) Math.floorMod(seed >> 7, USERS.length)];
        String cluster = CLUSTERS[(int) Math.floorMod(seed >> 11, CLUSTERS.length)];
        String clusterArn = "arn:aws:kafka:" + region + ":" + account + ":cluster/" + cluster;
        boolean denied = Math.floorMod(seed >> 13, 17) == 0;
        String id = UUID.nameUUIDFromBytes((account + region + at + seed).getBytes(StandardCharsets.UTF_8)).toString();
        return "{\"eventVersion\":\"1.09\",\"userIdentity\":{\"type\":\"AssumedRole\",\"arn\":\"arn:aws:sts::"
                + account + ":assumed-role/" + user + "\",\"accountId\":\"" + account + "\"},\"eventTime\":\""
                + at.truncatedTo(ChronoUnit.SECONDS) + "\",\"eventSource\":\"" + (kafka ? "kafka-cluster.amazonaws.com"
                : "kafka.amazonaws.com") + "\",\"eventName\":\"" + name + "\",\"awsRegion\":\"" + region
                + "\",\"sourceIPAddress\":\"10.0." + Math.floorMod(seed, 250) + ".12\",\"userAgent\":\"aws-cli/2.15\","
                + (denied ? "\"errorCode\":\"AccessDenied\",\"errorMessage\":\"User is not authorized\"," : "")
                + "\"requestParameters\":" + parameters(kafka, action, name, clusterArn, seed) + ",\"responseElements\":null,"
                + "\"eventID\":\"" + id + "\",\"readOnly\":" + (name.startsWith("Describe") || name.startsWith("List")
                || name.startsWith("Get")) + ",\"eventType\":\"AwsApiCall\",\"recipientAccountId\":\"" + account
                + "\"}";
    }

    /**
     * A Kafka action's kafkaAPI and resourceARN (a topic's, or the cluster's), UpdateMonitoring's log delivery, or
     * the cluster's ARN.
     */
    private static String parameters(boolean kafka, String[] action, String name, String clusterArn, long seed) {
        if (kafka) {
            String resource = action[0].contains("Cluster") ? clusterArn : clusterArn.replace(":cluster/", ":topic/")
                    + "/" + TOPICS[(int) Math.floorMod(seed >> 17, TOPICS.length)];
            return "{\"kafkaAPI\":\"" + action[1] + "\",\"resourceARN\":\"" + resource + "\"}";
        }
        if (name.equals("UpdateMonitoring")) {
            return "{\"clusterArn\":\"" + clusterArn + "\",\"currentVersion\":\"K3AEGXETSR30VB\",\"loggingInfo\":"
                    + "{\"brokerLogs\":{\"cloudWatchLogs\":{\"enabled\":true,\"logGroup\":\"/msk/broker-logs\"}}}}";
        }
        return "{\"clusterArn\":\"" + clusterArn + "\"}";
    }

    private static long seed(String account, String region, Instant delivered) {
        long hash = 1125899906842597L;
        for (char c : (account + region + delivered).toCharArray()) {
            hash = 31 * hash + c;
        }
        return hash ^ (hash >>> 29);
    }

    private static void known(String bucket, String operation) {
        if (!BUCKET.equals(bucket)) {
            throw notFound(operation, "Bucket " + bucket + " does not exist in the Sandbox account.",
                    "The specified bucket does not exist");
        }
    }

    private static byte[] gzip(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(bytes)) {
            zip.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException cannot) {
            throw new UncheckedIOException(cannot);
        }
        return bytes.toByteArray();
    }
}
