package io.mskconsole.core.levels;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Which Apache Kafka versions let an administrator change broker log levels at runtime (KIP-412: 2.4 and later). */
public final class KafkaVersions {
    private static final Pattern MAJOR_MINOR = Pattern.compile("(\\d+)\\.(\\d+).*");

    private KafkaVersions() {
    }

    /** True for 2.4 and later, and for a version this app cannot read (the brokers then say for themselves). */
    public static boolean supportsDynamicLogLevels(String kafkaVersion) {
        Matcher matcher = kafkaVersion == null ? null : MAJOR_MINOR.matcher(kafkaVersion.strip());
        if (matcher == null || !matcher.matches()) {
            return true;
        }
        int major = Integer.parseInt(matcher.group(1));
        int minor = Integer.parseInt(matcher.group(2));
        return major > 2 || (major == 2 && minor >= 4);
    }

    /** Why the cluster's brokers cannot change levels at runtime. */
    public static String tooOld(String clusterName, String kafkaVersion) {
        return "Cluster " + clusterName + " runs Apache Kafka " + kafkaVersion + ": brokers take log level changes at "
                + "runtime from Apache Kafka 2.4 on (KIP-412). Upgrade the cluster to change levels without a restart.";
    }
}
