package io.mskconsole.core.trailathena;

/**
 * A statement Athena runs: the MSK query ({@link AthenaQuery}), the trail's table ({@link AthenaTable}) or the
 * database it goes in ({@link AthenaDatabase}). The AWS adapter sends {@link #text()} exactly; the Sandbox answers
 * from what it is.
 */
public sealed interface AthenaStatement permits AthenaQuery, AthenaTable, AthenaDatabase {
    /** The statement, exactly as sent. */
    String text();
}
