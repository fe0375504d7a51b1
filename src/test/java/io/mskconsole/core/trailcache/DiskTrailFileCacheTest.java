package io.mskconsole.core.trailcache;

import io.mskconsole.core.privatefiles.OwnerOnly;
import static io.mskconsole.core.trailcache.TrailCacheFixture.BUCKET;
import static io.mskconsole.core.trailcache.TrailCacheFixture.all;
import static io.mskconsole.core.trailcache.TrailCacheFixture.files;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.mskconsole.core.trailbucket.ObjectPage;
import io.mskconsole.core.trailbucket.TrailBucketGateway;
import io.mskconsole.core.trailbucket.TrailInfo;
import io.mskconsole.testing.FakeTrailBucket;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cache on disk: bounded, least recently used out first, corrupt entries read again, safe at the same time. */
class DiskTrailFileCacheTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-05T12:00:00Z"), ZoneOffset.UTC);
    static final int CONTENT = 100;
    /** An entry's file: the bytes and what the cache adds. */
    static final int ENTRY = CONTENT + CacheEntry.OVERHEAD;
    @TempDir
    Path folder;
    final FakeTrailBucket bucket = new FakeTrailBucket();

    /** An object of {@code CONTENT} bytes, all {@code fill}; its key. */
    String object(String name, int fill) {
        byte[] bytes = new byte[CONTENT];
        Arrays.fill(bytes, (byte) fill);
        bucket.objects.put(BUCKET + "/" + name, bytes);
        return name;
    }

    byte[] read(TrailBucketGateway gateway, String key) {
        return all(gateway.open(BUCKET, key));
    }

    List<String> opened() {
        return bucket.calls.stream().filter(c -> c.startsWith("open")).map(c -> c.substring(c.lastIndexOf('/') + 1))
                .toList();
    }

    @Test
    void pastItsLimitTheLeastRecentlyUsedGo() {
        DiskTrailFileCache cache = new DiskTrailFileCache(folder, 3L * ENTRY, CLOCK);
        TrailBucketGateway cached = cache.cached(bucket, false);
        for (String key : List.of(object("a", 1), object("b", 2), object("c", 3))) {
            read(cached, key);
        }
        assertThat(cache.size()).isEqualTo(3L * ENTRY);
        read(cached, "a"); // now b is the least recently used
        read(cached, object("d", 4));
        bucket.calls.clear();

        for (String key : List.of("a", "c", "d", "b")) {
            read(cached, key);
        }

        assertThat(opened()).as("only b went").containsExactly("b");
        assertThat(cache.size()).isLessThanOrEqualTo(3L * ENTRY);
        assertThat(files(folder, DiskTrailFileCache.FILE)).hasSize(3);
        assertThat(new DiskTrailFileCache(folder, 3L * ENTRY, CLOCK).size()).as("found again by the next run")
                .isEqualTo(3L * ENTRY);
    }

    @Test
    void anObjectLargerThanTheCacheIsReadThroughAndNotKept() {
        DiskTrailFileCache cache = new DiskTrailFileCache(folder, ENTRY - 1, CLOCK);

        assertThat(read(cache.cached(bucket, false), object("big", 7))).hasSize(CONTENT).containsOnly(7);

        assertThat(cache.size()).isZero();
        assertThat(files(folder, "")).isEmpty();
    }

    @Test
    void aCorruptOrHalfWrittenEntryIsReadAgainFromTheBucketAndWrittenAnew() throws IOException {
        DiskTrailFileCache cache = new DiskTrailFileCache(folder, DiskTrailFileCache.DEFAULT_LIMIT, CLOCK);
        TrailBucketGateway cached = cache.cached(bucket, false);
        byte[] original = read(cached, object("k", 5));
        Path entry = files(folder, DiskTrailFileCache.FILE).get(0);
        byte[] whole = Files.readAllBytes(entry);
        List<UnaryOperator<byte[]>> damages = List.of(
                bytes -> Arrays.copyOf(bytes, bytes.length - 3), // cut short
                bytes -> Arrays.copyOf(bytes, CacheEntry.HEADER.length + 10), // half written
                bytes -> flip(bytes, CacheEntry.HEADER.length + 50), // a byte changed
                bytes -> flip(bytes, bytes.length - 6), // the checksum changed
                bytes -> new byte[0],
                bytes -> "{\"Records\": []}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        for (UnaryOperator<byte[]> damage : damages) {
            Files.write(entry, damage.apply(whole.clone()));
            bucket.calls.clear();

            assertThat(read(cached, "k")).isEqualTo(original);
            assertThat(opened()).as("read again").containsExactly("k");
            assertThat(Files.readAllBytes(entry)).as("written anew").isEqualTo(whole);
        }
        Path other = cache.entry("aws", BUCKET, "file\n" + BUCKET + "\nother", DiskTrailFileCache.FILE);
        Files.copy(entry, other);
        bucket.calls.clear();
        assertThat(read(cached, object("other", 6))).as("another entry's file under its name").containsOnly(6);
        assertThat(opened()).containsExactly("other");
        assertThat(cache.size()).isEqualTo(2L * ENTRY);
    }

    static byte[] flip(byte[] bytes, int at) {
        bytes[at] ^= 0x5a;
        return bytes;
    }

    @Test
    void aReadThatFailsKeepsNothing() {
        DiskTrailFileCache cache = new DiskTrailFileCache(folder, DiskTrailFileCache.DEFAULT_LIMIT, CLOCK);
        String key = object("k", 5);
        TrailBucketGateway failing = new Delegating(bucket) {
            @Override
            public InputStream open(String name, String objectKey) {
                return new FilterInputStream(bucket.open(name, objectKey)) {
                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        throw new IOException("connection reset");
                    }
                };
            }
        };

        assertThatThrownBy(() -> read(cache.cached(failing, false), key)).hasRootCauseMessage("connection reset");

        assertThat(files(folder, "")).as("no entry, no temporary file").isEmpty();
        bucket.calls.clear();
        read(cache.cached(bucket, false), key);
        assertThat(opened()).containsExactly("k");
    }

    @Test
    void readsOfOneFileAtTheSameTimeLeaveOneWholeEntry() {
        DiskTrailFileCache cache = new DiskTrailFileCache(folder, DiskTrailFileCache.DEFAULT_LIMIT, CLOCK);
        String key = object("k", 9);
        int readers = 8;
        CyclicBarrier together = new CyclicBarrier(readers);
        TrailBucketGateway slow = new Delegating(bucket) {
            @Override
            public InputStream open(String name, String objectKey) {
                try {
                    together.await(); // every reader has missed before any keeps its copy
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return bucket.open(name, objectKey);
            }
        };
        TrailBucketGateway cached = cache.cached(slow, false);
        List<CompletableFuture<byte[]>> reads = new ArrayList<>();
        for (int i = 0; i < readers; i++) {
            reads.add(CompletableFuture.supplyAsync(() -> read(cached, key)));
        }

        reads.forEach(r -> assertThat(r.join()).hasSize(CONTENT).containsOnly(9));

        assertThat(opened()).hasSize(readers);
        assertThat(files(folder, DiskTrailFileCache.FILE)).hasSize(1);
        assertThat(files(folder, DiskTrailFileCache.TEMP)).isEmpty();
        assertThat(cache.size()).isEqualTo(ENTRY);
        bucket.calls.clear();
        assertThat(read(cache.cached(bucket, false), key)).containsOnly(9);
        assertThat(opened()).isEmpty();
    }

    @Test
    void clearingEmptiesItAndTheNextReadAsksAgain() {
        DiskTrailFileCache cache = new DiskTrailFileCache(folder, DiskTrailFileCache.DEFAULT_LIMIT, CLOCK);
        TrailBucketGateway cached = cache.cached(bucket, false);
        read(cached, object("a", 1));
        read(cache.cached(bucket, true), object("b", 2));
        assertThat(cache.size()).isEqualTo(2L * ENTRY);

        assertThat(cache.clear()).isEqualTo(2L * ENTRY);

        assertThat(cache.size()).isZero();
        assertThat(files(folder, "")).isEmpty();
        assertThat(folder).isDirectory();
        bucket.calls.clear();
        read(cached, "a");
        assertThat(opened()).containsExactly("a");
        assertThat(cache.size()).isEqualTo(ENTRY);
        assertThat(TrailFileCache.NONE.cached(bucket, false)).isSameAs(bucket);
    }

    @Test
    void itsFoldersAndFilesAreTheOwnersOnly() throws IOException {
        assumeTrue(OwnerOnly.posix(folder), "POSIX permissions");
        Path root = folder.resolve("cache").resolve("trail-files");
        DiskTrailFileCache cache = new DiskTrailFileCache(root, DiskTrailFileCache.DEFAULT_LIMIT, CLOCK);
        read(cache.cached(bucket, false), object("a", 1));
        Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));
        cache.clear();
        read(cache.cached(bucket, false), "a");

        for (Path made : List.of(root, root.resolve("aws"), root.resolve("aws").resolve("bucket-" + BUCKET))) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(made))).as(made.toString())
                    .isEqualTo("rwx------");
        }
        Path entry = files(root, DiskTrailFileCache.FILE).get(0);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(entry))).isEqualTo("rw-------");
    }

    @Test
    void aTemporaryFileLeftByACrashIsDeletedWhenTheCacheIsLoaded() throws IOException {
        Path bucketFolder = Files.createDirectories(folder.resolve("aws").resolve("bucket-" + BUCKET));
        Path left = Files.write(bucketFolder.resolve("entry-1" + DiskTrailFileCache.TEMP), new byte[10],
                StandardOpenOption.CREATE_NEW);
        Files.setLastModifiedTime(left, java.nio.file.attribute.FileTime.from(CLOCK.instant().minusSeconds(7200)));

        assertThat(new DiskTrailFileCache(folder, DiskTrailFileCache.DEFAULT_LIMIT, CLOCK).size()).isZero();

        assertThat(left).doesNotExist();
    }

    /** A bucket passing every call to another. */
    private static class Delegating implements TrailBucketGateway {
        final TrailBucketGateway inner;

        Delegating(TrailBucketGateway inner) {
            this.inner = inner;
        }

        @Override
        public String region() {
            return inner.region();
        }

        @Override
        public List<TrailInfo> trails() {
            return inner.trails();
        }

        @Override
        public List<String> folders(String bucket, String prefix) {
            return inner.folders(bucket, prefix);
        }

        @Override
        public ObjectPage objects(String bucket, String prefix, String token) {
            return inner.objects(bucket, prefix, token);
        }

        @Override
        public InputStream open(String bucket, String key) {
            return inner.open(bucket, key);
        }
    }
}
