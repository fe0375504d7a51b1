package io.mskconsole.bench;

import io.mskconsole.core.trail.TrailEvent;
import io.mskconsole.core.trail.TrailFilter;
import io.mskconsole.core.trail.TrailRecords;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The browser's client-side filter over 100,000 loaded events: the time each keystroke takes to re-filter them (as
 * the window does, a FilteredList whose predicate is replaced), the time the timeline takes to count them, and the
 * heap the loaded events use. Run:
 * {@code mvn -q -B test-compile exec:java@trail-filter-benchmark}.
 */
public final class TrailFilterBenchmark {
    static final int EVENTS = Integer.getInteger("bench.events", 100_000);
    static final String[] NAMES = {"DescribeClusterV2", "ListClustersV2", "UpdateMonitoring", "GetBootstrapBrokers",
        "DescribeClusterOperationV2", "UpdateBrokerCount", "CreateTopic", "AlterTopicDynamicConfiguration",
        "DescribeTopicDynamicConfiguration", "DeleteTopic"};
    static final String[] CLUSTERS = {"orders-prod", "payments-staging", "clickstream-express", "analytics-eu",
        "audit-eu", "osaka-ingest", "sydney-metrics", "inventory-prod"};
    static final String[] USERS = {"AWSReservedSSO_AdministratorAccess_0a1b2c/jane@example.com", "ci-deployer",
        "MskOperator/session-42", "kafka.amazonaws.com", "alice", "bob"};

    private TrailFilterBenchmark() {
    }

    public static void main(String[] args) {
        Random random = new Random(42);
        Runtime runtime = Runtime.getRuntime();
        long before = usedHeap(runtime);
        List<TrailEvent> events = new ArrayList<>(EVENTS);
        Instant now = Instant.parse("2026-11-25T12:00:00Z");
        for (int i = 0; i < EVENTS; i++) {
            events.add(TrailRecords.parse(record(i, random, now)).orElseThrow());
        }
        long after = usedHeap(runtime);
        ObservableList<TrailEvent> loaded = FXCollections.observableArrayList(events);
        FilteredList<TrailEvent> shown = new FilteredList<>(loaded);

        String typed = "orders-prod updatemonitoring jane";
        List<Double> perKeystroke = new ArrayList<>();
        for (int warm = 0; warm < 3; warm++) {
            for (int i = 1; i <= typed.length(); i++) {
                shown.setPredicate(TrailFilter.text(typed.substring(0, i)).predicate());
            }
        }
        int lastSize = 0;
        for (int i = 1; i <= typed.length(); i++) {
            long start = System.nanoTime();
            shown.setPredicate(TrailFilter.text(typed.substring(0, i)).predicate());
            lastSize = shown.size();
            perKeystroke.add((System.nanoTime() - start) / 1e6);
        }
        List<Double> fields = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            long start = System.nanoTime();
            shown.setPredicate(new TrailFilter(null, "update", "jane", "orders", null, false, null).predicate());
            fields.add((System.nanoTime() - start) / 1e6);
        }
        shown.setPredicate(null);
        io.mskconsole.ui.trail.TimeSpan span = new io.mskconsole.ui.trail.TimeSpan(
                loaded.stream().map(TrailEvent::time).min(Instant::compareTo).orElseThrow(), now.plusSeconds(1));
        List<Double> timeline = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            long start = System.nanoTime();
            io.mskconsole.ui.trail.TimelineBuckets.of(shown, span, i % 2 == 0
                    ? io.mskconsole.ui.trail.TimelineStack.OUTCOME : io.mskconsole.ui.trail.TimelineStack.ORIGIN,
                    java.time.ZoneOffset.UTC);
            timeline.add((System.nanoTime() - start) / 1e6);
        }
        System.out.printf(Locale.ROOT, "Client-side filter over %,d loaded events:%n", EVENTS);
        System.out.printf(Locale.ROOT, "  heap used by the loaded events: %.0f MB (%.1f KB an event, record text "
                + "included)%n", (after - before) / 1e6, (after - before) / 1e3 / EVENTS);
        System.out.printf(Locale.ROOT, "  typing \"%s\", %d keystrokes: %s; %,d events match at the end%n", typed,
                typed.length(), PreflightBenchmark.stats(perKeystroke), lastSize);
        System.out.printf(Locale.ROOT, "  event, user, cluster and read-only together, 20 runs: %s%n",
                PreflightBenchmark.stats(fields));
        System.out.printf(Locale.ROOT, "  the timeline's count of them all (per day over %d days), 40 runs: %s%n",
                span.length().toDays() + 1, PreflightBenchmark.stats(timeline.subList(20, 40)));
    }

    private static long usedHeap(Runtime runtime) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    /** A record shaped like LookupEvents' CloudTrailEvent of an MSK call (about 1.2 KB). */
    static String record(int i, Random random, Instant now) {
        String name = NAMES[random.nextInt(NAMES.length)];
        String cluster = CLUSTERS[random.nextInt(CLUSTERS.length)];
        String user = USERS[random.nextInt(USERS.length)];
        boolean kafka = name.contains("Topic");
        String arn = "arn:aws:kafka:us-east-1:111122223333:" + (kafka ? "topic/" : "cluster/") + cluster
                + "/5a7c0e5e-1" + (kafka ? "/topic-" + random.nextInt(200) : "");
        String time = now.minusSeconds(i * 60L + random.nextInt(60)).toString();
        return "{\"eventVersion\":\"1.09\",\"userIdentity\":{\"type\":\"AssumedRole\",\"principalId\":\"AROAEXAMPLE:"
                + i + "\",\"arn\":\"arn:aws:sts::111122223333:assumed-role/" + user + "\",\"accountId\":\"111122223333\","
                + "\"accessKeyId\":\"ASIAEXAMPLE" + i + "\",\"sessionContext\":{\"sessionIssuer\":{\"type\":\"Role\","
                + "\"principalId\":\"AROAEXAMPLE\",\"arn\":\"arn:aws:iam::111122223333:role/ops\",\"accountId\":"
                + "\"111122223333\",\"userName\":\"ops\"},\"attributes\":{\"creationDate\":\"" + time + "\","
                + "\"mfaAuthenticated\":\"false\"}}},\"eventTime\":\"" + time + "\",\"eventSource\":\""
                + (kafka ? "kafka-cluster" : "kafka") + ".amazonaws.com\",\"eventName\":\"" + name + "\",\"awsRegion\":"
                + "\"us-east-1\",\"sourceIPAddress\":\"198.51.100." + random.nextInt(255) + "\",\"userAgent\":"
                + "\"aws-cli/2.15.0 Python/3.11.6 Linux/6.1 exe/x86_64.debian.12 command/kafka\","
                + "\"requestParameters\":{\"" + (kafka ? "resourceARN" : "clusterArn") + "\":\"" + arn + "\"},"
                + "\"responseElements\":null,\"requestID\":\"req-" + i + "\",\"eventID\":\"evt-" + i + "-"
                + Integer.toHexString(random.nextInt()) + "\",\"readOnly\":" + name.startsWith("Describe")
                + ",\"eventType\":\"AwsApiCall\",\"managementEvent\":true,\"recipientAccountId\":\"111122223333\","
                + "\"eventCategory\":\"Management\"}";
    }

}
