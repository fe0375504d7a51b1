package io.mskconsole.core.create;

/** A create-cluster-v2 request file that cannot be used: what is wrong, and where (the JSON path, a line). */
public final class DraftFileException extends Exception {
    private final String path;
    private final int line;

    public DraftFileException(String message, String path, int line) {
        super(message);
        this.path = path;
        this.line = line;
    }

    /** The JSON path of the member concerned, e.g. "Provisioned.NumberOfBrokerNodes", or null for the whole file. */
    public String path() {
        return path;
    }

    /** 1-based line of a JSON syntax error, or 0. */
    public int line() {
        return line;
    }
}
