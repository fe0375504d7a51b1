package io.mskconsole.bench;

import io.mskconsole.core.trail.TrailSource;
import io.mskconsole.core.trailathena.AthenaCost;
import io.mskconsole.core.trailathena.AthenaQuery;
import io.mskconsole.core.trailathena.AthenaQuestion;
import io.mskconsole.core.trailathena.AthenaTable;
import io.mskconsole.core.trailbucket.TrailInfo;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What Athena scans for the MSK query of 7, 30, 90 and 365 days on a table over a year of an organization trail's
 * files (the trail-s3 benchmark's: 2 accounts, 4,380 files), against a scan of every file. Athena with partition
 * projection reads the partitions whose values meet the query's partition predicates, at the locations the table's
 * {@code storage.location.template} gives: the predicates are read back from the query text as sent and the template
 * and projected values from the DDL as sent, and the files under those locations are counted. No Athena is run here
 * (none can be reached from this machine); the figure is the bytes projection lets Athena read.
 * Run: {@code ./mvnw -q -B test-compile exec:java@athena-scan-benchmark}.
 */
public final class AthenaScanBenchmark {
    private static final Pattern DAYS = Pattern.compile("\"timestamp\" BETWEEN '([0-9/]+)' AND '([0-9/]+)'");
    private static final Pattern TEMPLATE = Pattern.compile("'storage.location.template'='s3://[^/]+/([^']+)'");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy/MM/dd", Locale.ROOT);

    private AthenaScanBenchmark() {
    }

    public static void main(String[] args) {
        TrailS3Files files = new TrailS3Files(TrailS3Benchmark.FILES_PER_DAY, TrailS3Benchmark.SEED);
        TrailInfo trail = new TrailInfo("org-audit", "arn:aws:cloudtrail:us-east-1:999988887777:trail/org-audit",
                "us-east-1", TrailS3Files.BUCKET, TrailS3Files.KEY_PREFIX, true, true);
        AthenaTable table = new AthenaTable("audit", "msk_cloudtrail_org_audit", trail, TrailS3Files.ORGANIZATION,
                TrailS3Files.ACCOUNTS, List.of(TrailS3Files.REGION), LocalDate.of(2025, 1, 1));
        long full = 0;
        for (TrailS3Files.TrailFile file : files.files()) {
            full += file.gzipped().length;
        }
        System.out.printf(Locale.ROOT, "Table %s over %,d files (%s gzipped) of %d accounts, %s to %s%n",
                table.qualified(), files.files().size(), AthenaCost.size(full), TrailS3Files.ACCOUNTS.size(),
                TrailS3Files.START, TrailS3Files.END);
        System.out.printf(Locale.ROOT, "%-9s %-22s %9s %12s %9s %9s %s%n", "range", "partition days", "files",
                "scanned", "of full", "range/365", "cost at this size");
        for (int days : new int[] {7, 30, 90, 365}) {
            Instant from = TrailS3Files.END.minus(Duration.ofDays(days));
            AthenaQuery query = new AthenaQuery(table, from, TrailS3Files.END.minusSeconds(1), TrailSource.Preset.BOTH,
                    List.of(), List.of(), AthenaQuestion.ALL, null);
            List<String> prefixes = partitions(query.text(), table.ddl());
            long scanned = 0;
            int read = 0;
            for (TrailS3Files.TrailFile file : files.files()) {
                if (prefixes.stream().anyMatch(file.key()::startsWith)) {
                    scanned += file.gzipped().length;
                    read++;
                }
            }
            System.out.printf(Locale.ROOT, "%-9s %-22s %,9d %12s %8.2f%% %8.2f%% %s%n", days + " days",
                    query.firstDay() + ".." + query.lastDay(), read, AthenaCost.size(scanned),
                    100.0 * scanned / full, 100.0 * days / 365, AthenaCost.describe(scanned));
        }
        System.out.printf(Locale.ROOT, "Without projection (the CloudTrail console's table) every query scans all "
                + "%s.%n", AthenaCost.size(full));
    }

    /** The S3 prefixes the query's partition predicates select, by the DDL's template and projected values. */
    static List<String> partitions(String query, String ddl) {
        Matcher days = DAYS.matcher(query);
        Matcher template = TEMPLATE.matcher(ddl);
        if (!days.find() || !template.find()) {
            throw new IllegalStateException("no partition predicate or template");
        }
        List<String> accounts = values(query, "account IN", values(ddl, "'projection.account.values'=", null));
        List<String> regions = values(query, "region IN", values(ddl, "'projection.region.values'=", null));
        List<String> prefixes = new ArrayList<>();
        LocalDate last = LocalDate.parse(days.group(2), DAY);
        for (LocalDate day = LocalDate.parse(days.group(1), DAY); !day.isAfter(last); day = day.plusDays(1)) {
            for (String account : accounts) {
                for (String region : regions) {
                    prefixes.add(template.group(1).replace("${account}", account).replace("${region}", region)
                            .replace("${timestamp}", DAY.format(day)) + "/");
                }
            }
        }
        return prefixes;
    }

    /** The quoted values after a marker, or the fallback when the text has none. */
    private static List<String> values(String text, String marker, List<String> fallback) {
        int at = text.indexOf(marker);
        if (at < 0) {
            return fallback;
        }
        String rest = text.substring(at + marker.length()).strip();
        String list = rest.startsWith("(") ? rest.substring(1, rest.indexOf(')')) : rest.substring(0,
                rest.indexOf('\'', 1) + 1);
        return Arrays.stream(list.split(",")).map(v -> v.strip().replace("'", "")).filter(v -> !v.isEmpty())
                .toList();
    }
}
