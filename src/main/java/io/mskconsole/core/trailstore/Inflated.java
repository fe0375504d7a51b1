package io.mskconsole.core.trailstore;

import java.nio.charset.StandardCharsets;

/** A block read back and inflated: how many texts, where each ends, then the texts. */
record Inflated(byte[] raw) {

    String text(int slot) {
        int count = StoredBlock.getInt(raw, 0);
        if (slot < 0 || slot >= count) {
            throw new IndexOutOfBoundsException("slot " + slot + " of " + count);
        }
        int data = 4 + 4 * count;
        int start = slot == 0 ? 0 : StoredBlock.getInt(raw, 4 + 4 * (slot - 1));
        int end = StoredBlock.getInt(raw, 4 + 4 * slot);
        return new String(raw, data + start, end - start, StandardCharsets.UTF_8);
    }
}
