package io.mskconsole.core.levels;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** "Revert after" as typed: a whole number of seconds, minutes or hours ({@code 90s}, {@code 30m}, {@code 2h}). */
public final class RevertAfter {
    public static final Duration LONGEST = Duration.ofDays(1);
    private static final Pattern FORM = Pattern.compile("(\\d{1,6})\\s*([smh])");

    private RevertAfter() {
    }

    /**
     * @throws IllegalArgumentException for anything else, or a time of zero or over a day
     */
    public static Duration parse(String text) {
        String value = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        Matcher matcher = FORM.matcher(value);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a time to revert after: write it as 90s, 30m or "
                    + "2h.");
        }
        long amount = Long.parseLong(matcher.group(1));
        Duration duration = switch (matcher.group(2)) {
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            default -> Duration.ofHours(amount);
        };
        if (duration.isZero() || duration.compareTo(LONGEST) > 0) {
            throw new IllegalArgumentException("'" + text + "': revert after more than 0 and at most 24h.");
        }
        return duration;
    }

    /** "30m", "1h30m", "45s". */
    public static String format(Duration duration) {
        long seconds = duration.toSeconds();
        StringBuilder text = new StringBuilder();
        if (seconds >= 3600) {
            text.append(seconds / 3600).append('h');
        }
        if (seconds % 3600 >= 60) {
            text.append(seconds % 3600 / 60).append('m');
        }
        if (seconds % 60 > 0 || text.isEmpty()) {
            text.append(seconds % 60).append('s');
        }
        return text.toString();
    }
}
