package io.mskconsole.core.delivery;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The naming rules of each destination, checked before anything is sent. Each check returns the first rule a
 * value breaks, worded for the person typing it. Disabled destinations are not checked: their names are not sent.
 *
 * <p>Only rules AWS enforces are errors: log group names (CloudWatch Logs CreateLogGroup: 1 to 512 of
 * {@code [.-_/#A-Za-z0-9]}), bucket names (S3 User Guide, "General purpose bucket naming rules": 3 to 63 lowercase
 * letters, digits, dots and hyphens, a letter or digit at each end, no "..", not an IP address, the reserved prefixes
 * and suffixes) and delivery stream names (Firehose CreateDeliveryStream: 1 to 64 of {@code [a-zA-Z0-9_.-]}). MSK's
 * API documents no rule for the S3 prefix (S3 takes any key up to 1,024 bytes): what this class says of a prefix is
 * advice ({@link #advice}), saying what AWS will do with it, never an error. A value the cluster already has is
 * never refused ({@link #check(LogDelivery, LogDelivery)}): MSK accepted it once.
 */
public final class LogDeliveryRules {
    private static final Pattern LOG_GROUP = Pattern.compile("[A-Za-z0-9_\\-/.#]+");
    private static final Pattern BUCKET_CHARS = Pattern.compile("[a-z0-9.\\-]+");
    private static final Pattern IP_ADDRESS = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern STREAM = Pattern.compile("[A-Za-z0-9_.\\-]+");
    private static final Pattern PREFIX_CHARS = Pattern.compile("[A-Za-z0-9!\\-_.*'()/]+");
    private static final List<String> BUCKET_RESERVED_PREFIXES = List.of("xn--", "sthree-", "amzn-s3-demo-");
    private static final List<String> BUCKET_RESERVED_SUFFIXES =
            List.of("-s3alias", "--ol-s3", ".mrap", "--x-s3", "--table-s3");

    /** Longest prefix accepted, so the delivered object keys stay well within S3's 1,024-byte key limit. */
    public static final int MAX_PREFIX_LENGTH = 512;

    private LogDeliveryRules() {
    }

    /** Every problem of both kinds' delivery as it would be sent, each naming its kind. Empty when they may be sent. */
    public static List<FieldProblem> check(LoggingInfo logging) {
        return check(logging, null);
    }

    /**
     * Like {@link #check(LoggingInfo)}, leaving alone the values the cluster has now ({@code current}, or null when
     * there is no cluster yet).
     */
    public static List<FieldProblem> check(LoggingInfo logging, LoggingInfo current) {
        List<FieldProblem> problems = new ArrayList<>();
        for (LogKind kind : LogKind.values()) {
            if (logging.gives(kind)) {
                LogDelivery kept = current == null ? null : current.delivery(kind);
                check(logging.delivery(kind), kept)
                        .forEach(p -> problems.add(new FieldProblem(kind, p.field(), p.message())));
            }
        }
        return List.copyOf(problems);
    }

    /** Every problem of one delivery as it would be sent. Empty when it may be sent. */
    public static List<FieldProblem> check(LogDelivery logs) {
        return check(logs, null);
    }

    /** Like {@link #check(LogDelivery)}, leaving alone the values {@code kept} has (the cluster's, or null). */
    public static List<FieldProblem> check(LogDelivery logs, LogDelivery kept) {
        List<FieldProblem> problems = new ArrayList<>();
        for (DestinationField field : DestinationField.values()) {
            String value = valueOf(logs, field);
            if (enabled(logs, field) && !(kept != null && enabled(kept, field) && sameValue(value, valueOf(kept, field)))) {
                check(field, value).ifPresent(m -> problems.add(new FieldProblem(field, m)));
            }
        }
        return List.copyOf(problems);
    }

    /** What AWS will do with a value that breaks none of its rules but may not be what was meant, or empty. */
    public static Optional<String> advice(DestinationField field, String value) {
        return field == DestinationField.PREFIX ? prefixAdvice(value == null || value.isBlank() ? null : value)
                : Optional.empty();
    }

    /** Whether the field's destination is on. */
    public static boolean enabled(LogDelivery logs, DestinationField field) {
        return switch (field) {
            case LOG_GROUP -> logs.cloudWatchLogs().enabled();
            case BUCKET, PREFIX -> logs.s3().enabled();
            case DELIVERY_STREAM -> logs.firehose().enabled();
        };
    }

    /** The field's value in the delivery. */
    public static String valueOf(LogDelivery logs, DestinationField field) {
        return switch (field) {
            case LOG_GROUP -> logs.cloudWatchLogs().logGroup();
            case BUCKET -> logs.s3().bucket();
            case PREFIX -> logs.s3().prefix();
            case DELIVERY_STREAM -> logs.firehose().deliveryStream();
        };
    }

    private static boolean sameValue(String a, String b) {
        return (a == null || a.isBlank() ? "" : a).equals(b == null || b.isBlank() ? "" : b);
    }

    /**
     * The problem of one field's value, assuming its destination is enabled. A blank value is judged as no value,
     * as the settings records hold it, so the field and the whole check always agree.
     */
    public static Optional<String> check(DestinationField field, String value) {
        value = value == null || value.isBlank() ? null : value;
        return switch (field) {
            case LOG_GROUP -> logGroup(value);
            case BUCKET -> bucket(value);
            case PREFIX -> Optional.empty();
            case DELIVERY_STREAM -> deliveryStream(value);
        };
    }

    static Optional<String> logGroup(String name) {
        if (name == null || name.isBlank()) {
            return required("a CloudWatch Logs log group");
        }
        if (name.length() > 512) {
            return Optional.of("Log group names are at most 512 characters (this one has " + name.length() + ").");
        }
        if (!LOG_GROUP.matcher(name).matches()) {
            return Optional.of("Log group names use only letters, digits and _ - / . # (found "
                    + firstOutside(name, LOG_GROUP) + ").");
        }
        return Optional.empty();
    }

    static Optional<String> bucket(String name) {
        if (name == null || name.isBlank()) {
            return required("an S3 bucket");
        }
        if (name.length() < 3 || name.length() > 63) {
            return Optional.of("Bucket names are 3 to 63 characters long (this one has " + name.length() + ").");
        }
        if (!BUCKET_CHARS.matcher(name).matches()) {
            return Optional.of("Bucket names use only lowercase letters, digits, dots and hyphens (found "
                    + firstOutside(name, BUCKET_CHARS) + ").");
        }
        if (!Character.isLetterOrDigit(name.charAt(0)) || !Character.isLetterOrDigit(name.charAt(name.length() - 1))) {
            return Optional.of("Bucket names begin and end with a letter or a digit.");
        }
        if (name.contains("..")) {
            return Optional.of("Bucket names may not have two dots in a row.");
        }
        if (IP_ADDRESS.matcher(name).matches()) {
            return Optional.of("Bucket names may not look like an IP address.");
        }
        for (String reserved : BUCKET_RESERVED_PREFIXES) {
            if (name.startsWith(reserved)) {
                return Optional.of("Bucket names may not begin with \"" + reserved + "\" (reserved by S3).");
            }
        }
        for (String reserved : BUCKET_RESERVED_SUFFIXES) {
            if (name.endsWith(reserved)) {
                return Optional.of("Bucket names may not end with \"" + reserved + "\" (reserved by S3).");
            }
        }
        return Optional.empty();
    }

    /** MSK's API has no rule for the prefix: these are ours, and say what AWS will do. */
    static Optional<String> prefixAdvice(String prefix) {
        if (prefix == null || prefix.isEmpty()) {
            return Optional.empty();
        }
        if (prefix.length() > MAX_PREFIX_LENGTH) {
            return Optional.of("A long prefix (" + prefix.length() + " characters): with the rest of each log's key "
                    + "it may pass S3's 1,024-byte limit, and those logs would not be delivered.");
        }
        if (!PREFIX_CHARS.matcher(prefix).matches()) {
            return Optional.of("S3 takes it, but " + firstOutside(prefix, PREFIX_CHARS) + " is not one of S3's safe "
                    + "characters (letters, digits, / and ! - _ . * ' ( )): some tools need it encoded.");
        }
        if (prefix.endsWith("/")) {
            return Optional.of("MSK adds a / itself: logs go under " + prefix + "/AWSLogs/ (an empty folder name in "
                    + "the path). MSK accepts it.");
        }
        if (prefix.startsWith("/")) {
            return Optional.of("Keys will begin with / (an empty folder name at the top of the bucket). MSK accepts "
                    + "it.");
        }
        if (prefix.contains("//")) {
            return Optional.of("The prefix has an empty folder name (//). MSK accepts it.");
        }
        return Optional.empty();
    }

    static Optional<String> deliveryStream(String name) {
        if (name == null || name.isBlank()) {
            return required("a Firehose delivery stream");
        }
        if (name.length() > 64) {
            return Optional.of("Delivery stream names are at most 64 characters (this one has " + name.length() + ").");
        }
        if (!STREAM.matcher(name).matches()) {
            return Optional.of("Delivery stream names use only letters, digits and _ . - (found "
                    + firstOutside(name, STREAM) + ").");
        }
        return Optional.empty();
    }

    private static Optional<String> required(String what) {
        return Optional.of("Required: name " + what + ", or turn this destination off.");
    }

    private static String firstOutside(String value, Pattern allowed) {
        for (int i = 0; i < value.length(); i++) {
            String ch = String.valueOf(value.charAt(i));
            if (!allowed.matcher(ch).matches()) {
                return ch.isBlank() ? "a space at position " + (i + 1) : "\"" + ch + "\" at position " + (i + 1);
            }
        }
        return "an unexpected character";
    }
}
