package io.mskconsole.cli;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The times {@code trail --since} and {@code --until} take: an age (30m, 1h, 24h, 7d, 90d, 2w: that long before
 * now), or an ISO-8601 time: an instant (2024-05-01T10:00:00Z), one with an offset (2024-05-01T12:00:00+02:00), a
 * date and time without a zone (2024-05-01T10:00, taken as UTC), or a date (2024-05-01: midnight UTC, the start
 * of that day).
 */
final class TrailTimes {
    static final String FORMS = "use an age such as 1h, 24h, 7d or 90d, or an ISO-8601 time such as 2024-05-01 or "
            + "2024-05-01T10:00:00Z";
    /** "2024-05-01 10:00 UTC", for notes. */
    static final DateTimeFormatter NOTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final Pattern AGE = Pattern.compile("(\\d{1,6})\\s*([mhdw])");

    private TrailTimes() {
    }

    /**
     * The time the text names.
     *
     * @throws CliFailure (usage) naming the option when the text is none of the forms
     */
    static Instant parse(String option, String text, Instant now) {
        String value = text.strip();
        Matcher age = AGE.matcher(value.toLowerCase(java.util.Locale.ROOT));
        if (age.matches()) {
            long amount = Long.parseLong(age.group(1));
            Duration duration = switch (age.group(2)) {
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                case "d" -> Duration.ofDays(amount);
                default -> Duration.ofDays(7 * amount);
            };
            return now.minus(duration);
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException notAnInstant) {
            // try the other forms
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException notWithAnOffset) {
            // try the other forms
        }
        try {
            return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException notADateTime) {
            // try the last form
        }
        try {
            return LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException notADate) {
            throw CliFailure.usage(option + ": '" + text + "' is not a time: " + FORMS + ".");
        }
    }
}
