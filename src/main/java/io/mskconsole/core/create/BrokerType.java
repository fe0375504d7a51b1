package io.mskconsole.core.create;

/**
 * One broker size MSK offers, e.g. {@code kafka.m7g.large} (standard) or {@code express.m7g.large} (Express), with
 * the EBS storage a standard broker may have (Express brokers have none to set: both bounds 0).
 */
public record BrokerType(String instanceType, Family family, int minVolumeGiB, int maxVolumeGiB) {
    public enum Family {
        /** kafka.m5.*, kafka.m7g.*, kafka.t3.small: storage on EBS volumes the customer sizes. */
        STANDARD("Standard"),
        /** express.m7g.*: storage managed by MSK. */
        EXPRESS("Express");

        private final String label;

        Family(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public boolean isExpress() {
        return family == Family.EXPRESS;
    }

    /** Whether {@code size} GiB is a storage size this broker type takes. */
    public boolean takesVolume(int size) {
        return !isExpress() && size >= minVolumeGiB && size <= maxVolumeGiB;
    }
}
