package io.mskconsole.core.trailathena;

import java.util.Objects;

/**
 * Where a statement runs: its database (the query's context), its work group, and where Athena writes the results
 * when the work group does not say (an {@code s3://} location, or null to use the work group's).
 */
public record AthenaPlace(String database, String workGroup, String outputLocation) {
    /** @throws IllegalArgumentException for a database name Athena does not take or a location that is not S3's */
    public AthenaPlace {
        database = AthenaSql.name("database", database);
        Objects.requireNonNull(workGroup, "workGroup");
        if (workGroup.isBlank()) {
            throw new IllegalArgumentException("Name the Athena work group to run the query in (often 'primary').");
        }
        workGroup = workGroup.strip();
        outputLocation = outputLocation == null || outputLocation.isBlank() ? null : outputLocation.strip();
        if (outputLocation != null && !outputLocation.startsWith("s3://")) {
            throw new IllegalArgumentException("The query result location '" + outputLocation
                    + "' is not an S3 location: give it as s3://bucket/prefix/.");
        }
    }
}
