package io.mskconsole.core.trailathena;

import java.util.List;
import java.util.Map;

/**
 * What Athena says of a table (ListTableMetadata): enough to tell whether it is a trail's table projected by day.
 *
 * @param columns       its columns (not the partition columns): name → type, as Athena gives them
 * @param partitionKeys the partition columns' names, in order
 * @param parameters    its properties: {@code location}, {@code inputformat}, {@code projection.*}, ...
 */
public record AthenaTableFacts(String database, String name, Map<String, String> columns, List<String> partitionKeys,
                               Map<String, String> parameters) {
    public AthenaTableFacts {
        columns = Map.copyOf(columns);
        partitionKeys = List.copyOf(partitionKeys);
        parameters = Map.copyOf(parameters);
    }

    public String qualified() {
        return database + "." + name;
    }

    public String location() {
        return parameters.getOrDefault("location", "");
    }
}
