package io.mskconsole.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mskconsole.core.trail.TrailFetch;
import io.mskconsole.core.trail.TrailSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The 90 days looked up the way users do it with the AWS CLI: {@code aws cloudtrail lookup-events} for each region
 * and source ({@code --lookup-attributes AttributeKey=EventSource,...}, {@code --start-time}/{@code --end-time} in
 * ISO-8601, {@code --output json}; the CLI pages by itself), one command after the other, against the stub
 * ({@code --endpoint-url}, the keys and region in the environment, no config or credentials file of this machine
 * read: {@link AwsCliProcess#isolated}). Counts the requests the stub got from each command and times it.
 */
final class LookupCacheCli {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String KEY_ID = LookupCacheBenchmark.KEY_ID;

    /** The requests of each region, the events the commands printed, their time (one after the other). */
    record Result(Map<String, Integer> perRegion, int events, long wallNanos, String failure) {
        int requests(String region) {
            return perRegion.getOrDefault(region, 0);
        }

        int total() {
            return perRegion.values().stream().mapToInt(Integer::intValue).sum();
        }

        int busiest() {
            return perRegion.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        }
    }

    private final LookupCacheStub stub;
    private final Path work;

    LookupCacheCli(LookupCacheStub stub, Path work) {
        this.stub = stub;
        this.work = work;
    }

    Result run(List<String> regions, Instant start, Instant end) throws IOException, InterruptedException {
        Process version = new ProcessBuilder("aws", "--version").redirectErrorStream(true).start();
        String said = new String(version.getInputStream().readAllBytes()).strip();
        version.waitFor();
        System.out.printf(Locale.ROOT, "%n  AWS CLI (%s), today, [T-90d, T], one command per region and source:%n",
                said);
        stub.take();
        Map<String, Integer> perRegion = new LinkedHashMap<>();
        int events = 0;
        long wall = 0;
        String failure = null;
        for (String region : regions) {
            for (TrailSource source : TrailSource.values()) {
                List<String> command = List.of("aws", "cloudtrail", "lookup-events", "--start-time",
                        start.toString(), "--end-time", end.toString(), "--lookup-attributes",
                        "AttributeKey=EventSource,AttributeValue=" + source.eventSource(), "--endpoint-url",
                        stub.baseUrl(), "--region", region, "--output", "json");
                Path out = work.resolve("out.json");
                Path err = work.resolve("err.txt");
                ProcessBuilder builder = AwsCliProcess.isolated(new ProcessBuilder(command), KEY_ID, region, work);
                builder.redirectOutput(out.toFile()).redirectError(err.toFile());
                long began = System.nanoTime();
                int exit = builder.start().waitFor();
                long took = System.nanoTime() - began;
                wall += took;
                List<LookupCacheStub.Asked> asked = stub.take();
                perRegion.merge(region, asked.size(), Integer::sum);
                int printed = 0;
                if (exit == 0) {
                    JsonNode answer = JSON.readTree(out.toFile());
                    printed = answer.path("Events").size();
                    events += printed;
                } else if (failure == null) {
                    failure = String.join(" ", command) + " exited " + exit + ": " + Files.readString(err).strip();
                }
                Set<String> formats = new LinkedHashSet<>();
                asked.forEach(each -> formats.add(each.timeFormat()));
                System.out.printf(Locale.ROOT, "    %-10s %-28s %,4d requests, %,6d events, %5.1f s against the stub,"
                                + " %5.1f s at CloudTrail's pace (times sent as %s)%s%n", region,
                        source.eventSource(), asked.size(), printed, took / 1e9,
                        asked.size() / TrailFetch.CALLS_PER_SECOND, String.join(", ", formats),
                        exit == 0 ? "" : " FAILED (exit " + exit + ")");
            }
        }
        System.out.printf(Locale.ROOT, "    e.g. %s%n", String.join(" ", List.of("aws", "cloudtrail", "lookup-events",
                "--start-time", start.toString(), "--end-time", end.toString(), "--lookup-attributes",
                "AttributeKey=EventSource,AttributeValue=kafka.amazonaws.com", "--endpoint-url", stub.baseUrl(),
                "--region", regions.get(0), "--output", "json")));
        return new Result(perRegion, events, wall, failure);
    }
}
