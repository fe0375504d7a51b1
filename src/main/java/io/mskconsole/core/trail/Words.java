package io.mskconsole.core.trail;

import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The values events repeat (event names, sources, regions, users, accounts, clusters, error codes, resources), one
 * instance each: a year of a trail is hundreds of thousands of events over a few hundred distinct values, and each
 * event holding its own copies doubles what they cost. Bounded: past {@link #MOST} distinct values, new ones are
 * kept by their events alone. Thread-safe (the trail files are read 16 at a time).
 */
final class Words {
    /** The most distinct values kept: a few MB at worst. */
    static final int MOST = 100_000;
    private static final ConcurrentHashMap<Object, Object> KNOWN = new ConcurrentHashMap<>();
    private static final ConcurrentHashMap<String, String> LOWER = new ConcurrentHashMap<>();

    private Words() {
    }

    /** The one instance of the text ("" for null). */
    static String of(String value) {
        return value == null || value.isEmpty() ? "" : shared(value);
    }

    /** The one instance of the text in lower case. */
    static String lower(String value) {
        String known = LOWER.get(value);
        if (known != null) {
            return known;
        }
        String lowered = of(value.toLowerCase(Locale.ROOT));
        if (LOWER.size() < MOST) {
            LOWER.putIfAbsent(value, lowered);
        }
        return lowered;
    }

    /** The one instance of the resource. */
    static MskResource of(MskResource resource) {
        return resource == null || resource.isEmpty() && resource.topic().isEmpty() && resource.group().isEmpty()
                ? MskResource.NONE : shared(resource);
    }

    @SuppressWarnings("unchecked")
    private static <T> T shared(T value) {
        Object known = KNOWN.get(value);
        if (known != null) {
            return (T) known;
        }
        if (KNOWN.size() >= MOST) {
            return value;
        }
        Object prior = KNOWN.putIfAbsent(value, value);
        return prior == null ? value : (T) prior;
    }
}
