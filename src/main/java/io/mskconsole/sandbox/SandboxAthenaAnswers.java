package io.mskconsole.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mskconsole.core.trail.TrailSource;
import io.mskconsole.core.trailathena.AthenaQuery;
import io.mskconsole.core.trailathena.AthenaQuestion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * What the Sandbox's Athena answers the MSK query with: the records of the organization trail's files
 * ({@link SandboxTrailFiles}) in the partitions the query names (its days, accounts and regions, as projection reads
 * them), kept by the query's range, sources, saved question and filters, newest first, as the query's columns; and
 * the bytes those partitions hold, as Athena would bill them. Broken files are passed over.
 */
final class SandboxAthenaAnswers {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final List<String> HEADER = AthenaQuery.header();

    /** The rows (the header not among them) and the bytes scanned. */
    record Answer(List<List<String>> rows, long scannedBytes) {
    }

    private SandboxAthenaAnswers() {
    }

    static Answer answer(AthenaQuery query, Instant worldStart) {
        List<String> accounts = query.accounts().isEmpty() ? query.table().accounts() : query.accounts();
        List<String> regions = query.regions().isEmpty() ? query.table().regions() : query.regions();
        List<JsonNode> all = new ArrayList<>();
        long scanned = 0;
        for (String account : accounts) {
            for (String region : regions) {
                if (!SandboxTrailFiles.ACCOUNTS.contains(account) || !SandboxTrailFiles.REGIONS.contains(region)) {
                    continue;
                }
                for (LocalDate day = query.firstDay(); !day.isAfter(query.lastDay()); day = day.plusDays(1)) {
                    Instant midnight = day.atStartOfDay(ZoneOffset.UTC).toInstant();
                    for (int slot = 0; slot < SandboxTrailFiles.FILES_A_DAY; slot++) {
                        Instant delivered = SandboxTrailFiles.delivery(midnight, slot);
                        if (delivered.isAfter(worldStart) || delivered.isBefore(worldStart.minus(
                                Duration.ofDays(SandboxTrailFiles.DAYS))) || SandboxTrailFiles.broken(delivered)) {
                            continue;
                        }
                        String text = SandboxTrailFiles.records(account, region, delivered);
                        scanned += text.length() / 6; // gzip keeps about a sixth of a trail file
                        for (JsonNode record : read(text).path("Records")) {
                            all.add(record);
                        }
                    }
                }
            }
        }
        // as Athena: every row that matches, the records files repeat included (the reader keeps each once)
        List<JsonNode> rows = new ArrayList<>(all.stream().filter(record -> matches(query, record)).toList());
        rows.sort(Comparator.comparing((JsonNode r) -> r.path("eventTime").asText()).reversed());
        return new Answer(rows.stream().map(SandboxAthenaAnswers::row).toList(), scanned);
    }

    private static boolean matches(AthenaQuery query, JsonNode record) {
        String time = record.path("eventTime").asText();
        String source = record.path("eventSource").asText();
        String name = record.path("eventName").asText();
        String error = record.path("errorCode").asText("");
        String parameters = record.path("requestParameters").toString();
        if (time.compareTo(query.from().toString()) < 0 || time.compareTo(query.to().toString()) > 0) {
            return false;
        }
        if (query.preset() != null && query.preset().sources().stream().map(TrailSource::eventSource)
                .noneMatch(source::equals)) {
            return false;
        }
        AthenaQuery.Filters filters = query.filters();
        if (filters.eventName() != null && !filters.eventName().isBlank() && !name.equals(filters.eventName()
                .strip())) {
            return false;
        }
        if (filters.user() != null && !filters.user().isBlank() && !record.path("userIdentity").path("arn").asText()
                .contains(filters.user().strip())) {
            return false;
        }
        return switch (query.question()) {
            case ALL -> true;
            case LOG_DELIVERY -> source.equals("kafka.amazonaws.com") && List.of("CreateCluster", "CreateClusterV2",
                    "UpdateMonitoring").contains(name) && parameters.contains("\"loggingInfo\"");
            case MONITORING_AND_CONFIGURATION -> name.equals("UpdateMonitoring")
                    || name.equals("UpdateClusterConfiguration");
            case TOPIC -> source.equals("kafka-cluster.amazonaws.com") && record.path("requestParameters")
                    .path("resourceARN").asText().matches(".*:topic/.*/" + java.util.regex.Pattern.quote(
                            filters.topic().strip()));
            case DENIED -> error.contains("AccessDenied") || error.contains("Unauthorized");
        };
    }

    /** The record as the query's columns. */
    private static List<String> row(JsonNode record) {
        JsonNode identity = record.path("userIdentity");
        List<String> row = new ArrayList<>();
        for (String column : HEADER) {
            row.add(switch (column) {
                case "usertype" -> text(identity, "type");
                case "principalid" -> text(identity, "principalId");
                case "userarn" -> text(identity, "arn");
                case "useraccountid" -> text(identity, "accountId");
                case "invokedby" -> text(identity, "invokedBy");
                case "username" -> text(identity, "userName");
                case "onbehalfofuserid" -> text(identity.path("onBehalfOf"), "userId");
                case "requestparameters", "responseelements", "additionaleventdata" -> {
                    JsonNode value = record.get(field(column));
                    yield value == null || value.isNull() ? null : value.toString();
                }
                case "resourcearns" -> null;
                default -> text(record, field(column));
            });
        }
        return row;
    }

    /** The record's field of a column: "eventname" → "eventName". */
    private static String field(String column) {
        return FIELDS.getOrDefault(column, column);
    }

    private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("eventversion", "eventVersion"),
            Map.entry("eventid", "eventID"), Map.entry("eventtime", "eventTime"),
            Map.entry("eventsource", "eventSource"), Map.entry("eventname", "eventName"),
            Map.entry("awsregion", "awsRegion"), Map.entry("recipientaccountid", "recipientAccountId"),
            Map.entry("sourceipaddress", "sourceIPAddress"), Map.entry("useragent", "userAgent"),
            Map.entry("errorcode", "errorCode"), Map.entry("errormessage", "errorMessage"),
            Map.entry("readonly", "readOnly"), Map.entry("requestparameters", "requestParameters"),
            Map.entry("responseelements", "responseElements"),
            Map.entry("additionaleventdata", "additionalEventData"), Map.entry("requestid", "requestID"),
            Map.entry("eventtype", "eventType"), Map.entry("eventcategory", "eventCategory"),
            Map.entry("vpcendpointid", "vpcEndpointId"));

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.isMissingNode() ? null : value.asText();
    }

    private static JsonNode read(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException broken) {
            throw new UncheckedIOException(broken);
        }
    }
}
