package io.mskconsole.core.trail;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mskconsole.testing.FakeTrail;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrailExportTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CLUSTER_ARN = "arn:aws:kafka:us-east-1:111122223333:cluster/orders/abc-1";

    @TempDir
    Path dir;

    private static TrailEvent event(String json) {
        return TrailRecords.parse(json).orElseThrow();
    }

    private static String json(List<TrailEvent> events) throws Exception {
        StringWriter out = new StringWriter();
        TrailExport.json(events, out);
        return out.toString();
    }

    private static String csv(List<TrailEvent> events) throws Exception {
        StringWriter out = new StringWriter();
        TrailExport.csv(events, out);
        return out.toString();
    }

    @Test
    void jsonIsARecordsDocumentOfTheWholeRecordsInOrderOneALine() throws Exception {
        String pretty = """
                {
                  "eventVersion": "1.08",
                  "eventTime": "2024-05-01T10:00:00Z",
                  "eventSource": "kafka.amazonaws.com",
                  "eventName": "UpdateMonitoring",
                  "eventID": "pretty-1",
                  "requestParameters": {"clusterArn": "%s", "loggingInfo": {"brokerLogs": {"s3": {"enabled": true}}}},
                  "responseElements": null,
                  "additionalEventData": {"ratio": 0.125, "count": 3, "list": ["a", "b"]}
                }""".formatted(CLUSTER_ARN);
        List<TrailEvent> events = List.of(
                event(FakeTrail.event("b-2", "2024-05-02T10:00:00Z").error("AccessDenied", "User: \"x\" is not "
                        + "authorized\nto do this").json()),
                event(pretty),
                event(FakeTrail.event("a-1", "2024-04-30T10:00:00Z").kafkaAction("CreateTopic", "CreateTopics",
                        "arn:aws:kafka:us-east-1:111122223333:topic/orders/abc-1/payments").json()));

        String text = json(events);

        JsonNode document = JSON.readTree(text);
        assertThat(document.size()).isEqualTo(1);
        JsonNode records = document.get("Records");
        assertThat(records.isArray()).isTrue();
        assertThat(records).hasSize(3);
        for (int i = 0; i < events.size(); i++) {
            assertThat(records.get(i).isObject()).isTrue();
            assertThat(records.get(i)).isEqualTo(JSON.readTree(events.get(i).record()));
        }
        List<String> lines = text.lines().toList();
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0)).isEqualTo("{\"Records\":[");
        assertThat(lines.get(2)).startsWith("{\"eventVersion\":\"1.08\"").endsWith("},");
        assertThat(lines.get(4)).isEqualTo("]}");
    }

    @Test
    void jsonOfNoEventsIsAnEmptyRecordsDocument() throws Exception {
        String text = json(List.of());

        assertThat(text).isEqualTo("{\"Records\":[]}\n");
        assertThat(JSON.readTree(text).get("Records")).isEmpty();
    }

    @Test
    void jsonIsReadBackAsATrailFileWithTheSameEvents() throws Exception {
        List<TrailEvent> events = List.of(
                event(FakeTrail.event("r-2", "2024-05-02T10:00:00Z").cluster(CLUSTER_ARN).json()),
                event(FakeTrail.event("r-1", "2024-05-01T10:00:00Z").assumedRole("Admin", "jane").json()));
        Path file = dir.resolve("export.json");
        Files.writeString(file, json(events));

        TrailFiles.Result back = TrailFiles.read(List.of(file));

        assertThat(back.problems()).isEmpty();
        assertThat(back.events()).containsExactlyElementsOf(events);
        for (int i = 0; i < events.size(); i++) {
            assertThat(JSON.readTree(back.events().get(i).record())).isEqualTo(JSON.readTree(events.get(i).record()));
            assertThat(back.events().get(i).user()).isEqualTo(events.get(i).user());
        }
    }

    @Test
    void csvHasTheHeaderAndOneRowPerEventWithCrlfLineEnds() throws Exception {
        TrailEvent topic = event(FakeTrail.event("id-1", "2024-05-01T10:00:05Z")
                .kafkaAction("CreateTopic", "CreateTopics", "arn:aws:kafka:us-east-1:111122223333:topic/orders/abc-1/payments")
                .user("alice").readOnly(false).json());
        TrailEvent describe = event(FakeTrail.event("id-2", "2024-05-01T09:00:00Z").name("DescribeClusterV2")
                .assumedRole("Admin", "jane").cluster(CLUSTER_ARN).region("eu-west-1").json());

        String text = csv(List.of(topic, describe));

        assertThat(text).isEqualTo(String.join("\r\n",
                "Time (UTC),Event name,Source,User,User type,Source IP,Region,Account,Cluster,Topic,Group,"
                        + "Read-only,Error code,Error message,Event ID",
                "2024-05-01 10:00:05,CreateTopic,kafka-cluster.amazonaws.com,alice,IAMUser,192.0.2.10,us-east-1,"
                        + "111122223333,orders,payments,,false,,,id-1",
                "2024-05-01 09:00:00,DescribeClusterV2,kafka.amazonaws.com,Admin/jane,AssumedRole,192.0.2.10,"
                        + "eu-west-1,111122223333,orders,,,true,,,id-2",
                ""));
    }

    @Test
    void csvQuotesCommasQuotesAndLineBreaksAsRfc4180Says() throws Exception {
        TrailEvent event = event(FakeTrail.event("q-1", "2024-05-01T10:00:00Z")
                .error("ValidationException", "Bad value \"x, y\"\nsecond line\r\nthird").user("o'brien").json());

        String text = csv(List.of(event));

        String row = text.substring(text.indexOf("\r\n") + 2);
        assertThat(row).contains(",o'brien,")
                .contains(",ValidationException,\"Bad value \"\"x, y\"\"\nsecond line\r\nthird\",q-1\r\n");
        assertThat(parseCsv(text).get(1)).containsExactly("2024-05-01 10:00:00", "DescribeClusterV2",
                "kafka.amazonaws.com", "o'brien", "IAMUser", "192.0.2.10", "us-east-1", "111122223333", "", "", "",
                "true",
                "ValidationException", "Bad value \"x, y\"\nsecond line\r\nthird", "q-1");
    }

    @Test
    void csvCellsThatASpreadsheetWouldRunAsFormulasStartWithAnApostrophe() throws Exception {
        TrailEvent event = event(FakeTrail.event("=HYPERLINK(\"http://evil\",\"x\")", "2024-05-01T10:00:00Z")
                .name("+SUM(A1:A2)").user("@cmd|' /C calc'!A0").sourceIp("-2+3")
                .error("\tTabbed", "\rcarriage").json());

        List<String> row = parseCsv(csv(List.of(event))).get(1);

        assertThat(row.get(1)).isEqualTo("'+SUM(A1:A2)");
        assertThat(row.get(3)).isEqualTo("'@cmd|' /C calc'!A0");
        assertThat(row.get(5)).isEqualTo("'-2+3");
        assertThat(row.get(12)).isEqualTo("'\tTabbed");
        assertThat(row.get(13)).isEqualTo("'\rcarriage");
        assertThat(row.get(14)).isEqualTo("'=HYPERLINK(\"http://evil\",\"x\")");
        assertThat(row).allSatisfy(cell -> assertThat(cell).doesNotStartWith("=").doesNotStartWith("+")
                .doesNotStartWith("-").doesNotStartWith("@"));
    }

    @Test
    void csvFieldDefusesFullWidthFormulaSignsAndLeavesOrdinaryTextAlone() {
        assertThat(TrailExport.csvField("\uFF1D1+1")).isEqualTo("'\uFF1D1+1");
        assertThat(TrailExport.csvField("a=b")).isEqualTo("a=b");
        assertThat(TrailExport.csvField("192.0.2.10")).isEqualTo("192.0.2.10");
        assertThat(TrailExport.csvField("")).isEmpty();
        assertThat(TrailExport.csvField("=a,b")).isEqualTo("\"'=a,b\"");
    }

    /** RFC 4180, to read the export back as a spreadsheet would. */
    static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        return rows;
    }
}
