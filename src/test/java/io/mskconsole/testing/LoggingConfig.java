package io.mskconsole.testing;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Objects;

/** The {@code -Djava.util.logging.config.file=...} option for a test's child JVM: every line, or none. */
public final class LoggingConfig {
    private LoggingConfig() {
    }

    public static String everything() {
        return option("/logging-all.properties");
    }

    public static String nothing() {
        return option("/logging-off.properties");
    }

    private static String option(String resource) {
        try {
            Path file = Path.of(Objects.requireNonNull(LoggingConfig.class.getResource(resource), resource).toURI());
            return "-Djava.util.logging.config.file=" + file;
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
