package io.mskconsole.core.destinations;

import java.util.List;

/**
 * How long a new log group keeps its events (PutRetentionPolicy's retentionInDays, one of the values CloudWatch Logs
 * takes), as offered when MSK Console creates one. Thirty days is what most organisations keep broker logs for; a
 * group left without a retention keeps its events, and their cost, for ever.
 *
 * @param days the retention in days, or null for never expiring
 */
public record LogRetention(String label, Integer days) {
    /** Offered first, and chosen unless the person picks another. */
    public static final LogRetention USUAL = new LogRetention("30 days (the usual)", 30);
    public static final List<LogRetention> CHOICES = List.of(USUAL, new LogRetention("1 week", 7),
            new LogRetention("2 weeks", 14), new LogRetention("3 months", 90), new LogRetention("6 months", 180),
            new LogRetention("1 year", 365), new LogRetention("2 years", 731),
            new LogRetention("Never expire", null));

    /** The choice with this label; the usual one for a label not offered. */
    public static LogRetention labelled(String label) {
        return CHOICES.stream().filter(choice -> choice.label().equals(label)).findFirst().orElse(USUAL);
    }

    public static List<String> labels() {
        return CHOICES.stream().map(LogRetention::label).toList();
    }
}
