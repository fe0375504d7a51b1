package io.mskconsole.core.delivery;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The naming rules of each destination, checked before anything is sent. Each check returns the first rule a
 * value breaks, worded for the person typing it. Disabled destinations are not checked: their names are not sent.
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
        List<FieldProblem> problems = new ArrayList<>();
        for (LogKind kind : LogKind.values()) {
            if (logging.gives(kind)) {
                check(logging.delivery(kind)).forEach(p -> problems.add(new FieldProblem(kind, p.field(), p.message())));
            }
        }
        return List.copyOf(problems);
    }

    /** Every problem of one delivery as it would be sent. Empty when it may be sent. */
    public static List<FieldProblem> check(LogDelivery logs) {
        List<FieldProblem> problems = new ArrayList<>();
        if (logs.cloudWatchLogs().enabled()) {
            logGroup(logs.cloudWatchLogs().logGroup()).ifPresent(m -> problems.add(new FieldProblem(DestinationField.LOG_GROUP, m)));
        }
        if (logs.s3().enabled()) {
            bucket(logs.s3().bucket()).ifPresent(m -> problems.add(new FieldProblem(DestinationField.BUCKET, m)));
            prefix(logs.s3().prefix()).ifPresent(m -> problems.add(new FieldProblem(DestinationField.PREFIX, m)));
        }
        if (logs.firehose().enabled()) {
            deliveryStream(logs.firehose().deliveryStream())
                    .ifPresent(m -> problems.add(new FieldProblem(DestinationField.DELIVERY_STREAM, m)));
        }
        return List.copyOf(problems);
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
            case PREFIX -> prefix(value);
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

    static Optional<String> prefix(String prefix) {
        if (prefix == null || prefix.isEmpty()) {
            return Optional.empty();
        }
        if (prefix.length() > MAX_PREFIX_LENGTH) {
            return Optional.of("Prefixes are at most " + MAX_PREFIX_LENGTH + " characters (this one has "
                    + prefix.length() + ").");
        }
        if (!PREFIX_CHARS.matcher(prefix).matches()) {
            return Optional.of("Prefixes use only letters, digits, / and ! - _ . * ' ( ) (found "
                    + firstOutside(prefix, PREFIX_CHARS) + ").");
        }
        if (prefix.startsWith("/")) {
            return Optional.of("Prefixes may not begin with /: MSK adds the separator itself.");
        }
        if (prefix.endsWith("/")) {
            return Optional.of("Prefixes may not end with /: MSK adds the separator before AWSLogs/.");
        }
        if (prefix.contains("//")) {
            return Optional.of("Prefixes may not have an empty path segment (//).");
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
