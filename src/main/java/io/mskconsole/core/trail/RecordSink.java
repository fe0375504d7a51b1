package io.mskconsole.core.trail;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Where loaded records' texts are put as they are read: a record store (compressed blocks off the heap, for the
 * window's and the commands' loads) or the heap (each text a string of its own: tests, a few events). Thread-safe;
 * each reading thread takes a writer of its own.
 */
public interface RecordSink extends AutoCloseable {
    /** Each record's text a string of its own, on the heap. */
    RecordSink HEAP = () -> new Writer() {
        private Records last;

        @Override
        public int add(byte[] utf8, int from, int length) {
            last = Records.of(new String(utf8, from, length, StandardCharsets.UTF_8));
            return 0;
        }

        @Override
        public Records block() {
            return last;
        }

        @Override
        public void close() {
        }
    };

    /** A writer for one thread. */
    Writer writer();

    /** Lets go of what it keeps: the texts of its events can no longer be read. Nothing, on the heap. */
    @Override
    default void close() {
    }

    /** The events, their texts put here: for events made with texts of their own (a LookupEvents page, Athena's rows). */
    default List<TrailEvent> keep(List<TrailEvent> events) {
        if (this == HEAP) {
            return events;
        }
        List<TrailEvent> kept = new ArrayList<>(events.size());
        try (Writer writer = writer()) {
            for (TrailEvent event : events) {
                byte[] text = event.record().getBytes(StandardCharsets.UTF_8);
                int slot = writer.add(text, 0, text.length);
                kept.add(event.keptIn(writer.block(), slot));
            }
        }
        return kept;
    }

    /** Puts records' texts away, one thread at a time; closing it finishes what it holds (a block is sealed). */
    interface Writer extends AutoCloseable {
        /**
         * Keeps one record's text, UTF-8 bytes as read.
         *
         * @return its slot in {@link #block()}, which stays as it is until the next add
         */
        int add(byte[] utf8, int from, int length);

        /** Where the record added last is kept. */
        Records block();

        @Override
        void close();
    }
}
