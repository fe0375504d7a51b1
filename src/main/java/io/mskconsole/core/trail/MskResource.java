package io.mskconsole.core.trail;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * The MSK resource an event concerns, from an ARN: a cluster ({@code cluster/name/uuid}, or one of its operations,
 * {@code cluster-operation/name/uuid/operation}), or a topic or group of one ({@code topic/cluster/uuid/topic},
 * {@code group/cluster/uuid/group}). Empty strings where unknown.
 */
public record MskResource(String clusterArn, String clusterName, String topic, String group) {
    public static final MskResource NONE = new MskResource("", "", "", "");

    public MskResource {
        clusterArn = clusterArn == null ? "" : clusterArn;
        clusterName = clusterName == null ? "" : clusterName;
        topic = topic == null ? "" : topic;
        group = group == null ? "" : group;
    }

    public boolean isEmpty() {
        return clusterArn.isEmpty() && clusterName.isEmpty();
    }

    /**
     * The resource of an MSK ARN (URL-encoded ones too, as some records have them), or null when the text is not
     * the ARN of a cluster, topic or group.
     */
    public static MskResource fromArn(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String arn = text.strip();
        if (arn.startsWith("arn%3A") || arn.startsWith("arn%3a")) {
            arn = URLDecoder.decode(arn, StandardCharsets.UTF_8);
        }
        String[] parts = arn.split(":", 6);
        if (parts.length < 6 || !"arn".equals(parts[0]) || !"kafka".equals(parts[2])) {
            return null;
        }
        String[] path = parts[5].split("/");
        String prefix = String.join(":", parts[0], parts[1], parts[2], parts[3], parts[4]) + ":cluster/";
        switch (path[0]) {
            case "cluster":
                if (path.length >= 3) {
                    return new MskResource(prefix + path[1] + "/" + path[2], path[1], "", "");
                }
                return path.length == 2 ? new MskResource(prefix + path[1], path[1], "", "") : null;
            case "cluster-operation":
                return path.length >= 3 ? new MskResource(prefix + path[1] + "/" + path[2], path[1], "", "") : null;
            case "topic":
                return path.length >= 4 ? new MskResource(prefix + path[1] + "/" + path[2], path[1],
                        join(path, 3), "") : null;
            case "group":
                return path.length >= 4 ? new MskResource(prefix + path[1] + "/" + path[2], path[1], "",
                        join(path, 3)) : null;
            default:
                return null;
        }
    }

    private static String join(String[] path, int from) {
        return String.join("/", java.util.Arrays.copyOfRange(path, from, path.length));
    }

    /** Whether this resource is the cluster named by ARN or by name (for "Show activity"). */
    public boolean isCluster(String arnOrName) {
        return !arnOrName.isEmpty() && (arnOrName.equals(clusterArn) || arnOrName.equals(clusterName));
    }
}
