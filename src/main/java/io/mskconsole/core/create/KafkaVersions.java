package io.mskconsole.core.create;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Orders the versions ListKafkaVersions gives, newest first, and says which to propose. ListKafkaVersions has no
 * "recommended" flag: the proposal is the newest ACTIVE version. Versions are compared by their numbers, an
 * {@code x} (as in {@code 3.7.x}, "the latest patch") after any number, then a plain version before one with a
 * suffix ({@code 3.7.x} before {@code 3.7.x.kraft}).
 */
public final class KafkaVersions {
    /** A version as offered: with whether it is the one to propose. */
    public record Choice(KafkaVersion version, boolean recommended) {
        public String name() {
            return version.version();
        }

        /** "3.9.x (recommended)", "2.8.1 (deprecated)" or just the version. */
        public String label() {
            String suffix = recommended ? " (recommended)" : version.isActive() ? "" : " (deprecated)";
            return version.version() + suffix;
        }
    }

    /** Newest first. */
    public static final Comparator<String> NEWEST_FIRST = KafkaVersions::compareNewestFirst;

    private KafkaVersions() {
    }

    /** The versions newest first, deprecated ones after the active ones, the newest active one recommended. */
    public static List<Choice> choices(List<KafkaVersion> versions) {
        List<KafkaVersion> sorted = new ArrayList<>(versions);
        sorted.sort(Comparator.comparing((KafkaVersion v) -> !v.isActive())
                .thenComparing(KafkaVersion::version, NEWEST_FIRST));
        Optional<KafkaVersion> recommended = sorted.stream().filter(KafkaVersion::isActive).findFirst();
        return sorted.stream().map(v -> new Choice(v, recommended.isPresent() && recommended.get() == v)).toList();
    }

    /** The newest active version, or empty when none is offered. */
    public static Optional<String> recommended(List<KafkaVersion> versions) {
        return choices(versions).stream().filter(Choice::recommended).map(Choice::name).findFirst();
    }

    /**
     * Whether the version is at least {@code major.minor}: "3.6.0", "3.7.x" and "4.0.x.kraft" are at least 3.6;
     * a version without numbers is not.
     */
    public static boolean atLeast(String version, int major, int minor) {
        int[] numbers = numbers(version);
        if (numbers.length == 0) {
            return false;
        }
        int own = numbers.length > 1 ? numbers[1] : 0;
        return numbers[0] > major || (numbers[0] == major && own >= minor);
    }

    static int compareNewestFirst(String a, String b) {
        int[] left = numbers(a);
        int[] right = numbers(b);
        for (int i = 0; i < Math.max(left.length, right.length); i++) {
            int l = i < left.length ? left[i] : -1;
            int r = i < right.length ? right[i] : -1;
            if (l != r) {
                return Integer.compare(r, l);
            }
        }
        int suffix = Integer.compare(suffixLength(a, left.length), suffixLength(b, right.length));
        return suffix != 0 ? suffix : a.compareTo(b);
    }

    /** The leading dot-separated numbers; "x" reads as larger than any number. */
    private static int[] numbers(String version) {
        if (version == null) {
            return new int[0];
        }
        String[] parts = version.strip().split("\\.");
        List<Integer> numbers = new ArrayList<>();
        for (String part : parts) {
            if (part.equalsIgnoreCase("x")) {
                numbers.add(Integer.MAX_VALUE);
            } else if (part.matches("\\d{1,9}")) {
                numbers.add(Integer.parseInt(part));
            } else {
                break;
            }
        }
        return numbers.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int suffixLength(String version, int numberParts) {
        String[] parts = version.strip().split("\\.");
        return parts.length - numberParts;
    }
}
