package io.mskconsole.core.trailathena;

import io.mskconsole.core.trailbucket.TrailInfo;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which of a database's tables suits the MSK query of a trail: one that reads the trail's files (CloudTrail's input
 * format, at the trail's location) and projects them as {@link AthenaTable} makes them (account, region and date for
 * an organization trail, region and date for one account, by enum and date), so the query's predicates keep the
 * scan to the days asked. A table over the trail's files that a query would have to scan whole (no projection, as the
 * CloudTrail console makes them) is named and passed over.
 */
public final class AthenaTables {
    static final String INPUT_FORMAT = "com.amazon.emr.cloudtrail.CloudTrailInputFormat";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy/MM/dd");

    /**
     * @param table the table to query, when one suits
     * @param notes the trail's other tables, and why each was passed over
     */
    public record Finding(Optional<AthenaTable> table, List<String> notes) {
        public Finding {
            notes = List.copyOf(notes);
        }
    }

    private AthenaTables() {
    }

    /** @param organizationId the organization's id for an organization trail, else null */
    public static Finding find(List<AthenaTableFacts> tables, TrailInfo trail, String organizationId,
                               String account) {
        List<String> notes = new ArrayList<>();
        Optional<AthenaTable> found = Optional.empty();
        for (AthenaTableFacts facts : tables) {
            Map<String, String> p = facts.parameters();
            if (!INPUT_FORMAT.equalsIgnoreCase(p.getOrDefault("inputformat", ""))) {
                continue;
            }
            String expected = expectedLocation(trail, organizationId, account);
            if (!slashed(facts.location()).equals(expected)) {
                continue;
            }
            Optional<AthenaTable> table = projected(facts, trail, organizationId, account);
            List<String> lacking = lacking(facts);
            if (table.isPresent() && !lacking.isEmpty()) {
                notes.add("Table " + facts.qualified() + " reads this trail's files by day but lacks "
                        + String.join(", ", lacking) + " (made from an older CloudTrail table): it is not used.");
            } else if (table.isPresent() && !p.getOrDefault("projection.timestamp.range", "").toUpperCase(Locale.ROOT)
                    .replace(" ", "").endsWith(",NOW")) {
                notes.add("Table " + facts.qualified() + " projects days up to a fixed date ("
                        + p.get("projection.timestamp.range") + "), not NOW: later days would answer nothing, so it "
                        + "is not used.");
            } else if (table.isPresent() && found.isEmpty()) {
                found = table;
            } else if (table.isEmpty()) {
                notes.add("Table " + facts.qualified() + " reads this trail's files but is not projected by "
                        + (organizationId != null ? "account, region and day" : "region and day")
                        + ": a query would scan every file, so it is not used.");
            }
        }
        return new Finding(found, notes);
    }

    /**
     * What Athena says of a table made by {@link AthenaTable#ddl()}: its partition keys and the properties the DDL
     * sets (for the Sandbox's catalog, and a check that {@link #find} takes back what it would make).
     */
    public static AthenaTableFacts madeFrom(AthenaTable table) {
        Map<String, String> parameters = new java.util.LinkedHashMap<>();
        parameters.put("EXTERNAL", "TRUE");
        parameters.put("inputformat", INPUT_FORMAT);
        parameters.put("location", table.location());
        for (String line : table.ddl().split("\n")) {
            String property = line.strip();
            if (property.startsWith("'projection.") || property.startsWith("'storage.")) {
                String[] pair = property.replaceAll(",$", "").split("=", 2);
                parameters.put(pair[0].replace("'", ""), pair[1].substring(1, pair[1].length() - 1)
                        .replace("''", "'"));
            }
        }
        return new AthenaTableFacts(table.database(), table.table(), columns(), table.byAccount()
                ? List.of("account", "region", "timestamp") : List.of("region", "timestamp"), parameters);
    }

    /** The columns {@link AthenaTable} makes, name → type, as Athena gives them (lower case). */
    public static Map<String, String> columns() {
        Map<String, String> columns = new java.util.LinkedHashMap<>();
        for (String line : AthenaTable.COLUMNS.split(",\n")) {
            String[] pair = line.strip().split(" ", 2);
            columns.put(pair[0], pair[1].strip().toLowerCase(Locale.ROOT));
        }
        return columns;
    }

    /** The columns the MSK query selects that the table lacks (its user identity's on-behalf-of included). */
    private static List<String> lacking(AthenaTableFacts facts) {
        List<String> lacking = new ArrayList<>();
        for (String column : List.of("eventversion", "useridentity", "eventtime", "eventsource", "eventname",
                "awsregion", "recipientaccountid", "sourceipaddress", "useragent", "errorcode", "errormessage",
                "readonly", "requestparameters", "responseelements", "additionaleventdata", "requestid", "eventid",
                "eventtype", "eventcategory", "vpcendpointid", "resources")) {
            if (!facts.columns().containsKey(column)) {
                lacking.add(column);
            }
        }
        String identity = facts.columns().getOrDefault("useridentity", "");
        if (!identity.isEmpty() && !identity.replace(" ", "").contains("onbehalfof:")) {
            lacking.add("useridentity.onbehalfof");
        }
        return lacking;
    }

    /** A name for the trail's table: "msk_cloudtrail_org_audit". */
    public static String suggestedName(TrailInfo trail) {
        String name = "msk_cloudtrail_" + trail.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
        return name.length() > 120 ? name.substring(0, 120) : name;
    }

    private static String expectedLocation(TrailInfo trail, String organizationId, String account) {
        return new AthenaTable("x", "x", trail, organizationId, List.of(account == null ? "000000000000" : account),
                List.of("us-east-1"), LocalDate.EPOCH).location();
    }

    private static Optional<AthenaTable> projected(AthenaTableFacts facts, TrailInfo trail, String organizationId,
                                                   String account) {
        Map<String, String> p = facts.parameters();
        boolean byAccount = organizationId != null;
        List<String> keys = byAccount ? List.of("account", "region", "timestamp") : List.of("region", "timestamp");
        if (!facts.partitionKeys().equals(keys) || !"true".equalsIgnoreCase(p.get("projection.enabled"))
                || !"enum".equalsIgnoreCase(p.get("projection.region.type"))
                || !"date".equalsIgnoreCase(p.get("projection.timestamp.type"))
                || !"yyyy/MM/dd".equals(p.get("projection.timestamp.format"))
                || byAccount && !"enum".equalsIgnoreCase(p.get("projection.account.type"))) {
            return Optional.empty();
        }
        List<String> regions = values(p.get("projection.region.values"));
        List<String> accounts = byAccount ? values(p.get("projection.account.values")) : List.of(account);
        String range = p.getOrDefault("projection.timestamp.range", "");
        try {
            LocalDate since = LocalDate.parse(range.split(",")[0].strip(), DAY);
            AthenaTable table = new AthenaTable(facts.database(), facts.name(), trail, organizationId, accounts,
                    regions, since);
            String template = p.getOrDefault("storage.location.template", "");
            return table.ddl().contains("'storage.location.template'=" + AthenaSql.literal(template))
                    ? Optional.of(table) : Optional.empty();
        } catch (DateTimeParseException | IllegalArgumentException notOurs) {
            return Optional.empty();
        }
    }

    private static List<String> values(String text) {
        return text == null ? List.of() : Arrays.stream(text.split(",")).map(String::strip)
                .filter(v -> !v.isEmpty()).toList();
    }

    private static String slashed(String location) {
        return location.endsWith("/") ? location : location + "/";
    }
}
