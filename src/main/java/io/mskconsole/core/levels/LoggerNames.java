package io.mskconsole.core.levels;

import java.util.Comparator;

/** Logger names as brokers report them: {@code root} for the root logger (also with log4j 2), the rest dotted. */
public final class LoggerNames {
    /** Kafka keeps log4j 1's name for the root logger in BROKER_LOGGER configs. */
    public static final String ROOT = "root";

    /** The root logger first, then the others by name. */
    public static final Comparator<String> ROOT_FIRST = Comparator.comparing((String name) -> !ROOT.equals(name))
            .thenComparing(Comparator.naturalOrder());

    private LoggerNames() {
    }

    public static boolean isRoot(String name) {
        return ROOT.equals(name);
    }
}
