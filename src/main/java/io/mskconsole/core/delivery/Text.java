package io.mskconsole.core.delivery;

final class Text {
    private Text() {
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
