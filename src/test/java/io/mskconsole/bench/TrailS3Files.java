package io.mskconsole.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.Set;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;

/**
 * A year of an organization trail's log files for two accounts in one region, made from a fixed seed (always the
 * same): {@code trails/AWSLogs/o-a1b2c3d4e5/<account>/CloudTrail/us-east-1/YYYY/MM/DD/<account>_CloudTrail_us-east-1_
 * YYYYMMDDTHHmmZ_<16 hex>.json.gz}. Each account has {@code filesPerDay} files a day for the {@value #DAYS} days
 * before {@link #END}, each holding the records of its share of the day (5 to 20, times within it, the first one
 * the last record of the account's file before, repeated as trails do) and delivered 5 to 9 minutes after its share
 * ends, into the folder of the day it is delivered (the last file of a day lands in the next day's folder). About 40%
 * of the records are MSK API calls (kafka.amazonaws.com), 25% Kafka actions (kafka-cluster.amazonaws.com), the rest
 * S3, EC2, STS, KMS, CloudWatch and IAM calls that the MSK filter leaves out.
 */
final class TrailS3Files {
    static final String BUCKET = "org-audit-trails-999988887777";
    static final String KEY_PREFIX = "trails";
    static final String ORGANIZATION = "o-a1b2c3d4e5";
    static final String REGION = "us-east-1";
    static final List<String> ACCOUNTS = List.of("111122223333", "444455556666");
    static final int DAYS = 365;
    /** The end of the year of files (exclusive): midnight UTC. */
    static final Instant END = Instant.parse("2026-03-01T00:00:00Z");
    static final Instant START = END.minus(Duration.ofDays(DAYS));
    static final String ROOT = KEY_PREFIX + "/AWSLogs/" + ORGANIZATION + "/";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy/MM/dd", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmm'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final String[] MSK_CALLS = {"DescribeClusterV2", "DescribeClusterV2", "ListClustersV2",
            "GetBootstrapBrokers", "ListNodes", "DescribeConfigurationRevision", "ListClusterOperationsV2",
            "UpdateMonitoring", "UpdateClusterConfiguration", "UpdateBrokerCount", "RebootBroker"};
    private static final String[] KAFKA_ACTIONS = {"CreateTopic", "DeleteTopic", "AlterTopic", "AlterGroup",
            "DeleteGroup", "AlterClusterDynamicConfiguration"};
    private static final String[] KAFKA_APIS = {"CreateTopics", "DeleteTopics", "CreatePartitions", "OffsetCommit",
            "DeleteGroups", "IncrementalAlterConfigs"};
    private static final String[][] OTHER_CALLS = {{"s3.amazonaws.com", "GetBucketAcl"}, {"s3.amazonaws.com",
            "ListBuckets"}, {"ec2.amazonaws.com", "DescribeInstances"}, {"ec2.amazonaws.com", "DescribeSecurityGroups"},
            {"sts.amazonaws.com", "AssumeRole"}, {"kms.amazonaws.com", "Decrypt"}, {"monitoring.amazonaws.com",
            "GetMetricData"}, {"iam.amazonaws.com", "GetRole"}};
    private static final String[] ROLES = {"MskAdmin", "OrdersService", "PlatformOps", "Analytics",
            "AWSReservedSSO_AdministratorAccess_8b1e0f6c2d4a7e93"};
    private static final String[] SESSIONS = {"alice", "orders-app", "terraform", "etl-job", "jane@example.com"};
    private static final String[] CLUSTERS = {"orders-prod/3f6b2c1e-8a4d-4f1b-9c2e-7d5a0b1e6f34-2",
            "payments-staging/9a1d7e52-4c3b-4e8f-a6d2-1b0c9e8f7a65-3",
            "clickstream/0c2d4e6f-1a3b-4c5d-8e9f-a1b2c3d4e5f6-7"};
    private static final String[] TOPICS = {"orders.v2", "payments", "clicks", "audit-log", "inventory"};
    private static final String[] AGENTS = {"aws-cli/2.15.30 Python/3.11.8 Linux/6.1 exe/x86_64.amzn.2",
            "aws-sdk-java/2.25.11 Linux/6.1 OpenJDK_64-Bit_Server_VM/17.0.10", "Boto3/1.34.69 Python/3.12.2",
            "AWS Internal", "console.amazonaws.com"};

    /** One file: its key, its gzipped bytes, its delivery time and its JSON's size. */
    record TrailFile(String key, byte[] gzipped, Instant delivered, int uncompressed) {
    }

    private final List<TrailFile> files = new ArrayList<>();
    private final Set<String> mskEventIds = new HashSet<>();
    private long records;
    private long uncompressed;
    private long compressed;

    TrailS3Files(int filesPerDay, long seed) {
        Duration share = Duration.ofDays(1).dividedBy(filesPerDay);
        for (String account : ACCOUNTS) {
            SplittableRandom random = new SplittableRandom(seed ^ Long.parseLong(account));
            String previous = null;
            for (int day = 0; day < DAYS; day++) {
                for (int slot = 0; slot < filesPerDay; slot++) {
                    Instant from = START.plus(Duration.ofDays(day)).plus(share.multipliedBy(slot));
                    int count = 5 + random.nextInt(16);
                    List<String> held = new ArrayList<>();
                    if (previous != null) {
                        held.add(previous);
                    }
                    long[] offsets = random.longs(count - held.size(), 0, share.toMillis()).sorted().toArray();
                    for (long offset : offsets) {
                        held.add(record(account, from.plusMillis(offset), random));
                    }
                    previous = held.get(held.size() - 1);
                    Instant delivered = from.plus(share).plus(Duration.ofMinutes(5 + random.nextInt(5)))
                            .plusSeconds(random.nextInt(60));
                    String json = "{\"Records\":[" + String.join(",", held) + "]}";
                    byte[] text = json.getBytes(StandardCharsets.UTF_8);
                    byte[] gzipped = gzip(text);
                    String key = ROOT + account + "/CloudTrail/" + REGION + "/" + DAY.format(delivered) + "/"
                            + account + "_CloudTrail_" + REGION + "_" + STAMP.format(delivered) + "_"
                            + String.format(Locale.ROOT, "%016x", random.nextLong()) + ".json.gz";
                    files.add(new TrailFile(key, gzipped, delivered, text.length));
                    records += held.size();
                    uncompressed += text.length;
                    compressed += gzipped.length;
                }
            }
        }
    }

    List<TrailFile> files() {
        return files;
    }

    /** Records in the files, repeated ones counted each time. */
    long records() {
        return records;
    }

    /** The distinct MSK API calls and Kafka actions: what a read of the whole year keeps. */
    int mskEvents() {
        return mskEventIds.size();
    }

    /** The files' JSON, in bytes. */
    long uncompressedBytes() {
        return uncompressed;
    }

    long compressedBytes() {
        return compressed;
    }

    /** Each account's folder of the region, as {@code aws s3 sync} is given it. */
    static String regionFolder(String account) {
        return ROOT + account + "/CloudTrail/" + REGION + "/";
    }

    private String record(String account, Instant at, SplittableRandom random) {
        int kind = random.nextInt(100);
        String region = REGION;
        String role = ROLES[random.nextInt(ROLES.length)];
        String session = SESSIONS[random.nextInt(SESSIONS.length)];
        String cluster = "arn:aws:kafka:" + region + ":" + account + ":cluster/" + CLUSTERS[random.nextInt(
                CLUSTERS.length)];
        String source;
        String name;
        String parameters;
        boolean readOnly;
        String host;
        if (kind < 40) {
            source = "kafka.amazonaws.com";
            name = MSK_CALLS[random.nextInt(MSK_CALLS.length)];
            readOnly = name.startsWith("Describe") || name.startsWith("List") || name.startsWith("Get");
            parameters = name.equals("ListClustersV2") ? "{\"maxResults\":100}" : "{\"clusterArn\":\"" + cluster
                    + "\"" + (readOnly ? "" : ",\"currentVersion\":\"K3AEGXETSR30VB\"") + "}";
            host = "kafka." + region + ".amazonaws.com";
        } else if (kind < 65) {
            source = "kafka-cluster.amazonaws.com";
            int action = random.nextInt(KAFKA_ACTIONS.length);
            name = KAFKA_ACTIONS[action];
            readOnly = false;
            String resource = name.contains("Group") ? cluster.replace(":cluster/", ":group/") + "/consumers-"
                    + random.nextInt(8) : name.contains("Cluster") ? cluster
                    : cluster.replace(":cluster/", ":topic/") + "/" + TOPICS[random.nextInt(TOPICS.length)];
            parameters = "{\"kafkaAPI\":\"" + KAFKA_APIS[action] + "\",\"resourceARN\":\"" + resource + "\"}";
            host = null;
        } else {
            String[] call = OTHER_CALLS[random.nextInt(OTHER_CALLS.length)];
            source = call[0];
            name = call[1];
            readOnly = !name.equals("AssumeRole") && !name.equals("Decrypt");
            parameters = switch (source) {
                case "s3.amazonaws.com" -> "{\"bucketName\":\"app-artifacts-" + account + "\",\"Host\":\"s3."
                        + region + ".amazonaws.com\",\"acl\":\"\"}";
                case "ec2.amazonaws.com" -> "{\"filterSet\":{\"items\":[{\"name\":\"vpc-id\",\"valueSet\":{"
                        + "\"items\":[{\"value\":\"vpc-0a1b2c3d4e5f60718\"}]}}]}}";
                case "sts.amazonaws.com" -> "{\"roleArn\":\"arn:aws:iam::" + account + ":role/" + role
                        + "\",\"roleSessionName\":\"" + session + "\",\"durationSeconds\":3600}";
                case "kms.amazonaws.com" -> "{\"encryptionAlgorithm\":\"SYMMETRIC_DEFAULT\",\"keyId\":\"arn:aws:kms:"
                        + region + ":" + account + ":key/1234abcd-12ab-34cd-56ef-1234567890ab\"}";
                case "iam.amazonaws.com" -> "{\"roleName\":\"" + role + "\"}";
                default -> "{\"startTime\":\"" + at.minusSeconds(3_600).truncatedTo(java.time.temporal.ChronoUnit
                        .MINUTES) + "\",\"endTime\":\"" + at.truncatedTo(java.time.temporal.ChronoUnit.MINUTES)
                        + "\",\"maxDatapoints\":1440}";
            };
            host = source.replace(".amazonaws.com", "." + region + ".amazonaws.com");
        }
        boolean denied = random.nextInt(40) == 0;
        String eventId = new UUID(random.nextLong() & 0xffffffffffff0fffL | 0x4000L,
                random.nextLong() & 0x3fffffffffffffffL | 0x8000000000000000L).toString();
        if (source.startsWith("kafka")) {
            mskEventIds.add(eventId);
        }
        String roleId = "AROA" + String.format(Locale.ROOT, "%016X", (long) role.hashCode() * 2_654_435_761L)
                .substring(0, 16);
        String time = at.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
        return "{\"eventVersion\":\"1.09\",\"userIdentity\":{\"type\":\"AssumedRole\",\"principalId\":\"" + roleId
                + ":" + session + "\",\"arn\":\"arn:aws:sts::" + account + ":assumed-role/" + role + "/" + session
                + "\",\"accountId\":\"" + account + "\",\"accessKeyId\":\"ASIA" + String.format(Locale.ROOT,
                "%016X", random.nextLong()).substring(0, 16) + "\",\"sessionContext\":{\"sessionIssuer\":{\"type\":"
                + "\"Role\",\"principalId\":\"" + roleId + "\",\"arn\":\"arn:aws:iam::" + account + ":role/" + role
                + "\",\"accountId\":\"" + account + "\",\"userName\":\"" + role + "\"},\"attributes\":{"
                + "\"creationDate\":\"" + at.minusSeconds(60 + random.nextInt(3_000)).truncatedTo(
                java.time.temporal.ChronoUnit.SECONDS) + "\",\"mfaAuthenticated\":\"false\"}}},\"eventTime\":\""
                + time + "\",\"eventSource\":\"" + source + "\",\"eventName\":\"" + name + "\",\"awsRegion\":\""
                + region + "\",\"sourceIPAddress\":\"10." + random.nextInt(4) + "." + random.nextInt(256) + "."
                + (1 + random.nextInt(254)) + "\",\"userAgent\":\"" + AGENTS[random.nextInt(AGENTS.length)] + "\","
                + (denied ? "\"errorCode\":\"AccessDenied\",\"errorMessage\":\"User: arn:aws:sts::" + account
                + ":assumed-role/" + role + "/" + session + " is not authorized to perform: " + name + "\"," : "")
                + "\"requestParameters\":" + parameters + ",\"responseElements\":null,\"requestID\":\""
                + new UUID(random.nextLong(), random.nextLong()) + "\",\"eventID\":\"" + eventId + "\",\"readOnly\":"
                + readOnly + ",\"eventType\":\"AwsApiCall\",\"managementEvent\":true,\"recipientAccountId\":\""
                + account + "\",\"eventCategory\":\"Management\"" + (host == null ? "" : ",\"tlsDetails\":{"
                + "\"tlsVersion\":\"TLSv1.3\",\"cipherSuite\":\"TLS_AES_128_GCM_SHA256\","
                + "\"clientProvidedHostHeader\":\"" + host + "\"}") + "}";
    }

    private static byte[] gzip(byte[] text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length / 4);
        try (GZIPOutputStream zip = new GZIPOutputStream(bytes)) {
            zip.write(text);
        } catch (IOException cannot) {
            throw new UncheckedIOException(cannot);
        }
        return bytes.toByteArray();
    }
}
