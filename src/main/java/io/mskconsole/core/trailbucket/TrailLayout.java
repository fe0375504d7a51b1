package io.mskconsole.core.trailbucket;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a trail delivers its log files, and which of them a time range needs:
 * {@code [prefix/]AWSLogs/[o-ORGID/]<account>/CloudTrail/<region>/YYYY/MM/DD/} holds the files delivered that day
 * (UTC), each named {@code <account>_CloudTrail_<region>_YYYYMMDDTHHmmZ_<16 chars>.json.gz} after its delivery time.
 * A file holds the records of the minutes before its delivery, so a range needs the day folders from the day before
 * its start (as AWS advises: a file may hold records a little older than its folder's day) to the day of its end
 * plus {@link #DELIVERY_DELAY} (the last records of a day may be delivered after midnight); within them, a file
 * delivered before the range's start holds nothing of it, nor one delivered more than the delay after its end.
 */
public final class TrailLayout {
    /** How long after a record CloudTrail delivers the file holding it, at most (it says about 5 to 15 minutes). */
    public static final Duration DELIVERY_DELAY = Duration.ofHours(1);
    /** The most days one range may span: a read of more is refused before anything is listed. */
    public static final int MOST_DAYS = 800;
    private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");
    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d");
    private static final Pattern ORGANIZATION = Pattern.compile("o-[a-z0-9]{10,32}");
    /** {@code 123456789012_CloudTrail_us-east-1_20261207T1505Z_0a1b2c3d4e5f6a7b.json.gz}: the delivery time. */
    private static final Pattern FILE = Pattern.compile("(?:^|/)\\d{12}_CloudTrail_[a-z0-9-]+_(\\d{8}T\\d{4}Z)_"
            + "[A-Za-z0-9]+\\.json(?:\\.gz)?$");
    /** {@code …/CloudTrail/us-east-1/2026/12/07/}: a day folder, and its day. */
    private static final Pattern DAY_FOLDER = Pattern.compile("/CloudTrail/[a-z0-9-]+/(\\d{4}/\\d{2}/\\d{2})/$");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy/MM/dd");
    private static final DateTimeFormatter DELIVERED = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmm'Z'");

    private TrailLayout() {
    }

    /**
     * The folder under which a trail's accounts are: {@code [prefix/]AWSLogs/} for a trail of one account, {@code
     * [prefix/]AWSLogs/o-ORGID/} for an organization trail.
     *
     * @param keyPrefix      the trail's S3KeyPrefix, or null or blank for none
     * @param organizationId the organization's id ({@code o-…}) for an organization trail, else null
     * @throws IllegalArgumentException for an organization id that is not one
     */
    public static String root(String keyPrefix, String organizationId) {
        String prefix = keyPrefix == null || keyPrefix.isBlank() ? "" : keyPrefix.endsWith("/") ? keyPrefix
                : keyPrefix + "/";
        if (organizationId == null) {
            return prefix + "AWSLogs/";
        }
        if (!ORGANIZATION.matcher(organizationId).matches()) {
            throw new IllegalArgumentException("'" + organizationId + "' is not an organization id (o- and 10 to 32"
                    + " lower-case letters or digits).");
        }
        return prefix + "AWSLogs/" + organizationId + "/";
    }

    /**
     * The day folders of one account and region that may hold records between the two times, oldest first.
     *
     * @throws IllegalArgumentException for an account or region that is not one, {@code from} after {@code to}, or
     *                                  a range of more than {@value #MOST_DAYS} days
     */
    public static List<String> dayPrefixes(String root, String account, String region, Instant from, Instant to) {
        if (account == null || !ACCOUNT.matcher(account).matches()) {
            throw new IllegalArgumentException("'" + account + "' is not an AWS account id (12 digits).");
        }
        if (region == null || !REGION.matcher(region).matches()) {
            throw new IllegalArgumentException("'" + region + "' is not an AWS region (like us-east-1).");
        }
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("The range starts (" + from + ") after it ends (" + to + ").");
        }
        LocalDate first = LocalDate.ofInstant(from, ZoneOffset.UTC).minusDays(1);
        LocalDate last = LocalDate.ofInstant(to.plus(DELIVERY_DELAY), ZoneOffset.UTC);
        if (first.plusDays(MOST_DAYS).isBefore(last)) {
            throw new IllegalArgumentException("The range " + from + " to " + to + " spans more than " + MOST_DAYS
                    + " days: read it in parts.");
        }
        String folder = root + account + "/CloudTrail/" + region + "/";
        List<String> days = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            days.add(folder + DAY.format(day) + "/");
        }
        return days;
    }

    /**
     * Checks the accounts, regions and range as {@link #dayPrefixes} would, before anything is read.
     *
     * @throws IllegalArgumentException saying what is wrong
     */
    public static void check(List<String> accounts, List<String> regions, Instant from, Instant to) {
        for (String account : accounts.isEmpty() ? List.of("000000000000") : accounts) {
            for (String region : regions) {
                dayPrefixes("", account, region, from, to);
            }
        }
    }

    /** The day of a day folder ({@link #dayPrefixes}); empty for another prefix. */
    public static Optional<LocalDate> day(String prefix) {
        Matcher folder = DAY_FOLDER.matcher(prefix == null ? "" : prefix);
        if (!folder.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(folder.group(1), DAY));
        } catch (DateTimeParseException notADay) {
            return Optional.empty();
        }
    }

    /** When the file was delivered, from its name; empty for a name not in the trail's pattern. */
    public static Optional<Instant> deliveredAt(String key) {
        Matcher name = FILE.matcher(key == null ? "" : key);
        if (!name.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(name.group(1), DELIVERED).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException notADate) {
            return Optional.empty();
        }
    }

    /**
     * Whether the file may hold records between the two times, by its delivery time: not when delivered before the
     * range's start (the minute of its name may round down, so a minute's grace) or more than the delay after its
     * end. A name that does not say is read.
     */
    public static boolean mayHold(String key, Instant from, Instant to) {
        return deliveredAt(key).map(at -> !at.plus(Duration.ofMinutes(1)).isBefore(from)
                && !at.isAfter(to.plus(DELIVERY_DELAY))).orElse(true);
    }
}
