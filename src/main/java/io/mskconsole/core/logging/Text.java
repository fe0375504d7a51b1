package io.mskconsole.core.logging;

final class Text {
    private Text() {
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
