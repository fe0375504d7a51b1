package io.mskconsole.core.trailstore;

import io.mskconsole.core.trail.RecordSink;
import io.mskconsole.core.trail.Records;
import java.util.zip.Deflater;

/** One thread's writer: fills a block, seals it (compressed on this thread) when full, and begins the next. */
final class BlockWriter implements RecordSink.Writer {
    private final RecordStore store;
    private final Deflater deflater = new Deflater(RecordStore.LEVEL, true);
    private byte[] scratch = new byte[64 * 1024];
    private StoredBlock current;

    BlockWriter(RecordStore store) {
        this.store = store;
    }

    @Override
    public int add(byte[] utf8, int from, int length) {
        if (current == null || current.full()) {
            seal();
            current = new StoredBlock(store);
        }
        return current.add(utf8, from, length);
    }

    @Override
    public Records block() {
        return current;
    }

    @Override
    public void close() {
        seal();
        deflater.end();
    }

    private void seal() {
        if (current != null && !current.isSealed() && current.count() > 0) {
            scratch = store.seal(current, deflater, scratch);
        }
    }
}
