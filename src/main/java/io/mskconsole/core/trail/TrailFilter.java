package io.mskconsole.core.trail;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Conditions on loaded events, all of which must hold (AND); a blank or null condition holds for every event.
 * Text conditions ignore case. The free text may hold several words, each of which must appear somewhere in the
 * event's searchable fields (name, source, region, user, source IP, error, cluster, topic, group, event id).
 */
public record TrailFilter(String text, String eventName, String user, String cluster, String topic, Boolean readOnly,
                          Boolean hasError) {
    public static final TrailFilter ALL = new TrailFilter(null, null, null, null, null, null, null);

    public static TrailFilter text(String text) {
        return new TrailFilter(text, null, null, null, null, null, null);
    }

    public TrailFilter withCluster(String clusterArnOrName) {
        return new TrailFilter(text, eventName, user, clusterArnOrName, topic, readOnly, hasError);
    }

    public boolean isEmpty() {
        return blank(text) && blank(eventName) && blank(user) && blank(cluster) && blank(topic) && readOnly == null
                && hasError == null;
    }

    /**
     * The filter as a predicate, its words lower-cased once, the events' values' lower case shared
     * ({@link Words#lower}): a keystroke over a million events.
     */
    public Predicate<TrailEvent> predicate() {
        String[] words = blank(text) ? new String[0]
                : Arrays.stream(text.strip().toLowerCase(Locale.ROOT).split("\\s+")).filter(w -> !w.isEmpty())
                .toArray(String[]::new);
        String name = lower(eventName);
        String who = lower(user);
        String clusterText = lower(cluster);
        String topicText = lower(topic);
        return event -> {
            if (readOnly != null && !readOnly.equals(event.readOnly())) {
                return false;
            }
            if (hasError != null && hasError != event.hasError()) {
                return false;
            }
            if (name != null && !Words.lower(event.name()).contains(name)) {
                return false;
            }
            if (who != null && !Words.lower(event.user()).contains(who)) {
                return false;
            }
            if (clusterText != null && !matchesCluster(event.resource(), clusterText)) {
                return false;
            }
            if (topicText != null && !Words.lower(event.resource().topic()).contains(topicText)) {
                return false;
            }
            for (String word : words) {
                if (!event.holds(word)) {
                    return false;
                }
            }
            return true;
        };
    }

    /** An ARN names exactly one cluster (its topics and groups included); other text is part of a name. */
    private static boolean matchesCluster(MskResource resource, String wanted) {
        if (wanted.startsWith("arn:")) {
            return Words.lower(resource.clusterArn()).equals(wanted);
        }
        return Words.lower(resource.clusterName()).contains(wanted);
    }

    private static String lower(String value) {
        return blank(value) ? null : value.strip().toLowerCase(Locale.ROOT);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
