package io.mskconsole.core.trailstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mskconsole.core.trail.RecordSink;
import io.mskconsole.core.trail.Records;
import io.mskconsole.core.trail.TrailEvent;
import io.mskconsole.core.trail.TrailFiles;
import io.mskconsole.core.trail.TrailSource;
import io.mskconsole.testing.FakeTrail;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordStoreTest {
    @TempDir
    Path dir;
    private final List<RecordStore> opened = new ArrayList<>();

    @AfterEach
    void close() {
        opened.forEach(RecordStore::close);
    }

    private RecordStore store() {
        RecordStore store = RecordStore.in(dir.resolve("records"));
        opened.add(store);
        return store;
    }

    private static final String[] WORDS = {"kafka", "cluster", "UpdateMonitoring", "arn:aws:kafka", "us-east-1",
        "orders-prod", "jane", "AssumedRole", "readOnly", "brokerLogs"};

    /** Texts of every size, many blocks' worth, with characters beyond ASCII. */
    private static List<String> texts(int count, long seed) {
        Random random = new Random(seed);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder text = new StringBuilder("{\"eventID\":\"" + i + "\",\"userName\":\"Zoë ☃ 東京\",\"pad\":\"");
            int words = random.nextInt(i % 97 == 0 ? 4_000 : 150);
            for (int w = 0; w < words; w++) { // CloudTrail's words repeat, as these do
                text.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(10));
            }
            texts.add(text.append("\"}").toString());
        }
        return texts;
    }

    private static final class Kept {
        final List<Records> blocks = new ArrayList<>();
        final List<Integer> slots = new ArrayList<>();
    }

    private static Kept put(RecordSink sink, List<String> texts) {
        Kept kept = new Kept();
        try (RecordSink.Writer writer = sink.writer()) {
            for (String text : texts) {
                byte[] bytes = ("xx" + text + "yy").getBytes(StandardCharsets.UTF_8); // taken from the middle
                kept.slots.add(writer.add(bytes, 2, bytes.length - 4));
                kept.blocks.add(writer.block());
            }
        }
        return kept;
    }

    @Test
    void everyTextComesBackByteForByteInAnyOrderFromBlocksInAFileOfTheOwnersOnly() throws Exception {
        RecordStore store = store();
        List<String> texts = texts(6_000, 1);
        Kept kept = put(store, texts);

        for (int i = texts.size() - 1; i >= 0; i -= 7) { // backwards, jumping between blocks
            assertThat(kept.blocks.get(i).record(kept.slots.get(i))).isEqualTo(texts.get(i));
        }
        for (int i = 0; i < texts.size(); i++) {
            assertThat(kept.blocks.get(i).record(kept.slots.get(i))).isEqualTo(texts.get(i));
        }
        assertThat(kept.blocks.stream().distinct().count()).as("blocks").isGreaterThan(RecordStore.RECENT);
        RecordStore.Size size = store.size();
        long textBytes = texts.stream().mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length).sum();
        assertThat(size.records()).isEqualTo(texts.size());
        assertThat(size.textBytes()).isEqualTo(textBytes);
        assertThat(size.storedBytes()).isLessThan(textBytes / 2).isPositive();
        assertThat(size.heapBytes()).isZero();
        Path file = store.file().orElseThrow();
        assertThat(Files.size(file)).isEqualTo(size.storedBytes());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())))
                .isEqualTo("rwx------");
    }

    @Test
    void writersOnManyThreadsKeepTheirOwnBlocksAndATextIsReadableBeforeItsBlockIsSealed() throws Exception {
        RecordStore store = store();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Kept>> writers = new ArrayList<>();
            List<List<String>> each = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                List<String> texts = texts(700, 10 + w);
                each.add(texts);
                writers.add(pool.submit(() -> put(store, texts)));
            }
            for (int w = 0; w < 4; w++) {
                Kept kept = writers.get(w).get();
                for (int i = 0; i < each.get(w).size(); i++) {
                    assertThat(kept.blocks.get(i).record(kept.slots.get(i))).isEqualTo(each.get(w).get(i));
                }
            }
        } finally {
            pool.shutdown();
        }
        try (RecordSink.Writer writer = store.writer()) {
            byte[] text = "{\"open\":true}".getBytes(StandardCharsets.UTF_8);
            int slot = writer.add(text, 0, text.length);
            assertThat(writer.block().record(slot)).isEqualTo("{\"open\":true}");
        }
    }

    @Test
    void closingDeletesTheFileAndAFileNoProcessHoldsIsSweptButOnesOfThisProcessAreNot() throws Exception {
        RecordStore first = store();
        put(first, texts(10, 2));
        Path firstFile = first.file().orElseThrow();
        Path left = dir.resolve("records").resolve("events-crashed.records"); // a process that ended unclosed
        Files.writeString(left, "old blocks");

        RecordStore second = store();
        assertThat(second.file()).as("made when its first block is").isEmpty();
        assertThat(left).exists();
        put(second, texts(10, 5));
        assertThat(left).doesNotExist();
        assertThat(firstFile).exists(); // this process's, still in use
        assertThat(second.file().orElseThrow()).isNotEqualTo(firstFile);

        first.close();
        assertThat(firstFile).doesNotExist();
        second.close();
        try (Stream<Path> files = Files.list(dir.resolve("records"))) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aBlockChangedOnDiskIsRefusedWithWhereAndWhyNotReadAsOtherText() throws Exception {
        RecordStore store = store();
        List<String> texts = texts(600, 3);
        Kept kept = put(store, texts);
        try (FileChannel file = FileChannel.open(store.file().orElseThrow(), StandardOpenOption.WRITE)) {
            file.write(java.nio.ByteBuffer.wrap(new byte[] {1, 2, 3, 4}), 10);
        }

        assertThatThrownBy(() -> kept.blocks.get(0).record(kept.slots.get(0)))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining(store.file().orElseThrow().toString())
                .hasMessageContaining("checksum does not match");
        int last = texts.size() - 1; // another block, untouched, still reads
        assertThat(kept.blocks.get(last)).isNotSameAs(kept.blocks.get(0));
        assertThat(kept.blocks.get(last).record(kept.slots.get(last))).isEqualTo(texts.get(last));
    }

    @Test
    void whereNoFileCanBeMadeTheBlocksStayCompressedOnTheHeap() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("a-file"), "x");
        RecordStore store = RecordStore.in(notAFolder.resolve("records"));
        opened.add(store);
        List<String> texts = texts(500, 4);
        Kept kept = put(store, texts);

        assertThat(store.file()).isEmpty();
        assertThat(store.notOnDisk()).hasValueSatisfying(why -> assertThat(why).contains("a-file"));
        assertThat(store.size().heapBytes()).isEqualTo(store.size().storedBytes()).isPositive();
        for (int i = 0; i < texts.size(); i++) {
            assertThat(kept.blocks.get(i).record(kept.slots.get(i))).isEqualTo(texts.get(i));
        }
    }

    @Test
    void trailFilesReadOnTwoThreadsIntoTheStoreGiveTheSameEventsAndExactRecordsAsOnTheHeap() throws Exception {
        List<Path> files = new ArrayList<>();
        List<String> written = new ArrayList<>();
        for (int f = 0; f < 12; f++) {
            List<String> records = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                int n = f * 40 + i;
                records.add(FakeTrail.event(String.format("e-%04d", n % 470), // a few repeat across files
                        String.format("2024-05-%02dT10:%02d:00Z", 1 + n % 28, n % 60)).name("UpdateMonitoring")
                        .json());
            }
            written.addAll(records);
            Path file = dir.resolve("f" + f + ".json.gz");
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
                out.write(("{\"Records\":[" + String.join(",\n", records) + "]}").getBytes(StandardCharsets.UTF_8));
            }
            files.add(file);
        }
        RecordStore store = store();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        TrailFiles.Result stored;
        try {
            stored = TrailFiles.read(files, TrailSource.Preset.BOTH, store, pool, 2);
        } finally {
            pool.shutdown();
        }
        TrailFiles.Result heap = TrailFiles.read(files, TrailSource.Preset.BOTH);

        assertThat(stored.events()).hasSize(470).containsExactlyElementsOf(heap.events());
        assertThat(stored.duplicates()).isEqualTo(heap.duplicates()).isEqualTo(10);
        for (int i = 0; i < stored.events().size(); i++) {
            TrailEvent event = stored.events().get(i);
            assertThat(event.record()).isEqualTo(heap.events().get(i).record());
            assertThat(written).contains(event.record()); // byte for byte as the file holds it
        }
        assertThat(store.size().records()).isEqualTo(480); // a repeat's text is kept too: it is only known later
    }
}
