package io.mskconsole.core.fleet;

import java.util.Locale;
import java.util.Optional;

/** How much a finding matters, lowest first; a CI gate fails at or above the severity it is given. */
public enum Severity {
    LOW, MEDIUM, HIGH;

    /** "low", "medium" or "high", as policy files and {@code --fail-on} write it. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Severity> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (Severity severity : values()) {
            if (severity.word().equals(text.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(severity);
            }
        }
        return Optional.empty();
    }

    public boolean atLeast(Severity other) {
        return compareTo(other) >= 0;
    }
}
