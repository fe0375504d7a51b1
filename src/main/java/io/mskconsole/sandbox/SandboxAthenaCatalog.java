package io.mskconsole.sandbox;

import io.mskconsole.core.trailathena.AthenaTableFacts;
import io.mskconsole.core.trailathena.AthenaTables;
import io.mskconsole.core.trailathena.AthenaTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Sandbox account's Athena data catalog, kept for the session: database {@code default} holds the table the
 * CloudTrail console would have made over the organization trail's files (not projected: MSK Console passes it
 * over), and the databases and tables made in the Sandbox are added.
 */
final class SandboxAthenaCatalog {
    static final String LEGACY_TABLE = "cloudtrail_logs_" + SandboxTrailFiles.BUCKET.replace('-', '_');
    private final Map<String, Map<String, AthenaTableFacts>> databases = new LinkedHashMap<>();

    SandboxAthenaCatalog() {
        Map<String, AthenaTableFacts> defaults = new LinkedHashMap<>();
        defaults.put(LEGACY_TABLE, new AthenaTableFacts("default", LEGACY_TABLE,
                AthenaTables.columns(), List.of(), Map.of("EXTERNAL",
                "TRUE", "inputformat", "com.amazon.emr.cloudtrail.CloudTrailInputFormat", "location", "s3://"
                        + SandboxTrailFiles.BUCKET + "/trails/AWSLogs/" + SandboxTrailFiles.ORGANIZATION + "/")));
        databases.put("default", defaults);
    }

    synchronized List<String> databases() {
        return List.copyOf(databases.keySet());
    }

    synchronized List<AthenaTableFacts> tables(String database) {
        Map<String, AthenaTableFacts> tables = databases.get(database);
        return tables == null ? List.of() : new ArrayList<>(tables.values());
    }

    synchronized boolean hasTable(String database, String table) {
        return databases.getOrDefault(database, Map.of()).containsKey(table);
    }

    synchronized void addDatabase(String name) {
        databases.putIfAbsent(name, new LinkedHashMap<>());
    }

    /** @return why it cannot be made, or null when it was */
    synchronized String addTable(AthenaTable table) {
        Map<String, AthenaTableFacts> tables = databases.get(table.database());
        if (tables == null) {
            return "SCHEMA_NOT_FOUND: Schema " + table.database() + " does not exist";
        }
        if (tables.containsKey(table.table())) {
            return "FAILED: AlreadyExistsException: Table " + table.table() + " already exists";
        }
        tables.put(table.table(), AthenaTables.madeFrom(table));
        return null;
    }
}
