package io.mskconsole.core.fleet.change;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A destination name for many clusters, e.g. {@code /aws/vendedlogs/msk/{cluster}} or an S3 prefix
 * {@code {account}/{region}/{cluster}/}: the placeholders {@code {cluster}} (the cluster's name), {@code {account}}
 * (its account id) and {@code {region}} are filled per cluster; nothing else is a placeholder, and an unknown one is
 * refused when the template is made, so a typo never names a destination literally.
 */
public record NameTemplate(String text) {
    public static final Set<String> PLACEHOLDERS = Set.of("cluster", "account", "region");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");

    /** The values of one cluster's placeholders. */
    public record Values(String cluster, String account, String region) {
    }

    public NameTemplate {
        Objects.requireNonNull(text, "text");
        List<String> unknown = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            if (!PLACEHOLDERS.contains(m.group(1))) {
                unknown.add("{" + m.group(1) + "}");
            }
        }
        String rest = PLACEHOLDER.matcher(text).replaceAll("");
        if (rest.indexOf('{') >= 0 || rest.indexOf('}') >= 0) {
            throw new IllegalArgumentException("\"" + text + "\" has a brace that opens or closes no placeholder: "
                    + "the placeholders are {cluster}, {account} and {region}.");
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("\"" + text + "\" has " + String.join(", ", unknown)
                    + ": the placeholders are {cluster}, {account} and {region}.");
        }
    }

    /** The name for one cluster. */
    public String fill(Values values) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = switch (m.group(1)) {
                case "cluster" -> values.cluster();
                case "account" -> values.account();
                default -> values.region();
            };
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : value));
        }
        m.appendTail(out);
        return out.toString();
    }

    @Override
    public String toString() {
        return text;
    }
}
