package io.mskconsole.cli;

import io.mskconsole.core.trailathena.AthenaQuestion;
import java.util.Arrays;
import java.util.stream.Collectors;
import picocli.CommandLine.Option;

/** {@code trail}'s options for querying the trail with Athena. */
final class AthenaOptions {
    @Option(names = "--athena", description = "Query the trail's files with Athena (with --trail), for history "
            + "beyond one machine: the table is found in --database, or created with --create-table.")
    boolean athena;

    @Option(names = "--database", paramLabel = "NAME", defaultValue = "default",
            description = "With --athena: the Glue database of the trail's table (default: default).")
    String database;

    @Option(names = "--workgroup", paramLabel = "NAME", defaultValue = "primary",
            description = "With --athena: the work group to run in (default: primary).")
    String workGroup;

    @Option(names = "--output-location", paramLabel = "s3://BUCKET/PREFIX/",
            description = "With --athena: where Athena writes the results when the work group does not say.")
    String outputLocation;

    @Option(names = "--athena-region", paramLabel = "REGION",
            description = "With --athena: the region Athena and its catalog are in (default: the first --region, "
                    + "else the profile's); --region then only narrows the events.")
    String region;

    @Option(names = "--table", paramLabel = "NAME",
            description = "With --athena --create-table: the new table's name (default: msk_cloudtrail_TRAIL).")
    String table;

    @Option(names = "--create-table", description = "With --athena: create the trail's table (partition "
            + "projection by account, region and day) when the database has none that suits; its DDL is printed "
            + "first. Without it, the DDL is printed and nothing is made.")
    boolean createTable;

    @Option(names = "--question", paramLabel = "NAME", defaultValue = "all",
            description = "With --athena, a saved query: all (default), log-delivery (who changed broker log "
                    + "delivery), monitoring-and-configuration (UpdateMonitoring and UpdateClusterConfiguration), "
                    + "topic (Kafka actions on --topic), denied (calls refused for want of permission).")
    String question;

    @Option(names = "--topic", paramLabel = "NAME", description = "With --athena --question topic: the topic.")
    String topic;

    /** What to ask, checked. */
    TrailFromAthena.Ask ask() {
        AthenaQuestion asked = AthenaQuestion.of(question).orElseThrow(() -> CliFailure.usage("--question: '"
                + question + "' is not a saved query; choose one of " + Arrays.stream(AthenaQuestion.values())
                .map(AthenaQuestion::optionName).collect(Collectors.joining(", ")) + "."));
        if (asked.needsTopic() && (topic == null || topic.isBlank())) {
            throw CliFailure.usage("--question " + asked.optionName() + " needs --topic NAME.");
        }
        if (topic != null && !asked.needsTopic()) {
            throw CliFailure.usage("--topic goes with --question topic.");
        }
        if (region != null && !region.strip().matches("[a-z]{2}(-[a-z]+)+-\\d")) {
            throw CliFailure.usage("--athena-region: '" + region + "' is not a region name (e.g. us-east-1).");
        }
        return new TrailFromAthena.Ask(database, workGroup, outputLocation, table, createTable, asked, topic,
                region == null ? null : region.strip());
    }

    /** Whether an Athena option was given without --athena. */
    boolean givenWithout() {
        return !athena && (createTable || table != null || topic != null || outputLocation != null || region != null
                || !"default".equals(database) || !"primary".equals(workGroup) || !"all".equals(question));
    }
}
