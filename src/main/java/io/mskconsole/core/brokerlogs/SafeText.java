package io.mskconsole.core.brokerlogs;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Log lines are someone else's text: before they are shown or printed, terminal escape sequences and control
 * characters become visible marks (an ESC as "␛", a control character as its Unicode control picture), so nothing in
 * a line moves a cursor, changes colours or rings a bell; and a line longer than the bound is cut with a note.
 */
public final class SafeText {
    /** The longest line shown whole; longer ones are cut, saying how much was left out. */
    public static final int MAX_LINE = 16_384;
    /** CSI and OSC sequences, and two-character escapes: shown as a mark with their body. */
    private static final Pattern ESCAPE = Pattern.compile("\u001B(\\[[0-?]*[ -/]*[@-~]|\\][^\u0007\u001B]*(\u0007|\u001B\\\\)?|.)?");

    private SafeText() {
    }

    /** The text with every escape sequence and control character (tabs and line ends kept) made visible. */
    public static String of(String text) {
        if (text == null) {
            return "";
        }
        Matcher m = ESCAPE.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        while (m.find()) {
            controls(text, at, m.start(), out);
            String body = m.group(1) == null ? "" : m.group(1);
            out.append('␛');
            controls(body, 0, body.length(), out);
            at = m.end();
        }
        controls(text, at, text.length(), out);
        return out.toString();
    }

    /** As {@link #of(String)}, and cut at {@link #MAX_LINE} characters with a note. */
    public static String line(String text) {
        return cut(of(text), MAX_LINE);
    }

    /** The text cut at {@code max} characters, saying how many were left out. */
    public static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        return text.substring(0, max) + " … [cut: " + (text.length() - max) + " more characters]";
    }

    private static void controls(String text, int from, int to, StringBuilder out) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\t' || c == '\n') {
                out.append(c);
            } else if (c < 0x20) {
                out.append((char) (0x2400 + c)); // ␀ … ␟, the Unicode control pictures
            } else if (c == 0x7F) {
                out.append('␡');
            } else if (c >= 0x80 && c < 0xA0) {
                out.append("\\u00").append(Integer.toHexString(c)); // C1 controls: 8-bit escapes to some terminals
            } else if (c == '\u202E' || c == '\u202D' || c == '\u2066' || c == '\u2067' || c == '\u2068'
                    || c == '\u2069' || c == '\u202A' || c == '\u202B' || c == '\u202C' || c == '\u200E'
                    || c == '\u200F' || c == '\u061C' || c == '\u2028' || c == '\u2029') {
                // bidirectional marks and overrides reorder what is shown; the Unicode line separators break lines
                out.append("\\u").append(Integer.toHexString(c | 0x10000).substring(1));
            } else {
                out.append(c);
            }
        }
    }
}
