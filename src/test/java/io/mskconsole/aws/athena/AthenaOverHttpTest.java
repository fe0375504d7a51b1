package io.mskconsole.aws.athena;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.mskconsole.aws.StubAccount;
import io.mskconsole.aws.account.AwsSession;
import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import io.mskconsole.core.trail.TrailEvent;
import io.mskconsole.core.trail.TrailOrigin;
import io.mskconsole.core.trail.TrailSource;
import io.mskconsole.core.trailathena.AthenaExecution;
import io.mskconsole.core.trailathena.AthenaGateway;
import io.mskconsole.core.trailathena.AthenaPlace;
import io.mskconsole.core.trailathena.AthenaQuery;
import io.mskconsole.core.trailathena.AthenaQuestion;
import io.mskconsole.core.trailathena.AthenaRun;
import io.mskconsole.core.trailathena.AthenaTable;
import io.mskconsole.core.trailathena.AthenaTableFacts;
import io.mskconsole.core.trailathena.AthenaWorkGroup;
import io.mskconsole.core.trailathena.TrailAthenaRead;
import io.mskconsole.core.trailbucket.TrailInfo;
import io.mskconsole.testing.SteppedTicker;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Athena over real HTTP (AWS JSON 1.1): the work group, databases and tables read page by page; the query started
 * with its exact text, context, work group, result location and token; GetQueryExecution until SUCCEEDED or FAILED
 * with its reason; GetQueryResults paged with the header row first; StopQueryExecution on cancel; the DDL sent as
 * built; access denied naming the IAM action.
 */
class AthenaOverHttpTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String JSON_11 = "application/x-amz-json-1.1";
    static final String ID = "6f3c2a10-1d2b-4c5e-9f80-0a1b2c3d4e5f";
    static final TrailInfo ORG = new TrailInfo("org-audit", "arn:aws:cloudtrail:us-east-1:111122223333:trail/"
            + "org-audit", "us-east-1", "org-audit-trails", "trails", true, true);
    static final AthenaTable TABLE = new AthenaTable("audit", "msk_cloudtrail_org_audit", ORG, "o-a1b2c3d4e5",
            List.of("111122223333", "444455556666"), List.of("us-east-1", "eu-west-1"), LocalDate.of(2025, 1, 1));
    static final AthenaQuery QUERY = new AthenaQuery(TABLE, Instant.parse("2026-03-01T00:00:00Z"),
            Instant.parse("2026-03-07T23:59:59Z"), TrailSource.Preset.BOTH, List.of(), List.of(),
            AthenaQuestion.DENIED, AthenaQuery.Filters.NONE);
    static final AthenaPlace PLACE = new AthenaPlace("audit", "primary", "s3://athena-results-111122223333/msk/");

    @RegisterExtension
    static WireMockExtension aws = StubAccount.localMsk();

    @TempDir
    Path home;
    AwsSession session;

    @AfterEach
    void closeSession() {
        if (session != null) {
            session.close();
        }
    }

    AthenaGateway athena() {
        session = StubAccount.open(home, StubAccount.settings(aws.baseUrl()));
        return session.athena(StubAccount.REGION);
    }

    static MappingBuilder call(String operation) {
        return post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo("AmazonAthena." + operation));
    }

    static ResponseDefinitionBuilder ok(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", JSON_11)
                .withHeader("x-amzn-RequestId", "0c9a2f4e-0000-4000-8000-000000000001").withBody(body);
    }

    static List<JsonNode> sent(String operation) throws Exception {
        List<LoggedRequest> requests = new ArrayList<>(aws.findAll(postRequestedFor(urlEqualTo("/"))
                .withHeader("X-Amz-Target", equalTo("AmazonAthena." + operation))));
        requests.sort((a, b) -> a.getLoggedDate().compareTo(b.getLoggedDate()));
        List<JsonNode> bodies = new ArrayList<>();
        for (LoggedRequest request : requests) {
            assertThat(request.getHeader("Authorization")).matches(StubAccount.SIGNED_BY_STUB);
            bodies.add(JSON.readTree(request.getBodyAsString()));
        }
        return bodies;
    }

    static String execution(String state, long scanned, String reason) {
        return "{\"QueryExecution\":{\"QueryExecutionId\":\"" + ID + "\",\"StatementType\":\"DML\",\"WorkGroup\":"
                + "\"primary\",\"Status\":{\"State\":\"" + state + "\",\"SubmissionDateTime\":1.7727E9"
                + (reason == null ? "" : ",\"StateChangeReason\":" + JSON.valueToTree(reason) + ",\"AthenaError\":"
                + "{\"ErrorCategory\":2,\"ErrorType\":1006,\"Retryable\":false,\"ErrorMessage\":"
                + JSON.valueToTree(reason) + "}") + "},\"Statistics\":{\"DataScannedInBytes\":" + scanned
                + ",\"EngineExecutionTimeInMillis\":1830}}}";
    }

    static String row(String... values) {
        List<String> data = new ArrayList<>();
        for (String value : values) {
            data.add(value == null ? "{}" : "{\"VarCharValue\":" + JSON.valueToTree(value) + "}");
        }
        return "{\"Data\":[" + String.join(",", data) + "]}";
    }

    static final String[] HEADER = {"eventversion", "eventid", "eventtime", "eventsource", "eventname", "awsregion",
        "recipientaccountid", "usertype", "principalid", "userarn", "useraccountid", "invokedby", "username",
        "onbehalfofuserid", "sourceipaddress", "useragent", "errorcode", "errormessage", "readonly",
        "requestparameters", "responseelements", "additionaleventdata", "requestid", "eventtype", "eventcategory",
        "vpcendpointid", "resourcearns"};

    static String event(String id, String time, String name, String error) {
        return row("1.09", id, time, "kafka.amazonaws.com", name, "us-east-1", "111122223333", "AssumedRole",
                "AROAEXAMPLE:alice", "arn:aws:sts::111122223333:assumed-role/MskAdmin/alice", "111122223333", null,
                null, null, "10.0.0.12", "aws-cli/2.15", error, error == null ? null : "User is not authorized",
                "false", "{\"clusterArn\":\"arn:aws:kafka:us-east-1:111122223333:cluster/orders-prod/"
                        + "3f6b2c1e-8a4d-4f1b-9c2e-7d5a0b1e6f34-2\"}", null, null, "req-" + id, "AwsApiCall",
                "Management", null, null);
    }

    static String page(List<String> rows, String next) {
        return "{\"ResultSet\":{\"Rows\":[" + String.join(",", rows) + "],\"ResultSetMetadata\":{\"ColumnInfo\":[]}},"
                + "\"UpdateCount\":0" + (next == null ? "" : ",\"NextToken\":\"" + next + "\"") + "}";
    }

    @Test
    void theQueryIsStartedExactlyWaitedForAndItsResultsPagedIntoEvents() throws Exception {
        aws.stubFor(call("StartQueryExecution").willReturn(ok("{\"QueryExecutionId\":\"" + ID + "\"}")));
        aws.stubFor(call("GetQueryExecution").inScenario("run").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(ok(execution("QUEUED", 0, null))).willSetStateTo("running"));
        aws.stubFor(call("GetQueryExecution").inScenario("run").whenScenarioStateIs("running")
                .willReturn(ok(execution("RUNNING", 40_000_000L, null))).willSetStateTo("done"));
        aws.stubFor(call("GetQueryExecution").inScenario("run").whenScenarioStateIs("done")
                .willReturn(ok(execution("SUCCEEDED", 83_886_080L, null))));
        String header = row(HEADER);
        aws.stubFor(call("GetQueryResults").withRequestBody(equalToJson("{\"QueryExecutionId\":\"" + ID
                + "\",\"MaxResults\":1000}")).willReturn(ok(page(List.of(header, event("e-3",
                "2026-03-07T10:00:00Z", "UpdateMonitoring", "AccessDenied"), event("e-2", "2026-03-05T09:00:00Z",
                "DeleteCluster", "AccessDenied")), "page-2"))));
        aws.stubFor(call("GetQueryResults").withRequestBody(equalToJson("{\"QueryExecutionId\":\"" + ID
                + "\",\"MaxResults\":1000,\"NextToken\":\"page-2\"}")).willReturn(ok(page(List.of(event("e-2",
                "2026-03-05T09:00:00Z", "DeleteCluster", "AccessDenied"), event("e-1", "2026-03-02T08:00:00Z",
                "UpdateClusterConfiguration", "AccessDenied")), null))));
        SteppedTicker ticker = new SteppedTicker();
        List<AthenaExecution> states = new ArrayList<>();
        List<List<TrailEvent>> batches = new ArrayList<>();

        TrailAthenaRead.Result result = new TrailAthenaRead(new AthenaRun(athena(), ticker, () -> "token-0001-"
                + "0000-0000-0000-000000000001")).read(QUERY, PLACE, new TrailAthenaRead.Listener() {
                    @Override
                    public void state(AthenaExecution execution) {
                        states.add(execution);
                    }

                    @Override
                    public void events(List<TrailEvent> batch) {
                        batches.add(batch);
                    }
                }, Cancellation.none());

        com.fasterxml.jackson.databind.node.ObjectNode expected = JSON.createObjectNode();
        expected.put("QueryString", QUERY.text()).put("ClientRequestToken", "token-0001-0000-0000-0000-000000000001");
        expected.putObject("QueryExecutionContext").put("Database", "audit").put("Catalog", "AwsDataCatalog");
        expected.putObject("ResultConfiguration").put("OutputLocation", "s3://athena-results-111122223333/msk/");
        expected.put("WorkGroup", "primary");
        assertThat(sent("StartQueryExecution")).as("the exact request").containsExactly(expected);
        assertThat(sent("GetQueryExecution")).hasSize(3).allSatisfy(body -> assertThat(body)
                .isEqualTo(JSON.readTree("{\"QueryExecutionId\":\"" + ID + "\"}")));
        assertThat(ticker.sleeps).containsExactly(Duration.ofMillis(250), Duration.ofMillis(500),
                Duration.ofSeconds(1));
        assertThat(states).extracting(AthenaExecution::state).containsExactly(AthenaExecution.State.QUEUED,
                AthenaExecution.State.QUEUED, AthenaExecution.State.RUNNING, AthenaExecution.State.SUCCEEDED);
        assertThat(result.execution().scannedBytes()).isEqualTo(83_886_080L);
        assertThat(result.describe()).isEqualTo("SUCCEEDED · 80.0 MB scanned · about USD 0.00038 · 3 events · 1 "
                + "duplicates dropped");
        assertThat(batches).hasSize(2);
        assertThat(result.events()).extracting(TrailEvent::eventId).containsExactly("e-3", "e-2", "e-1");
        TrailEvent first = result.events().get(0);
        assertThat(first.origin()).isEqualTo(TrailOrigin.ATHENA);
        assertThat(first.name()).isEqualTo("UpdateMonitoring");
        assertThat(first.user()).isEqualTo("MskAdmin/alice");
        assertThat(first.errorCode()).isEqualTo("AccessDenied");
        assertThat(first.readOnly()).isFalse();
        assertThat(first.resource().clusterName()).isEqualTo("orders-prod");
        assertThat(JSON.readTree(first.record()).path("requestParameters").path("clusterArn").asText())
                .startsWith("arn:aws:kafka:us-east-1:111122223333:cluster/orders-prod/");
        assertThat(JSON.readTree(first.record()).path("userIdentity").path("arn").asText())
                .isEqualTo("arn:aws:sts::111122223333:assumed-role/MskAdmin/alice");
    }

    @Test
    void aQueryThatFailsSaysAthenasReason() {
        aws.stubFor(call("StartQueryExecution").willReturn(ok("{\"QueryExecutionId\":\"" + ID + "\"}")));
        String reason = "TABLE_NOT_FOUND: line 3:6: Table 'awsdatacatalog.audit.msk_cloudtrail_org_audit' does "
                + "not exist";
        aws.stubFor(call("GetQueryExecution").willReturn(ok(execution("FAILED", 0, reason))));

        GatewayException failed = catchThrowableOfType(GatewayException.class, () -> new TrailAthenaRead(
                new AthenaRun(athena(), new SteppedTicker(), () -> "t")).read(QUERY, PLACE, quiet(),
                Cancellation.none()));

        assertThat(failed.failure()).isEqualTo(Failure.BAD_REQUEST);
        assertThat(failed.getMessage()).isEqualTo("Athena could not run the query (" + ID + "): " + reason);
        assertThat(aws.findAll(postRequestedFor(urlEqualTo("/")).withHeader("X-Amz-Target",
                equalTo("AmazonAthena.GetQueryResults")))).isEmpty();
    }

    @Test
    void cancelStopsTheQuery() throws Exception {
        aws.stubFor(call("StartQueryExecution").willReturn(ok("{\"QueryExecutionId\":\"" + ID + "\"}")));
        aws.stubFor(call("GetQueryExecution").willReturn(ok(execution("RUNNING", 1_000_000L, null))));
        aws.stubFor(call("StopQueryExecution").willReturn(ok("{}")));
        Cancellation cancel = new Cancellation();
        SteppedTicker ticker = new SteppedTicker(step -> {
            if (step == 3) {
                cancel.cancel();
            }
        });

        TrailAthenaRead.Result result = new TrailAthenaRead(new AthenaRun(athena(), ticker, () -> "t"))
                .read(QUERY, PLACE, quiet(), cancel);

        assertThat(sent("StopQueryExecution")).containsExactly(JSON.readTree("{\"QueryExecutionId\":\"" + ID
                + "\"}"));
        assertThat(sent("GetQueryExecution")).as("two looks, and one after the stop for what it scanned").hasSize(3);
        assertThat(result.stopped()).isTrue();
        assertThat(result.execution().state()).isEqualTo(AthenaExecution.State.CANCELLED);
        assertThat(result.execution().scannedBytes()).as("as last seen").isEqualTo(1_000_000L);
        assertThat(result.events()).isEmpty();
    }

    @Test
    void theTableIsCreatedWithTheDdlAsBuiltInItsDatabase() throws Exception {
        aws.stubFor(call("StartQueryExecution").willReturn(ok("{\"QueryExecutionId\":\"" + ID + "\"}")));
        aws.stubFor(call("GetQueryExecution").willReturn(ok(execution("SUCCEEDED", 0, null))));

        AthenaExecution done = new AthenaRun(athena(), new SteppedTicker(), () -> "t").run(TABLE,
                new AthenaPlace("audit", "primary", null), e -> { }, Cancellation.none());

        assertThat(done.state()).isEqualTo(AthenaExecution.State.SUCCEEDED);
        JsonNode start = sent("StartQueryExecution").get(0);
        assertThat(start.get("QueryString").asText()).isEqualTo(TABLE.ddl()).startsWith("CREATE EXTERNAL TABLE "
                + "audit.msk_cloudtrail_org_audit (");
        assertThat(start.has("ResultConfiguration")).as("no location given: the work group's").isFalse();
    }

    @Test
    void workGroupsDatabasesAndTablesAreReadEveryPage() throws Exception {
        aws.stubFor(call("ListWorkGroups").withRequestBody(equalToJson("{}")).willReturn(ok("{\"WorkGroups\":[{"
                + "\"Name\":\"primary\",\"State\":\"ENABLED\"}],\"NextToken\":\"w2\"}")));
        aws.stubFor(call("ListWorkGroups").withRequestBody(equalToJson("{\"NextToken\":\"w2\"}"))
                .willReturn(ok("{\"WorkGroups\":[{\"Name\":\"audit\",\"State\":\"ENABLED\"}]}")));
        aws.stubFor(call("GetWorkGroup").willReturn(ok("{\"WorkGroup\":{\"Name\":\"primary\",\"State\":\"ENABLED\","
                + "\"Configuration\":{\"ResultConfiguration\":{\"OutputLocation\":\"s3://athena-results-1111/\"},"
                + "\"EnforceWorkGroupConfiguration\":true}}}")));
        aws.stubFor(call("ListDatabases").willReturn(ok("{\"DatabaseList\":[{\"Name\":\"default\"},{\"Name\":"
                + "\"audit\"}]}")));
        aws.stubFor(call("ListTableMetadata").withRequestBody(equalToJson("{\"CatalogName\":\"AwsDataCatalog\","
                + "\"DatabaseName\":\"audit\"}")).willReturn(ok("{\"TableMetadataList\":[{\"Name\":\"legacy\","
                + "\"TableType\":\"EXTERNAL_TABLE\",\"Columns\":[],\"PartitionKeys\":[],\"Parameters\":{"
                + "\"inputformat\":\"com.amazon.emr.cloudtrail.CloudTrailInputFormat\"}}],\"NextToken\":\"t2\"}")));
        aws.stubFor(call("ListTableMetadata").withRequestBody(equalToJson("{\"CatalogName\":\"AwsDataCatalog\","
                + "\"DatabaseName\":\"audit\",\"NextToken\":\"t2\"}")).willReturn(ok("{\"TableMetadataList\":[{"
                + "\"Name\":\"msk_cloudtrail_org_audit\",\"PartitionKeys\":[{\"Name\":\"account\",\"Type\":\"string\"},"
                + "{\"Name\":\"region\",\"Type\":\"string\"},{\"Name\":\"timestamp\",\"Type\":\"string\"}],"
                + "\"Parameters\":{\"projection.enabled\":\"true\",\"location\":\"s3://org-audit-trails/trails/"
                + "AWSLogs/o-a1b2c3d4e5/\"}}]}")));
        AthenaGateway athena = athena();

        assertThat(athena.workGroups()).containsExactly("primary", "audit");
        assertThat(athena.workGroup("primary")).isEqualTo(new AthenaWorkGroup("primary", "s3://athena-results-1111/",
                true, false, true));
        assertThat(sent("GetWorkGroup")).containsExactly(JSON.readTree("{\"WorkGroup\":\"primary\"}"));
        assertThat(athena.databases()).containsExactly("default", "audit");
        assertThat(sent("ListDatabases")).containsExactly(JSON.readTree("{\"CatalogName\":\"AwsDataCatalog\"}"));
        List<AthenaTableFacts> tables = athena.tables("audit");
        assertThat(tables).extracting(AthenaTableFacts::name).containsExactly("legacy", "msk_cloudtrail_org_audit");
        assertThat(tables.get(1).partitionKeys()).containsExactly("account", "region", "timestamp");
        assertThat(tables.get(1).parameters()).containsEntry("projection.enabled", "true");
        assertThat(tables.get(1).location()).isEqualTo("s3://org-audit-trails/trails/AWSLogs/o-a1b2c3d4e5/");
    }

    @Test
    void accessDeniedNamesTheIamAction() {
        aws.stubFor(call("StartQueryExecution").willReturn(aResponse().withStatus(400).withHeader("Content-Type",
                JSON_11).withBody("{\"__type\":\"AccessDeniedException\",\"Message\":\"User: arn:aws:iam::"
                + "111122223333:user/auditor is not authorized to perform: athena:StartQueryExecution on resource: "
                + "arn:aws:athena:us-east-1:111122223333:workgroup/primary\"}")));

        GatewayException denied = catchThrowableOfType(GatewayException.class, () -> athena().start(QUERY, PLACE,
                "t"));

        assertThat(denied.failure()).isEqualTo(Failure.ACCESS_DENIED);
        assertThat(denied.getMessage()).contains("athena:StartQueryExecution");
    }

    static TrailAthenaRead.Listener quiet() {
        return new TrailAthenaRead.Listener() {
            @Override
            public void state(AthenaExecution execution) {
            }

            @Override
            public void events(List<TrailEvent> batch) {
            }
        };
    }
}
