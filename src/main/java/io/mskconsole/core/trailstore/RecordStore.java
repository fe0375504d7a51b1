package io.mskconsole.core.trailstore;

import io.mskconsole.core.trail.RecordSink;
import io.mskconsole.core.trail.TrailEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ref.Cleaner;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.CRC32C;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * Where loaded events keep their records' text, off the heap: records are put in blocks of about
 * {@value #BLOCK_BYTES} bytes, each compressed (deflate, its fastest level: CloudTrail's JSON repeats its field
 * names and values, so a block shrinks about ten times) by the thread that read them and appended to a file of the
 * app's cache folder; an event holds its block and its slot, and the detail pane and exports read the text back
 * (the {@value #RECENT} blocks read last stay inflated, for their neighbours). A block's checksum is checked when it
 * is read. When the file cannot be made or written (a full disk), blocks stay compressed on the heap instead.
 *
 * <p>One store per load: it lives as long as an event of it does; its file is deleted when the store is closed or,
 * once nothing refers to it, by a cleaner (and, after a crash, by the next store opened in the folder).
 */
public final class RecordStore implements RecordSink, AutoCloseable {
    static final int BLOCK_BYTES = 256 * 1024;
    static final int BLOCK_RECORDS = 4096;
    static final int LEVEL = Deflater.BEST_SPEED;
    static final int RECENT = 16;
    private static final Cleaner CLEANER = Cleaner.create();

    private final Place place;
    private final Cleaner.Cleanable cleanable;
    private final Map<StoredBlock, Inflated> recent = new LinkedHashMap<>(RECENT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<StoredBlock, Inflated> eldest) {
            return size() > RECENT;
        }
    };
    private final AtomicLong records = new AtomicLong();
    private final AtomicLong textBytes = new AtomicLong();
    private final AtomicLong storedBytes = new AtomicLong();
    private final AtomicLong heapBytes = new AtomicLong();

    private RecordStore(Place place) {
        this.place = place;
        this.cleanable = CLEANER.register(this, place);
    }

    /**
     * A store whose blocks go to a new file in the folder, made when the first block is sealed (so making the store
     * touches no disk); on the heap when no file can be made there or written.
     */
    public static RecordStore in(Path folder) {
        return new RecordStore(new Place(folder));
    }

    /** A store whose blocks stay on the heap, compressed. */
    public static RecordStore onHeap() {
        return new RecordStore(new Place(null));
    }

    /**
     * Where the blocks go: the file, made on first use, or why they stay on the heap. The cleaner's action: refers
     * to nothing of the store.
     */
    private static final class Place implements Runnable {
        private final Path folder;
        private StoreFile file;
        private String notOnDisk;
        private boolean closed;

        Place(Path folder) {
            this.folder = folder;
            this.notOnDisk = folder == null ? "kept on the heap" : null;
        }

        /** The file, made now if need be; null when the blocks stay on the heap. */
        synchronized StoreFile file() {
            if (file == null && notOnDisk == null && !closed) {
                try {
                    file = StoreFile.create(folder);
                } catch (IOException | RuntimeException e) {
                    notOnDisk = "cannot make a file in " + folder + ": " + e.getMessage();
                }
            }
            return notOnDisk == null ? file : null;
        }

        synchronized StoreFile made() {
            return file;
        }

        synchronized void failed(String why) {
            notOnDisk = why;
        }

        synchronized String notOnDisk() {
            return notOnDisk;
        }

        @Override
        public synchronized void run() {
            closed = true;
            if (file != null) {
                file.run();
            }
        }
    }

    @Override
    public Writer writer() {
        return new BlockWriter(this);
    }

    /** Texts kept, and how many bytes they take as read and as kept. */
    public record Size(long records, long textBytes, long storedBytes, long heapBytes) {
    }

    public Size size() {
        return new Size(records.get(), textBytes.get(), storedBytes.get(), heapBytes.get());
    }

    /** Its file, once a block went to one. */
    public Optional<Path> file() {
        StoreFile made = place.made();
        return made == null || place.notOnDisk() != null ? Optional.empty() : Optional.of(made.path());
    }

    /** Why the blocks are on the heap, when they are. */
    public Optional<String> notOnDisk() {
        return Optional.ofNullable(place.notOnDisk());
    }

    /** Deletes its file: its events' texts can no longer be read. */
    @Override
    public void close() {
        cleanable.clean();
    }

    /** Compresses the block and puts it in the file (or on the heap); returns the scratch space, grown if need be. */
    byte[] seal(StoredBlock block, Deflater deflater, byte[] scratch) {
        byte[] header = block.header();
        int used = block.used();
        deflater.reset();
        byte[] out = scratch;
        int length = 0;
        deflater.setInput(header);
        while (!deflater.needsInput()) {
            out = room(out, length);
            length += deflater.deflate(out, length, out.length - length);
        }
        deflater.setInput(block.texts(), 0, used);
        deflater.finish();
        while (!deflater.finished()) {
            out = room(out, length);
            length += deflater.deflate(out, length, out.length - length);
        }
        CRC32C crc = new CRC32C();
        crc.update(out, 0, length);
        long at = -1;
        byte[] heapCopy = null;
        StoreFile file = place.file();
        if (file != null) {
            try {
                at = file.append(out, length);
            } catch (IOException full) { // this and later blocks stay on the heap
                place.failed("cannot write " + file.path() + ": " + full.getMessage());
            }
        }
        if (at < 0) {
            heapCopy = java.util.Arrays.copyOf(out, length);
            heapBytes.addAndGet(length);
        }
        block.sealed(at, heapCopy, length, header.length + used, (int) crc.getValue());
        records.addAndGet(block.count());
        textBytes.addAndGet(used);
        storedBytes.addAndGet(length);
        return out;
    }

    /** The block read back and inflated, from the recent ones when it is one. */
    Inflated inflated(StoredBlock block) {
        synchronized (recent) {
            Inflated known = recent.get(block);
            if (known != null) {
                return known;
            }
        }
        Inflated read = read(block);
        synchronized (recent) {
            recent.put(block, read);
        }
        return read;
    }

    private Inflated read(StoredBlock block) {
        byte[] compressed = block.onHeap();
        if (compressed == null) {
            compressed = new byte[block.length()];
            StoreFile file = place.made();
            try {
                file.read(block.offset(), compressed);
            } catch (IOException | RuntimeException e) {
                throw new UncheckedIOException(new IOException("cannot read the record back from " + file.path()
                        + ": " + e.getMessage(), e));
            }
        }
        CRC32C crc = new CRC32C();
        crc.update(compressed, 0, compressed.length);
        if ((int) crc.getValue() != block.crc()) {
            throw new UncheckedIOException(new IOException("the record's block in " + (block.onHeap() != null
                    ? "memory" : place.made().path()) + " was changed: its checksum does not match"));
        }
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(compressed);
            byte[] raw = new byte[block.rawLength()];
            int n = 0;
            while (n < raw.length && !inflater.finished()) {
                int got = inflater.inflate(raw, n, raw.length - n);
                if (got == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                n += got;
            }
            if (n != raw.length) {
                throw new UncheckedIOException(new IOException("the record's block is shorter than it was"));
            }
            return new Inflated(raw);
        } catch (DataFormatException e) {
            throw new UncheckedIOException(new IOException("the record's block cannot be inflated: "
                    + e.getMessage(), e));
        } finally {
            inflater.end();
        }
    }

    private static byte[] room(byte[] out, int length) {
        return length < out.length ? out : java.util.Arrays.copyOf(out, out.length * 2);
    }
}
