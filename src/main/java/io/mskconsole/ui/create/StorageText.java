package io.mskconsole.ui.create;

import java.util.Optional;

/** Storage per broker as typed: whole GiB, digit groups allowed ("1,000"); "" for none. */
final class StorageText {
    private StorageText() {
    }

    /** The size, or null when the text is empty or not a whole number. */
    static Integer parse(String text) {
        String digits = digits(text);
        if (digits.isEmpty() || !digits.matches("\\d{1,9}")) {
            return null;
        }
        return Integer.valueOf(digits);
    }

    /** What is wrong with text that is not empty and not a whole number of GiB. */
    static Optional<String> problem(String text) {
        String digits = digits(text);
        if (digits.isEmpty() || digits.matches("\\d{1,9}")) {
            return Optional.empty();
        }
        return Optional.of("Storage per broker is a whole number of GiB, e.g. 1000 (\"" + text.strip()
                + "\" is not).");
    }

    private static String digits(String text) {
        return text == null ? "" : text.strip().replace(",", "").replace("_", "");
    }
}
