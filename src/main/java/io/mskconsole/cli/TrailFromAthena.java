package io.mskconsole.cli;

import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.errors.GatewayException;
import io.mskconsole.core.trail.TrailEvent;
import io.mskconsole.core.trail.TrailSource;
import io.mskconsole.core.trailathena.AthenaExecution;
import io.mskconsole.core.trailathena.AthenaGateway;
import io.mskconsole.core.trailathena.AthenaPlace;
import io.mskconsole.core.trailathena.AthenaQuery;
import io.mskconsole.core.trailathena.AthenaQuestion;
import io.mskconsole.core.trailathena.AthenaRun;
import io.mskconsole.core.trailathena.AthenaTableSetup;
import io.mskconsole.core.trailathena.TrailAthenaRead;
import io.mskconsole.core.trailbucket.TrailBucketGateway;
import io.mskconsole.core.trailbucket.TrailInfo;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * {@code trail --athena --trail NAME}: the trail's history from Athena, as the window queries it. The table is found
 * or, with {@code --create-table}, created (its DDL printed first; without the option the DDL is printed and nothing
 * is made), the MSK query (and the saved question asked) is printed, then run; its state and the data it scanned
 * with the cost go to standard error as they change, the events to standard output at the end. Ctrl-C stops the
 * query (StopQueryExecution) and prints what had arrived.
 */
final class TrailFromAthena {
    /** What to ask and where. */
    record Ask(String database, String workGroup, String outputLocation, String table, boolean createTable,
               AthenaQuestion question, String topic, String region) {
    }

    private final CliEnvironment env;
    private final GlobalOptions global;
    private final TrailSource.Preset preset;
    private final Predicate<TrailEvent> wanted;
    private final Consumer<List<TrailEvent>> output;

    TrailFromAthena(CliEnvironment env, GlobalOptions global, TrailSource.Preset preset, Predicate<TrailEvent> wanted,
                    Consumer<List<TrailEvent>> output) {
        this.env = env;
        this.global = global;
        this.preset = preset;
        this.wanted = wanted;
        this.output = output;
    }

    /**
     * @param accounts the accounts asked (organization trails), or null for all the table projects
     * @param regions  the regions asked, or null for the region Athena runs in (as {@code --s3} reads the
     *                 connection's region): Athena runs in {@code --athena-region}, else the first, else the profile's
     */
    int run(String trailName, Ask ask, List<String> accounts, List<String> regions, Instant start, Instant end) {
        AthenaPlace place;
        try {
            place = new AthenaPlace(ask.database(), ask.workGroup(), ask.outputLocation());
        } catch (IllegalArgumentException bad) {
            throw CliFailure.usage(bad.getMessage());
        }
        String athenaRegion = ask.region() != null ? ask.region() : regions == null ? null : regions.get(0);
        try (Connection connection = Connection.open(env, global, athenaRegion)) {
            TrailBucketGateway bucket = connection.session().trailBucket(connection.region());
            AthenaGateway athena = connection.session().athena(connection.region());
            TrailInfo trail = TrailFromBucket.trail(bucket, trailName, connection.region());
            AthenaTableSetup setup = new AthenaTableSetup(athena, bucket);
            AthenaTableSetup.Plan plan;
            try {
                plan = setup.plan(trail, place, ask.table());
            } catch (IllegalArgumentException bad) {
                throw CliFailure.usage(bad.getMessage());
            }
            plan.notes().forEach(note -> env.err().println("Note: " + note));
            AthenaQuery query = query(plan, ask, accounts, regions != null ? regions : List.of(connection.region()),
                    start, end); // checked before anything is made
            query.notes().forEach(note -> env.err().println("Note: " + note));
            AthenaRun run = new AthenaRun(athena, env.ticker(), () -> UUID.randomUUID().toString());
            Cancellation cancellation = new Cancellation();
            Interrupts.Registration ctrlC = env.interrupts().install(cancellation::cancel);
            try {
                if (!plan.ready()) {
                    if (!ask.createTable()) {
                        env.err().println("No table in database " + place.database() + " suits trail " + trail.name()
                                + ". MSK Console would run, in work group " + place.workGroup() + ":\n\n"
                                + plan.ddl() + "\n");
                        throw CliFailure.usage("Run again with --create-table to create it (or name another "
                                + "--database that has one).");
                    }
                    env.err().println("Creating table " + plan.table().qualified() + " in work group "
                            + place.workGroup() + ":\n\n" + plan.ddl() + "\n");
                    if (!setup.create(plan, run, state -> { }, cancellation)) {
                        return CliErrors.report(new CliFailure(ExitCodes.INTERRUPTED, "Stopped by Ctrl-C while "
                                + "creating the table."), env.err());
                    }
                }
                env.err().println("Querying " + plan.table().qualified() + " (" + ask.question().label() + ", "
                        + query.days() + " days of partitions) in work group " + place.workGroup() + ":\n\n"
                        + query.text() + "\n");
                return read(run, query, place, cancellation);
            } finally {
                ctrlC.close();
            }
        }
    }

    private AthenaQuery query(AthenaTableSetup.Plan plan, Ask ask, List<String> accounts, List<String> regions,
                              Instant start, Instant end) {
        try {
            return new AthenaQuery(plan.table(), start, end, preset, accounts, regions, ask.question(),
                    AthenaQuery.Filters.topic(ask.topic()));
        } catch (IllegalArgumentException bad) {
            throw CliFailure.usage(bad.getMessage().replace("needs the topic's name", "needs --topic NAME"));
        }
    }

    private int read(AthenaRun run, AthenaQuery query, AthenaPlace place, Cancellation cancellation) {
        try (io.mskconsole.core.trail.RecordSink records = env.keeping().records().get()) {
            return read(run, query, place, cancellation, records);
        }
    }

    private int read(AthenaRun run, AthenaQuery query, AthenaPlace place, Cancellation cancellation,
                     io.mskconsole.core.trail.RecordSink records) {
        AthenaExecution.State[] last = {null};
        TrailAthenaRead.Result result;
        try {
            result = new TrailAthenaRead(run).keepingIn(records).read(query, place, new TrailAthenaRead.Listener() {
                @Override
                public void state(AthenaExecution execution) {
                    if (execution.state() != last[0]) {
                        last[0] = execution.state();
                        env.err().println("Athena " + execution.id() + ": " + execution.describe()
                                + (execution.reason() == null ? "" : " (" + execution.reason() + ")"));
                    }
                }

                @Override
                public void events(List<TrailEvent> batch) {
                }
            }, cancellation);
        } catch (GatewayException failed) {
            throw CliFailure.failed(failed.getMessage());
        }
        List<TrailEvent> shown = result.events().stream().filter(wanted).toList();
        output.accept(shown);
        env.err().println("Athena: " + result.describe() + (shown.size() == result.events().size() ? ""
                : "; " + shown.size() + " shown") + ".");
        if (result.truncated()) {
            return CliErrors.report(CliFailure.failed(String.format(java.util.Locale.ROOT, "Athena had more than %,d "
                    + "rows: printed the newest. Narrow --since/--until, the accounts, regions or --question.",
                    AthenaQuery.MOST_ROWS)), env.err());
        }
        if (result.stopped()) {
            return CliErrors.report(new CliFailure(ExitCodes.INTERRUPTED, "Stopped by Ctrl-C: the query was "
                    + "stopped; printed the " + TrailLookupProgress.count(shown.size(), "event") + " that had "
                    + "arrived."), env.err());
        }
        return ExitCodes.OK;
    }
}
