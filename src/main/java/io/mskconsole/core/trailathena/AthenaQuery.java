package io.mskconsole.core.trailathena;

import io.mskconsole.core.trail.TrailSource;
import io.mskconsole.core.trailbucket.TrailLayout;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The MSK query of a trail's Athena table for a time range: the partition predicates first, so Athena reads only the
 * days (and accounts and regions) asked — from the range's first day to the day its last records are delivered (a
 * day's folder holds the files delivered that day, and a record is delivered after it happens, so no earlier folder
 * can hold one of the range) — then the preset's event sources, the exact range, the saved question's predicates and
 * the user's filters, each value a quoted literal (a quote or {@code --} in a filter changes only what matches).
 * Newest first, at most {@link #MOST_ROWS} rows (one more is asked, to tell that there were more).
 *
 * @param accounts the accounts asked (organization tables only), or empty for all the table projects
 * @param regions  the regions asked, or empty for all the table projects
 * @param question the saved query asked ({@link AthenaQuestion#ALL} for every MSK event)
 */
public record AthenaQuery(AthenaTable table, Instant from, Instant to, TrailSource.Preset preset,
                          List<String> accounts, List<String> regions, AthenaQuestion question, Filters filters)
        implements AthenaStatement {
    /** The most rows a query gives the browser: past it, narrow the range or the question. */
    public static final int MOST_ROWS = 250_000;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy/MM/dd").withZone(ZoneOffset.UTC);
    /** The columns an event is rebuilt from ({@link AthenaRows}), in order. */
    static final List<String> COLUMNS = List.of("eventversion", "eventid", "eventtime", "eventsource", "eventname",
            "awsregion", "recipientaccountid", "useridentity.type AS usertype",
            "useridentity.principalid AS principalid", "useridentity.arn AS userarn",
            "useridentity.accountid AS useraccountid", "useridentity.invokedby AS invokedby",
            "useridentity.username AS username", "useridentity.onbehalfof.userid AS onbehalfofuserid",
            "sourceipaddress", "useragent", "errorcode", "errormessage", "readonly", "requestparameters",
            "responseelements", "additionaleventdata", "requestid", "eventtype", "eventcategory", "vpcendpointid",
            "array_join(transform(resources, r -> r.arn), ',') AS resourcearns");

    /** The names of the result's columns, in order: the header row Athena answers with. */
    public static List<String> header() {
        return COLUMNS.stream().map(column -> column.contains(" AS ")
                ? column.substring(column.lastIndexOf(" AS ") + 4) : column).toList();
    }

    /**
     * The user's own filters, sent as predicates too.
     *
     * @param eventName an event name to match exactly, or null
     * @param user      text the caller's ARN holds, or null
     * @param topic     the topic of {@link AthenaQuestion#TOPIC}, or null
     */
    public record Filters(String eventName, String user, String topic) {
        public static final Filters NONE = new Filters(null, null, null);

        public static Filters topic(String topic) {
            return new Filters(null, null, topic);
        }
    }

    public AthenaQuery {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        accounts = accounts == null ? List.of() : List.copyOf(accounts);
        regions = regions == null ? List.of() : List.copyOf(regions);
        question = question == null ? AthenaQuestion.ALL : question;
        filters = filters == null ? Filters.NONE : filters;
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("The range starts (" + from + ") after it ends (" + to + ").");
        }
        if (!accounts.isEmpty() && !table.byAccount()) {
            throw new IllegalArgumentException("Table " + table.qualified() + " holds one account's events: it is "
                    + "not asked by account.");
        }
        question.predicates(filters.topic()); // a question missing its topic is refused here, not when sent
        if (question.eventSource() != null && preset != null && preset.sources().stream()
                .map(TrailSource::eventSource).noneMatch(question.eventSource()::equals)) {
            throw new IllegalArgumentException("\"" + question.label() + "\" asks of " + question.eventSource()
                    + ", which the source chosen (" + preset.sources().stream().map(TrailSource::eventSource)
                    .collect(java.util.stream.Collectors.joining(", ")) + ") leaves out: choose both sources.");
        }
        List<String> unknownAccounts = accounts.stream().filter(a -> !table.accounts().contains(a)).toList();
        if (!unknownAccounts.isEmpty()) {
            throw new IllegalArgumentException("Table " + table.qualified() + " does not hold account "
                    + String.join(", ", unknownAccounts) + ": it holds " + String.join(", ", table.accounts()) + ".");
        }
        List<String> unknownRegions = regions.stream().filter(r -> !table.regions().contains(r)).toList();
        if (!unknownRegions.isEmpty()) {
            throw new IllegalArgumentException("Table " + table.qualified() + " does not hold region "
                    + String.join(", ", unknownRegions) + ": it holds " + String.join(", ", table.regions()) + ".");
        }
    }

    /** What the user should know before it runs: a range that starts before the table's first day. */
    public List<String> notes() {
        return firstDay().isBefore(table.since()) ? List.of("Table " + table.qualified() + " projects days from "
                + table.since() + " only: the events before it are not in its answers.") : List.of();
    }

    /** The query, exactly as sent. */
    @Override
    public String text() {
        List<String> where = new ArrayList<>();
        where.add("\"timestamp\" BETWEEN " + AthenaSql.literal(DAY.format(from)) + " AND "
                + AthenaSql.literal(DAY.format(to.plus(TrailLayout.DELIVERY_DELAY))));
        if (!accounts.isEmpty()) {
            where.add("account IN " + AthenaSql.list(accounts));
        }
        if (!regions.isEmpty()) {
            where.add("region IN " + AthenaSql.list(regions));
        }
        if (preset != null) {
            where.add("eventsource IN " + AthenaSql.list(preset.sources().stream().map(TrailSource::eventSource)
                    .toList()));
        }
        // CloudTrail writes whole seconds ("2026-03-01T10:00:05Z"): a fraction would break the text comparison
        where.add("eventtime >= " + AthenaSql.literal(from.truncatedTo(ChronoUnit.SECONDS).toString()));
        where.add("eventtime <= " + AthenaSql.literal(to.truncatedTo(ChronoUnit.SECONDS).toString()));
        where.addAll(question.predicates(filters.topic()));
        if (filters.eventName() != null && !filters.eventName().isBlank()) {
            where.add("eventname = " + AthenaSql.literal(filters.eventName().strip()));
        }
        if (filters.user() != null && !filters.user().isBlank()) {
            where.add("useridentity.arn LIKE " + AthenaSql.containing(filters.user().strip()) + " ESCAPE '\\'");
        }
        return "SELECT " + String.join(", ", COLUMNS) + "\nFROM " + table.qualified() + "\nWHERE "
                + String.join("\n  AND ", where) + "\nORDER BY eventtime DESC\nLIMIT " + (MOST_ROWS + 1);
    }

    /** The first and last day the partition predicates let Athena read. */
    public LocalDate firstDay() {
        return LocalDate.ofInstant(from, ZoneOffset.UTC);
    }

    public LocalDate lastDay() {
        return LocalDate.ofInstant(to.plus(TrailLayout.DELIVERY_DELAY), ZoneOffset.UTC);
    }

    /** The days the predicates let Athena read, for the cost estimate. */
    public long days() {
        return ChronoUnit.DAYS.between(firstDay(), lastDay()) + 1;
    }
}
