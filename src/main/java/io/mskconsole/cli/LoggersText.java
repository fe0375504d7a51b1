package io.mskconsole.cli;

import io.mskconsole.core.levels.LoggerTable;
import java.util.ArrayList;
import java.util.List;

/** The loggers as an aligned table: LOGGER, then one column per broker ("-" where a broker has no such logger). */
final class LoggersText {
    static final String MISSING = "-";

    private LoggersText() {
    }

    static String table(LoggerTable table, List<Integer> brokers) {
        List<String[]> rows = new ArrayList<>();
        String[] header = new String[brokers.size() + 1];
        header[0] = "LOGGER";
        for (int i = 0; i < brokers.size(); i++) {
            header[i + 1] = "BROKER " + brokers.get(i);
        }
        rows.add(header);
        for (String logger : table.loggers()) {
            String[] row = new String[brokers.size() + 1];
            row[0] = logger;
            for (int i = 0; i < brokers.size(); i++) {
                row[i + 1] = table.level(logger, brokers.get(i)).orElse(MISSING);
            }
            rows.add(row);
        }
        int[] widths = new int[header.length];
        rows.forEach(row -> {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        });
        StringBuilder text = new StringBuilder();
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                line.append(i == row.length - 1 ? row[i] : pad(row[i], widths[i] + 2));
            }
            text.append(line.toString().stripTrailing()).append('\n');
        }
        return text.toString();
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }
}
