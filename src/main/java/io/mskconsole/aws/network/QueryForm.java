package io.mskconsole.aws.network;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The body of a query-protocol request: {@code Action=...&Version=...} then the parameters in the order given, each
 * name and value percent-encoded as RFC 3986 says (what the SDK sends: a space is {@code %20}, {@code ~} stays).
 */
final class QueryForm {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private QueryForm() {
    }

    static String encode(String action, String version, Map<String, String> parameters) {
        StringBuilder form = new StringBuilder();
        append(form, "Action", action);
        append(form, "Version", version);
        parameters.forEach((name, value) -> append(form, name, value));
        return form.toString();
    }

    private static void append(StringBuilder form, String name, String value) {
        if (form.length() > 0) {
            form.append('&');
        }
        form.append(percentEncode(name)).append('=').append(percentEncode(value));
    }

    /** UTF-8 bytes; every byte but the unreserved characters (letters, digits, - _ . ~) as %XX. */
    static String percentEncode(String text) {
        StringBuilder encoded = new StringBuilder(text.length());
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
                    || c == '-' || c == '_' || c == '.' || c == '~') {
                encoded.append(c);
            } else {
                encoded.append('%').append(HEX[(b >> 4) & 0x0F]).append(HEX[b & 0x0F]);
            }
        }
        return encoded.toString();
    }
}
