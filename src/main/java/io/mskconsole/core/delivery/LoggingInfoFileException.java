package io.mskconsole.core.delivery;

/** A logging-info document that cannot be used, with where the problem is (line, column, field). */
public final class LoggingInfoFileException extends Exception {
    private final int line;
    private final int column;
    private final String field;

    public LoggingInfoFileException(String message, int line, int column, String field) {
        super(message);
        this.line = line;
        this.column = column;
        this.field = field;
    }

    /** 1-based line, or 0 when unknown. */
    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** The JSON path of the field concerned, e.g. "BrokerLogs.S3.Enabled", or null. */
    public String field() {
        return field;
    }
}
