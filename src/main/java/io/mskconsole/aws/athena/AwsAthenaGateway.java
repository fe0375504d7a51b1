package io.mskconsole.aws.athena;

import io.mskconsole.aws.destinations.SdkCalls;
import io.mskconsole.aws.errors.AwsCall;
import io.mskconsole.aws.errors.AwsService;
import io.mskconsole.core.trailathena.AthenaExecution;
import io.mskconsole.core.trailathena.AthenaGateway;
import io.mskconsole.core.trailathena.AthenaPlace;
import io.mskconsole.core.trailathena.AthenaResultPage;
import io.mskconsole.core.trailathena.AthenaStatement;
import io.mskconsole.core.trailathena.AthenaTableFacts;
import io.mskconsole.core.trailathena.AthenaWorkGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import software.amazon.awssdk.services.athena.AthenaClient;
import software.amazon.awssdk.services.athena.model.Column;
import software.amazon.awssdk.services.athena.model.Datum;
import software.amazon.awssdk.services.athena.model.QueryExecution;
import software.amazon.awssdk.services.athena.model.QueryExecutionState;
import software.amazon.awssdk.services.athena.model.Row;
import software.amazon.awssdk.services.athena.model.TableMetadata;
import software.amazon.awssdk.services.athena.model.WorkGroup;
import software.amazon.awssdk.services.athena.model.WorkGroupConfiguration;
import software.amazon.awssdk.services.athena.model.WorkGroupState;

/**
 * {@link AthenaGateway} over the SDK's Athena client of one region: ListWorkGroups, GetWorkGroup, ListDatabases and
 * ListTableMetadata of the AwsDataCatalog (every page, by the SDK's paginators), StartQueryExecution with the
 * statement's exact text, GetQueryExecution, GetQueryResults (1,000 rows a page) and StopQueryExecution. Failures
 * come out as {@link io.mskconsole.core.errors.GatewayException}s worded by {@code AwsFailures}, access denied
 * naming the IAM action ({@code athena:StartQueryExecution}, ...). Thread-safe when the client is.
 */
public final class AwsAthenaGateway implements AthenaGateway {
    static final String CATALOG = "AwsDataCatalog";
    static final int PAGE = 1000;

    private final Supplier<AthenaClient> client;
    private final String region;
    private final String profile;

    /**
     * @param client  the Athena client of {@code region}, asked on each use
     * @param profile the profile it signs with, for messages; null when credentials were given directly
     */
    public AwsAthenaGateway(Supplier<AthenaClient> client, String region, String profile) {
        this.client = Objects.requireNonNull(client, "client");
        this.region = Objects.requireNonNull(region, "region");
        this.profile = profile;
    }

    @Override
    public String region() {
        return region;
    }

    @Override
    public List<String> workGroups() {
        return call("ListWorkGroups", athena -> athena.listWorkGroupsPaginator(r -> { }).stream()
                .flatMap(page -> page.workGroups().stream()).map(w -> w.name()).filter(Objects::nonNull).toList());
    }

    @Override
    public AthenaWorkGroup workGroup(String name) {
        return call("GetWorkGroup", athena -> workGroup(athena.getWorkGroup(r -> r.workGroup(name)).workGroup()));
    }

    @Override
    public List<String> databases() {
        return call("ListDatabases", athena -> athena.listDatabasesPaginator(r -> r.catalogName(CATALOG))
                .databaseList().stream().map(d -> d.name()).filter(Objects::nonNull).toList());
    }

    @Override
    public List<AthenaTableFacts> tables(String database) {
        return call("ListTableMetadata", athena -> athena.listTableMetadataPaginator(r -> r.catalogName(CATALOG)
                .databaseName(database)).tableMetadataList().stream().map(t -> table(database, t)).toList());
    }

    @Override
    public String start(AthenaStatement statement, AthenaPlace place, String requestToken) {
        return call("StartQueryExecution", athena -> athena.startQueryExecution(r -> {
            r.queryString(statement.text()).clientRequestToken(requestToken).workGroup(place.workGroup())
                    .queryExecutionContext(c -> c.catalog(CATALOG).database(place.database()));
            if (place.outputLocation() != null) {
                r.resultConfiguration(c -> c.outputLocation(place.outputLocation()));
            }
        }).queryExecutionId());
    }

    @Override
    public AthenaExecution execution(String id) {
        return call("GetQueryExecution", athena -> execution(athena.getQueryExecution(r -> r.queryExecutionId(id))
                .queryExecution(), id));
    }

    @Override
    public AthenaResultPage results(String id, String token) {
        return call("GetQueryResults", athena -> {
            var answer = athena.getQueryResults(r -> r.queryExecutionId(id).nextToken(token).maxResults(PAGE));
            List<List<String>> rows = new ArrayList<>();
            if (answer.resultSet() != null) {
                for (Row row : answer.resultSet().rows()) {
                    rows.add(row.data().stream().map(Datum::varCharValue).toList());
                }
            }
            return new AthenaResultPage(rows, answer.nextToken());
        });
    }

    @Override
    public void stop(String id) {
        call("StopQueryExecution", athena -> athena.stopQueryExecution(r -> r.queryExecutionId(id)));
    }

    private static AthenaWorkGroup workGroup(WorkGroup group) {
        WorkGroupConfiguration config = group.configuration();
        String location = config == null || config.resultConfiguration() == null ? null
                : config.resultConfiguration().outputLocation();
        boolean managed = config != null && config.managedQueryResultsConfiguration() != null
                && Boolean.TRUE.equals(config.managedQueryResultsConfiguration().enabled());
        return new AthenaWorkGroup(group.name(), location == null || location.isBlank() ? null : location,
                config != null && Boolean.TRUE.equals(config.enforceWorkGroupConfiguration()), managed,
                group.state() != WorkGroupState.DISABLED);
    }

    private static AthenaTableFacts table(String database, TableMetadata table) {
        java.util.Map<String, String> columns = new java.util.LinkedHashMap<>();
        for (Column column : table.columns()) {
            if (column.name() != null) {
                columns.put(column.name().toLowerCase(java.util.Locale.ROOT), column.type() == null ? ""
                        : column.type().toLowerCase(java.util.Locale.ROOT));
            }
        }
        return new AthenaTableFacts(database, table.name(), columns, table.partitionKeys().stream().map(Column::name)
                .map(n -> n.toLowerCase(java.util.Locale.ROOT)).toList(), table.parameters());
    }

    private static AthenaExecution execution(QueryExecution execution, String id) {
        var status = execution.status();
        var statistics = execution.statistics();
        QueryExecutionState state = status == null ? null : status.state();
        String reason = status == null ? null : status.stateChangeReason();
        if (status != null && status.athenaError() != null && status.athenaError().errorMessage() != null
                && reason == null) {
            reason = status.athenaError().errorMessage();
        }
        return new AthenaExecution(execution.queryExecutionId() == null ? id : execution.queryExecutionId(),
                state(state), reason, statistics == null || statistics.dataScannedInBytes() == null ? 0
                : statistics.dataScannedInBytes(), statistics == null || statistics.engineExecutionTimeInMillis()
                == null ? 0 : statistics.engineExecutionTimeInMillis());
    }

    private static AthenaExecution.State state(QueryExecutionState state) {
        if (state == null) {
            return AthenaExecution.State.QUEUED;
        }
        return switch (state) {
            case RUNNING -> AthenaExecution.State.RUNNING;
            case SUCCEEDED -> AthenaExecution.State.SUCCEEDED;
            case FAILED -> AthenaExecution.State.FAILED;
            case CANCELLED -> AthenaExecution.State.CANCELLED;
            default -> AthenaExecution.State.QUEUED;
        };
    }

    private <T> T call(String operation, Function<AthenaClient, T> action) {
        return SdkCalls.call(AwsCall.of(AwsService.ATHENA, operation, region, profile, null), client, action);
    }
}
