package io.mskconsole.core.trailcache;

import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.trail.TrailEvent;
import io.mskconsole.core.trail.TrailSource;
import io.mskconsole.core.trailbucket.TrailBucketGateway;
import io.mskconsole.core.trailbucket.TrailBucketRead;
import io.mskconsole.core.trailbucket.TrailInfo;
import io.mskconsole.testing.FakeTrailBucket;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

/** A one-account trail in a fake bucket, its files made to order, read as the window and {@code trail --s3} do. */
final class TrailCacheFixture {
    static final String BUCKET = "local-trail";
    static final String ACCOUNT = "111122223333";
    static final TrailInfo TRAIL = new TrailInfo("local", "arn:aws:cloudtrail:us-east-1:111122223333:trail/local",
            "us-east-1", BUCKET, null, false, false);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy/MM/dd").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmm'Z'")
            .withZone(ZoneOffset.UTC);

    final FakeTrailBucket bucket = new FakeTrailBucket();

    /** A gzipped trail file delivered at the time, holding one MSK record of five minutes before; its key. */
    String file(String delivered, String id) {
        Instant at = Instant.parse(delivered);
        return put(at, gzip("{\"Records\": [{\"eventID\": \"" + id + "\", \"eventTime\": \"" + at.minusSeconds(300)
                + "\", \"eventSource\": \"kafka.amazonaws.com\", \"eventName\": \"UpdateMonitoring\", \"awsRegion\": "
                + "\"us-east-1\"}]}"));
    }

    /** An object of these bytes in the day folder of the time, named as a trail file delivered then; its key. */
    String put(Instant at, byte[] bytes) {
        String key = "AWSLogs/" + ACCOUNT + "/CloudTrail/us-east-1/" + DAY.format(at) + "/" + ACCOUNT
                + "_CloudTrail_us-east-1_" + STAMP.format(at) + "_" + Long.toHexString(0x0a1b2c3d4e5f6a7bL
                ^ at.getEpochSecond()) + ".json.gz";
        bucket.objects.put(BUCKET + "/" + key, bytes);
        return key;
    }

    static byte[] gzip(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(bytes)) {
            zip.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static TrailBucketRead.Result read(TrailBucketGateway gateway, Executor fetches, Instant from, Instant to) {
        return new TrailBucketRead(gateway, fetches, TrailBucketRead.CONNECTIONS).read(new TrailBucketRead.Request(
                TRAIL, null, List.of(ACCOUNT), List.of("us-east-1"), from, to, TrailSource.Preset.BOTH),
                new TrailBucketRead.Listener() {
                    @Override
                    public void events(List<TrailEvent> batch) {
                    }

                    @Override
                    public void progress(TrailBucketRead.Progress progress) {
                    }
                }, new Cancellation());
    }

    /** Reads the whole stream. */
    static byte[] all(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cache's files under the folder whose names end so. */
    static List<Path> files(Path folder, String suffix) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).filter(f -> f.getFileName().toString().endsWith(suffix))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
