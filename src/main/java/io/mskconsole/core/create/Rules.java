package io.mskconsole.core.create;

import java.util.regex.Pattern;

/** Wording shared by the rules. */
final class Rules {
    private Rules() {
    }

    /** "\"_\" at position 4" or "a space at position 4": the first character outside the allowed class. */
    static String firstOutside(String value, String allowedClass) {
        Pattern allowed = Pattern.compile(allowedClass);
        for (int i = 0; i < value.length(); i++) {
            String ch = String.valueOf(value.charAt(i));
            if (!allowed.matcher(ch).matches()) {
                return ch.isBlank() ? "a space at position " + (i + 1) : "\"" + ch + "\" at position " + (i + 1);
            }
        }
        return "an unexpected character";
    }
}
