package io.mskconsole.core.trailathena;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Athena's SQL as the queries and the table use it: names checked, values quoted as literals, never pasted. */
final class AthenaSql {
    /** What Athena accepts as a database or table name: lower-case letters, digits and underscores. */
    private static final Pattern NAME = Pattern.compile("[a-z0-9_]{1,255}");

    private AthenaSql() {
    }

    /** A database or table name, checked (Athena names are lower case: it is lowered). */
    static String name(String what, String name) {
        String lowered = name == null ? "" : name.strip().toLowerCase(java.util.Locale.ROOT);
        if (!NAME.matcher(lowered).matches()) {
            throw new IllegalArgumentException("The " + what + " name '" + name + "' is not one Athena takes: use "
                    + "letters, digits and underscores.");
        }
        return lowered;
    }

    /** A string literal: single quotes, a quote inside doubled. */
    static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    /** {@code ('a', 'b')}. */
    static String list(List<String> values) {
        return values.stream().map(AthenaSql::literal).collect(Collectors.joining(", ", "(", ")"));
    }

    /**
     * A LIKE pattern holding the text anywhere, its own {@code %}, {@code _} and the escape character escaped, used
     * with {@code ESCAPE '\'}.
     */
    static String containing(String text) {
        return literal("%" + escaped(text) + "%");
    }

    /**
     * A LIKE pattern of text ending with {@code fixed} (a pattern of our own, its {@code %} meant) and then exactly
     * {@code value} (escaped as in {@link #containing}), used with {@code ESCAPE '\'}.
     */
    static String ending(String fixed, String value) {
        return literal("%" + fixed + escaped(value));
    }

    private static String escaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
