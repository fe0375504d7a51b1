package io.mskconsole.core.trailathena;

import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import io.mskconsole.core.trailbucket.TrailBucketGateway;
import io.mskconsole.core.trailbucket.TrailFolders;
import io.mskconsole.core.trailbucket.TrailInfo;
import io.mskconsole.core.trailbucket.TrailLayout;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Where a trail's Athena query will run, the same for the window and {@code trail --athena}: the work group is
 * checked (enabled, with somewhere to put results), the database's tables are searched for one that suits
 * ({@link AthenaTables}), and when none does, the table to create is drawn up from what the trail's bucket holds (its
 * organization, accounts, regions and first year), with the database first when it does not exist yet. Nothing is
 * created until {@link #create} is called with the plan the user has seen. Blocking: call it off the UI thread.
 */
public final class AthenaTableSetup {
    /**
     * @param table  the table queries will use: found, or to create
     * @param create the statements to run first (the database, the table), empty when the table exists
     * @param notes  what the user should know: tables passed over, accounts or regions the table does not project
     */
    public record Plan(AthenaPlace place, AthenaWorkGroup workGroup, AthenaTable table, String organizationId,
                       List<AthenaStatement> create, List<String> notes) {
        public Plan {
            create = List.copyOf(create);
            notes = List.copyOf(notes);
        }

        public boolean ready() {
            return create.isEmpty();
        }

        /** The statements to run, as sent, one after another. */
        public String ddl() {
            return String.join(";\n\n", create.stream().map(AthenaStatement::text).toList()) + (ready() ? "" : ";");
        }
    }

    /**
     * The first day a table made here projects: CloudTrail's launch (November 2013). A day with no files costs
     * nothing, since a query reads only the days its predicates name, so the table never hides older history.
     */
    static final LocalDate SINCE = LocalDate.of(2013, 11, 1);

    private final AthenaGateway athena;
    private final TrailBucketGateway bucket;

    public AthenaTableSetup(AthenaGateway athena, TrailBucketGateway bucket) {
        this.athena = Objects.requireNonNull(athena, "athena");
        this.bucket = Objects.requireNonNull(bucket, "bucket");
    }

    /**
     * @param tableName the table to create when none suits, or null for {@link AthenaTables#suggestedName}
     * @throws GatewayException for a work group that cannot run it, or a trail that has delivered nothing
     */
    public Plan plan(TrailInfo trail, AthenaPlace place, String tableName) {
        AthenaWorkGroup workGroup = athena.workGroup(place.workGroup());
        if (!workGroup.enabled()) {
            throw new GatewayException(Failure.BAD_REQUEST, "GetWorkGroup", "Athena work group " + workGroup.name()
                    + " is disabled: choose another, or enable it in the Athena console.");
        }
        if (!workGroup.hasResultsPlace(place.outputLocation())) {
            throw new GatewayException(Failure.BAD_REQUEST, "GetWorkGroup", "Athena work group " + workGroup.name()
                    + " has no query result location" + (workGroup.enforced() ? " and enforces its settings, so "
                    + "none given counts: set one on the work group, or choose another." : ": give one "
                    + "(s3://bucket/prefix/), or choose a work group that has one."));
        }
        String organization = TrailFolders.organizationOf(bucket, trail);
        String account = trail.account();
        boolean databaseExists = athena.databases().contains(place.database());
        List<AthenaTableFacts> tables = databaseExists ? athena.tables(place.database()) : List.of();
        AthenaTables.Finding finding = AthenaTables.find(tables, trail, organization, account);
        List<String> notes = new ArrayList<>(finding.notes());
        String root = TrailLayout.root(trail.keyPrefix(), organization);
        List<String> accounts = organization != null ? TrailFolders.accounts(bucket, trail, root)
                : List.of(Objects.requireNonNull(account, "the trail's account"));
        if (accounts.isEmpty()) {
            throw new GatewayException(Failure.NOT_FOUND, "ListObjectsV2", "s3://" + trail.bucket() + "/" + root
                    + " holds no account folder: trail " + trail.name() + " has delivered nothing there.");
        }
        if (finding.table().isPresent()) {
            AthenaTable table = finding.table().get();
            List<String> left = accounts.stream().filter(a -> !table.accounts().contains(a)).toList();
            if (!left.isEmpty()) {
                notes.add("Table " + table.qualified() + " does not project the accounts " + String.join(", ", left)
                        + " the bucket holds: their events are not in its answers (add them to the table's "
                        + "projection, or drop it and let MSK Console create it again).");
            }
            return new Plan(place, workGroup, table, organization, List.of(), notes);
        }
        Set<String> regions = new LinkedHashSet<>();
        for (String each : accounts) {
            regions.addAll(TrailFolders.regions(bucket, trail, root, each));
        }
        if (regions.isEmpty()) {
            throw new GatewayException(Failure.NOT_FOUND, "ListObjectsV2", "s3://" + trail.bucket() + "/" + root
                    + " holds no region folder: trail " + trail.name() + " has delivered nothing there.");
        }
        String name = free(tables, tableName == null || tableName.isBlank() ? AthenaTables.suggestedName(trail)
                : tableName, tableName == null || tableName.isBlank(), notes);
        AthenaTable table = new AthenaTable(place.database(), name, trail, organization, accounts,
                List.copyOf(regions), SINCE);
        List<AthenaStatement> create = new ArrayList<>();
        if (!databaseExists) {
            create.add(new AthenaDatabase(place.database()));
        }
        create.add(table);
        return new Plan(place, workGroup, table, organization, create, notes);
    }

    /**
     * The name itself when no table has it; else, for a name of our own, the first free one after it
     * ({@code _2}, {@code _3}, ...), said in a note; a name the user gave is refused.
     */
    private static String free(List<AthenaTableFacts> tables, String name, boolean ours, List<String> notes) {
        java.util.Set<String> taken = new java.util.HashSet<>();
        tables.forEach(t -> taken.add(t.name().toLowerCase(java.util.Locale.ROOT)));
        String wanted = AthenaSql.name("table", name);
        if (!taken.contains(wanted)) {
            return wanted;
        }
        if (!ours) {
            throw new IllegalArgumentException("The database already has a table " + wanted + " that does not suit "
                    + "this trail: name another.");
        }
        int n = 2;
        while (taken.contains(wanted + "_" + n)) {
            n++;
        }
        notes.add("The database already has a table " + wanted + " that does not suit this trail (another bucket or "
                + "layout): the new one is " + wanted + "_" + n + ".");
        return wanted + "_" + n;
    }

    /**
     * Runs the plan's statements in order, each to its end.
     *
     * @return false when cancelled
     * @throws GatewayException when one fails, with Athena's reason
     */
    public boolean create(Plan plan, AthenaRun run, Consumer<AthenaExecution> told, Cancellation cancellation) {
        for (AthenaStatement statement : plan.create()) {
            AthenaPlace place = statement instanceof AthenaDatabase
                    ? new AthenaPlace("default", plan.place().workGroup(), plan.place().outputLocation())
                    : plan.place();
            AthenaExecution done = run.run(statement, place, told, cancellation);
            if (done.state() == AthenaExecution.State.CANCELLED && cancellation.isCancelled()) {
                return false;
            }
            if (done.state() != AthenaExecution.State.SUCCEEDED) {
                throw new GatewayException(Failure.BAD_REQUEST, "StartQueryExecution", "Athena could not run "
                        + firstLine(statement.text()) + " (" + done.id() + "): " + done.reason(), done.reason(), null);
            }
        }
        return true;
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end) + " …";
    }
}
