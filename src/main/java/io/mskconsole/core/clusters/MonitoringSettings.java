package io.mskconsole.core.clusters;

/**
 * The monitoring settings other than broker logs, exactly as the cluster has them, so an update of broker logs
 * can send them back unchanged. {@code enhancedMonitoring} is the service's own word (DEFAULT, PER_BROKER, ...);
 * {@code openMonitoring} is null when the cluster reports none.
 */
public record MonitoringSettings(String enhancedMonitoring, OpenMonitoring openMonitoring) {
    public static final MonitoringSettings NONE = new MonitoringSettings(null, null);
}
