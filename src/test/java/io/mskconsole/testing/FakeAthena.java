package io.mskconsole.testing;

import io.mskconsole.core.trailathena.AthenaExecution;
import io.mskconsole.core.trailathena.AthenaGateway;
import io.mskconsole.core.trailathena.AthenaPlace;
import io.mskconsole.core.trailathena.AthenaResultPage;
import io.mskconsole.core.trailathena.AthenaStatement;
import io.mskconsole.core.trailathena.AthenaTableFacts;
import io.mskconsole.core.trailathena.AthenaWorkGroup;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Athena in memory: work groups, databases and tables as set; each run started is recorded with its place, and
 * answers the states queued in {@link #states} (SUCCEEDED when none are left), then the pages in {@link #pages}.
 */
public class FakeAthena implements AthenaGateway {
    public final Map<String, AthenaWorkGroup> workGroups = new HashMap<>();
    public final List<String> databases = new ArrayList<>(List.of("default"));
    public final Map<String, List<AthenaTableFacts>> tables = new HashMap<>();
    public final List<AthenaStatement> started = Collections.synchronizedList(new ArrayList<>());
    public final List<AthenaPlace> places = Collections.synchronizedList(new ArrayList<>());
    public final List<String> stopped = Collections.synchronizedList(new ArrayList<>());
    public final Deque<AthenaExecution.State> states = new ArrayDeque<>();
    public final Deque<AthenaResultPage> pages = new ArrayDeque<>();
    public final List<String> calls = Collections.synchronizedList(new ArrayList<>());
    public String failure = "FAILED for a reason";
    public long scanned = 12_345_678L;

    public FakeAthena() {
        workGroups.put("primary", new AthenaWorkGroup("primary", "s3://athena-results/", false, false, true));
    }

    @Override
    public String region() {
        return "us-east-1";
    }

    @Override
    public List<String> workGroups() {
        calls.add("ListWorkGroups");
        return List.copyOf(workGroups.keySet());
    }

    @Override
    public AthenaWorkGroup workGroup(String name) {
        calls.add("GetWorkGroup " + name);
        AthenaWorkGroup group = workGroups.get(name);
        if (group == null) {
            throw new io.mskconsole.core.errors.GatewayException(io.mskconsole.core.errors.Failure.BAD_REQUEST,
                    "GetWorkGroup", "WorkGroup " + name + " is not found.");
        }
        return group;
    }

    @Override
    public List<String> databases() {
        calls.add("ListDatabases");
        return List.copyOf(databases);
    }

    @Override
    public List<AthenaTableFacts> tables(String database) {
        calls.add("ListTableMetadata " + database);
        return tables.getOrDefault(database, List.of());
    }

    @Override
    public synchronized String start(AthenaStatement statement, AthenaPlace place, String requestToken) {
        started.add(statement);
        places.add(place);
        calls.add("StartQueryExecution");
        return "run-" + started.size();
    }

    @Override
    public synchronized AthenaExecution execution(String id) {
        calls.add("GetQueryExecution " + id);
        AthenaExecution.State state = states.isEmpty() ? AthenaExecution.State.SUCCEEDED : states.poll();
        return new AthenaExecution(id, state, state == AthenaExecution.State.FAILED ? failure : null, scanned, 900);
    }

    @Override
    public synchronized AthenaResultPage results(String id, String token) {
        calls.add("GetQueryResults " + id + (token == null ? "" : " " + token));
        return pages.isEmpty() ? new AthenaResultPage(List.of(), null) : pages.poll();
    }

    @Override
    public void stop(String id) {
        calls.add("StopQueryExecution " + id);
        stopped.add(id);
    }
}
