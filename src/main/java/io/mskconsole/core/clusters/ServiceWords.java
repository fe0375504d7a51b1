package io.mskconsole.core.clusters;

/** Reads the service's enum words leniently: a value this version does not know reads as the fallback. */
final class ServiceWords {
    private ServiceWords() {
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value, E fallback) {
        if (value == null) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException unknown) {
            return fallback;
        }
    }
}
