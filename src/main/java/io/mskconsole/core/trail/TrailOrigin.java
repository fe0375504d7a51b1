package io.mskconsole.core.trail;

/** Where the browser got an event: the three sources give the same events, and the table says which gave each. */
public enum TrailOrigin {
    LOOKUP("LookupEvents"),
    FILES("Files on disk"),
    S3("Trail files in S3"),
    ATHENA("Athena");

    private final String label;

    TrailOrigin(String label) {
        this.label = label;
    }

    /** As the table's "From" column says it. */
    public String label() {
        return label;
    }
}
