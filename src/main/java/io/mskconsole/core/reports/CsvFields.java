package io.mskconsole.core.reports;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * CSV as RFC 4180 says: CRLF line ends, a field holding a comma, a quote or a line break in double quotes, its quotes
 * doubled. A field a spreadsheet would take for a formula (one starting with {@code = + - @}, a tab or a carriage
 * return, or their full-width forms) starts with an apostrophe instead, as OWASP's CSV injection advice says: the cell
 * then shows the text as it was. Every CSV the app writes goes through here.
 */
public final class CsvFields {
    private static final String CRLF = "\r\n";

    private CsvFields() {
    }

    public static void row(Writer out, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(field(fields.get(i)));
        }
        out.write(CRLF);
    }

    /** One CSV field: defused against formulas, then quoted if it must be. */
    public static String field(String value) {
        String text = value == null ? "" : value;
        if (startsLikeAFormula(text)) {
            text = "'" + text;
        }
        boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    public static boolean startsLikeAFormula(String text) {
        if (text.isEmpty()) {
            return false;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20' -> true;
            default -> false;
        };
    }
}
