package io.mskconsole.core.clusters;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Reading MSK ARNs: {@code arn:PARTITION:kafka:REGION:ACCOUNT:cluster/NAME/UUID}. */
public final class ClusterArn {
    private ClusterArn() {
    }

    public static boolean looksValid(String arn) {
        if (arn == null) {
            return false;
        }
        String[] parts = arn.split(":", 6);
        return parts.length == 6 && parts[0].equals("arn") && parts[2].equals("kafka") && !parts[3].isEmpty()
                && parts[5].startsWith("cluster/");
    }

    public static String region(String arn) {
        String[] parts = arn == null ? new String[0] : arn.split(":", 6);
        return parts.length == 6 ? parts[3] : "";
    }

    public static String account(String arn) {
        String[] parts = arn == null ? new String[0] : arn.split(":", 6);
        return parts.length == 6 ? parts[4] : "";
    }

    /** The ARN as one path segment of the REST API, e.g. {@code arn%3Aaws%3Akafka%3A...%2F...}. */
    public static String pathSegment(String arn) {
        return URLEncoder.encode(arn, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
