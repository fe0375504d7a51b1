package io.mskconsole.core.trailathena;

import java.util.List;

/**
 * What querying a trail with Athena asks of one account and region: its work groups, databases and tables, and the
 * runs of statements. Implemented over the AWS SDK and by the Sandbox. Every method may throw
 * {@link io.mskconsole.core.errors.GatewayException}; access denied names the IAM action.
 */
public interface AthenaGateway {
    String region();

    /** The work groups' names (ListWorkGroups, every page). */
    List<String> workGroups();

    /** One work group's settings (GetWorkGroup). */
    AthenaWorkGroup workGroup(String name);

    /** The databases of the account's data catalog (ListDatabases of AwsDataCatalog, every page). */
    List<String> databases();

    /** The tables of a database (ListTableMetadata, every page). */
    List<AthenaTableFacts> tables(String database);

    /**
     * Starts the statement (StartQueryExecution with its exact text, the database as its context, the work group,
     * and the result location when given).
     *
     * @param requestToken the run's idempotency token: a retried start with the same token is the same run
     * @return the run's id
     */
    String start(AthenaStatement statement, AthenaPlace place, String requestToken);

    /** Where the run stands (GetQueryExecution). */
    AthenaExecution execution(String id);

    /** One page of the results of a run that succeeded (GetQueryResults), after {@code token} (null at first). */
    AthenaResultPage results(String id, String token);

    /** Stops the run (StopQueryExecution). */
    void stop(String id);
}
