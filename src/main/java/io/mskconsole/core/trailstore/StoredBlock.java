package io.mskconsole.core.trailstore;

import io.mskconsole.core.trail.Records;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Up to {@link RecordStore#BLOCK_BYTES} of records' texts, kept together so that they compress well: open (on the
 * heap, filled by one writer) until sealed, then compressed in the store's file (or, when the file failed, on the
 * heap). The events of its records refer to it and their slots; it reads itself back through the store, which keeps
 * a few blocks inflated for their neighbours. Thread-safe: one writer fills it while others read.
 */
final class StoredBlock implements Records {
    private final RecordStore store;
    // open: the texts one after another, and where each ends
    private byte[] texts = new byte[16 * 1024];
    private int[] ends = new int[64];
    private int count;
    // sealed: where the compressed block is, its sizes and checksum
    private boolean sealed;
    private long offset = -1;
    private byte[] onHeap;
    private int length;
    private int rawLength;
    private int crc;

    StoredBlock(RecordStore store) {
        this.store = store;
    }

    /** Adds a text; returns its slot. */
    synchronized int add(byte[] utf8, int from, int size) {
        int used = used();
        if (used + size > texts.length) {
            texts = Arrays.copyOf(texts, Math.max(texts.length * 2, used + size));
        }
        if (count == ends.length) {
            ends = Arrays.copyOf(ends, count * 2);
        }
        System.arraycopy(utf8, from, texts, used, size);
        ends[count] = used + size;
        return count++;
    }

    synchronized boolean full() {
        return used() >= RecordStore.BLOCK_BYTES || count >= RecordStore.BLOCK_RECORDS;
    }

    synchronized int count() {
        return count;
    }

    /** The start of the block as it is compressed: how many texts, and where each ends; the texts follow. */
    synchronized byte[] header() {
        byte[] header = new byte[4 + 4 * count];
        putInt(header, 0, count);
        for (int i = 0; i < count; i++) {
            putInt(header, 4 + 4 * i, ends[i]);
        }
        return header;
    }

    /** The texts, one after another, up to {@link #used()}. */
    synchronized byte[] texts() {
        return texts;
    }

    synchronized int used() {
        return count == 0 ? 0 : ends[count - 1];
    }

    /** Now compressed, in the file at the offset or, when the file failed, here. */
    synchronized void sealed(long at, byte[] heapCopy, int compressedLength, int uncompressedLength, int checksum) {
        offset = at;
        onHeap = heapCopy;
        length = compressedLength;
        rawLength = uncompressedLength;
        crc = checksum;
        sealed = true;
        texts = null;
        ends = null;
    }

    synchronized boolean isSealed() {
        return sealed;
    }

    long offset() {
        return offset;
    }

    byte[] onHeap() {
        return onHeap;
    }

    int length() {
        return length;
    }

    int rawLength() {
        return rawLength;
    }

    int crc() {
        return crc;
    }

    @Override
    public String record(int slot) {
        synchronized (this) {
            if (!sealed) {
                if (slot < 0 || slot >= count) {
                    throw new IndexOutOfBoundsException("slot " + slot + " of " + count);
                }
                int start = slot == 0 ? 0 : ends[slot - 1];
                return new String(texts, start, ends[slot] - start, StandardCharsets.UTF_8);
            }
        }
        return store.inflated(this).text(slot);
    }

    static void putInt(byte[] into, int at, int value) {
        into[at] = (byte) (value >>> 24);
        into[at + 1] = (byte) (value >>> 16);
        into[at + 2] = (byte) (value >>> 8);
        into[at + 3] = (byte) value;
    }

    static int getInt(byte[] from, int at) {
        return (from[at] & 0xff) << 24 | (from[at + 1] & 0xff) << 16 | (from[at + 2] & 0xff) << 8 | from[at + 3] & 0xff;
    }
}
