package io.mskconsole.sandbox;

import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import io.mskconsole.core.trailathena.AthenaDatabase;
import io.mskconsole.core.trailathena.AthenaExecution;
import io.mskconsole.core.trailathena.AthenaGateway;
import io.mskconsole.core.trailathena.AthenaPlace;
import io.mskconsole.core.trailathena.AthenaQuery;
import io.mskconsole.core.trailathena.AthenaResultPage;
import io.mskconsole.core.trailathena.AthenaStatement;
import io.mskconsole.core.trailathena.AthenaTable;
import io.mskconsole.core.trailathena.AthenaTableFacts;
import io.mskconsole.core.trailathena.AthenaWorkGroup;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The Sandbox's Athena: work group {@code primary} (results to {@value #RESULTS}) and {@code analysts} (nowhere for
 * results: a query there needs a location given); its catalog ({@link SandboxAthenaCatalog}); statements that make
 * a database or a trail's table, and the MSK query answered from the organization trail's files
 * ({@link SandboxAthenaAnswers}), each run QUEUED, then RUNNING, then done, one state each look; a query of a table
 * that does not exist fails as Athena's does. Each call after the session's call delay.
 */
final class SandboxAthena implements AthenaGateway {
    static final String RESULTS = "s3://sandbox-athena-results-" + SandboxData.ACCOUNT_ID + "/";
    static final int PAGE = 1000;

    /** A run: its statement, its looks so far, its outcome once computed. */
    private static final class Run {
        final AthenaStatement statement;
        final AtomicInteger looks = new AtomicInteger();
        volatile boolean stopped;
        String failure;
        SandboxAthenaAnswers.Answer answer;

        Run(AthenaStatement statement) {
            this.statement = statement;
        }
    }

    private final SandboxAthenaCatalog catalog;
    private final Instant worldStart;
    private final SandboxLatency latency;
    private final String region;
    private final Map<String, Run> runs;
    private final AtomicInteger ids;

    SandboxAthena(SandboxAthenaCatalog catalog, Instant worldStart, SandboxLatency latency, String region) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.worldStart = worldStart;
        this.latency = latency;
        this.region = region;
        this.runs = new ConcurrentHashMap<>();
        this.ids = new AtomicInteger();
    }

    @Override
    public String region() {
        return region;
    }

    @Override
    public List<String> workGroups() {
        latency.pause("ListWorkGroups");
        return List.of("primary", "analysts");
    }

    @Override
    public AthenaWorkGroup workGroup(String name) {
        latency.pause("GetWorkGroup");
        return switch (name) {
            case "primary" -> new AthenaWorkGroup("primary", RESULTS, false, false, true);
            case "analysts" -> new AthenaWorkGroup("analysts", null, false, false, true);
            default -> throw new GatewayException(Failure.BAD_REQUEST, "GetWorkGroup", "Athena has no work group "
                    + name + " in the Sandbox account: choose primary or analysts.", "WorkGroup " + name
                    + " is not found.", null);
        };
    }

    @Override
    public List<String> databases() {
        latency.pause("ListDatabases");
        return catalog.databases();
    }

    @Override
    public List<AthenaTableFacts> tables(String database) {
        latency.pause("ListTableMetadata");
        return catalog.tables(database);
    }

    @Override
    public String start(AthenaStatement statement, AthenaPlace place, String requestToken) {
        latency.pause("StartQueryExecution");
        String id = String.format("sandbox-%08d-0000-4000-8000-%012d", ids.incrementAndGet(), Math.abs(
                Objects.hashCode(requestToken)));
        runs.put(id, new Run(statement));
        return id;
    }

    @Override
    public AthenaExecution execution(String id) {
        latency.pause("GetQueryExecution");
        Run run = run(id, "GetQueryExecution");
        if (run.stopped) {
            return new AthenaExecution(id, AthenaExecution.State.CANCELLED, "Query cancelled by user", 0, 0);
        }
        int look = run.looks.incrementAndGet();
        if (look == 1) {
            return new AthenaExecution(id, AthenaExecution.State.QUEUED, null, 0, 0);
        }
        if (look == 2) {
            return new AthenaExecution(id, AthenaExecution.State.RUNNING, null, 0, 0);
        }
        finish(run);
        long scanned = run.answer == null ? 0 : run.answer.scannedBytes();
        return run.failure != null ? new AthenaExecution(id, AthenaExecution.State.FAILED, run.failure, 0, 120)
                : new AthenaExecution(id, AthenaExecution.State.SUCCEEDED, null, scanned, 1_400);
    }

    @Override
    public AthenaResultPage results(String id, String token) {
        latency.pause("GetQueryResults");
        Run run = run(id, "GetQueryResults");
        if (run.answer == null) {
            throw new GatewayException(Failure.BAD_REQUEST, "GetQueryResults", "Query " + id + " has no results: "
                    + "it has not succeeded.", "Query has not yet finished.", null);
        }
        int from = token == null ? 0 : Integer.parseInt(token);
        List<List<String>> rows = new ArrayList<>();
        if (from == 0) {
            rows.add(SandboxAthenaAnswers.HEADER);
        }
        List<List<String>> all = run.answer.rows();
        int to = Math.min(all.size(), from + PAGE - rows.size());
        rows.addAll(all.subList(from, to));
        return new AthenaResultPage(rows, to < all.size() ? Integer.toString(to) : null);
    }

    @Override
    public void stop(String id) {
        latency.pause("StopQueryExecution");
        run(id, "StopQueryExecution").stopped = true;
    }

    private synchronized void finish(Run run) {
        if (run.answer != null || run.failure != null) {
            return;
        }
        if (run.statement instanceof AthenaDatabase database) {
            catalog.addDatabase(database.name());
            run.answer = new SandboxAthenaAnswers.Answer(List.of(), 0);
        } else if (run.statement instanceof AthenaTable table) {
            run.failure = catalog.addTable(table);
            run.answer = run.failure == null ? new SandboxAthenaAnswers.Answer(List.of(), 0) : null;
        } else if (run.statement instanceof AthenaQuery query) {
            if (!catalog.hasTable(query.table().database(), query.table().table())) {
                run.failure = "TABLE_NOT_FOUND: line 2:6: Table 'awsdatacatalog." + query.table().qualified()
                        + "' does not exist";
            } else {
                run.answer = SandboxAthenaAnswers.answer(query, worldStart);
            }
        }
    }

    private Run run(String id, String operation) {
        Run run = runs.get(id);
        if (run == null) {
            throw new GatewayException(Failure.BAD_REQUEST, operation, "Athena has no query " + id + ".",
                    "QueryExecution " + id + " was not found", null);
        }
        return run;
    }
}
