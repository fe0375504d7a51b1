package io.mskconsole.core.trailathena;

import io.mskconsole.core.trail.TrailSource;
import io.mskconsole.core.trailbucket.TrailLayout;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The MSK query of a trail's Athena table for a time range: the partition predicates first, so Athena reads only the
 * days (and accounts and regions) asked — from the day before the range to the day its last records are delivered,
 * as {@link TrailLayout} reads S3 — then the preset's event sources, the exact range, and the user's filters, each
 * value a quoted literal (a quote or {@code --} in a filter changes only what matches). Newest first.
 *
 * @param accounts  the accounts asked (organization tables only), or empty for all the table projects
 * @param regions   the regions asked, or empty for all the table projects
 * @param eventName an event name to match exactly, or null
 * @param user      text the caller's ARN holds, or null
 */
public record AthenaQuery(AthenaTable table, Instant from, Instant to, TrailSource.Preset preset,
                          List<String> accounts, List<String> regions, String eventName, String user) {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy/MM/dd").withZone(ZoneOffset.UTC);
    /** The columns the browser shows and rebuilds an event from. */
    static final String COLUMNS = "eventid, eventtime, eventsource, eventname, awsregion, recipientaccountid, "
            + "useridentity.type AS usertype, useridentity.arn AS userarn, useridentity.username AS username, "
            + "sourceipaddress, useragent, errorcode, errormessage, readonly, requestparameters, responseelements";

    public AthenaQuery {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        accounts = accounts == null ? List.of() : List.copyOf(accounts);
        regions = regions == null ? List.of() : List.copyOf(regions);
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("The range starts (" + from + ") after it ends (" + to + ").");
        }
        if (!accounts.isEmpty() && !table.byAccount()) {
            throw new IllegalArgumentException("Table " + table.qualified() + " holds one account's events: it is "
                    + "not asked by account.");
        }
    }

    /** The query, exactly as sent. */
    public String text() {
        List<String> where = new ArrayList<>();
        where.add("\"timestamp\" BETWEEN " + AthenaSql.literal(DAY.format(from.minus(java.time.Duration.ofDays(1))))
                + " AND " + AthenaSql.literal(DAY.format(to.plus(TrailLayout.DELIVERY_DELAY))));
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
        where.add("eventtime >= " + AthenaSql.literal(from.toString()));
        where.add("eventtime <= " + AthenaSql.literal(to.toString()));
        if (eventName != null && !eventName.isBlank()) {
            where.add("eventname = " + AthenaSql.literal(eventName.strip()));
        }
        if (user != null && !user.isBlank()) {
            where.add("useridentity.arn LIKE " + AthenaSql.containing(user.strip()) + " ESCAPE '\\'");
        }
        return "SELECT " + COLUMNS + "\nFROM " + table.qualified() + "\nWHERE " + String.join("\n  AND ", where)
                + "\nORDER BY eventtime DESC";
    }

    /** The days the predicates let Athena read, for the cost estimate. */
    public long days() {
        LocalDate first = LocalDate.ofInstant(from.minus(java.time.Duration.ofDays(1)), ZoneOffset.UTC);
        LocalDate last = LocalDate.ofInstant(to.plus(TrailLayout.DELIVERY_DELAY), ZoneOffset.UTC);
        return java.time.temporal.ChronoUnit.DAYS.between(first, last) + 1;
    }
}
