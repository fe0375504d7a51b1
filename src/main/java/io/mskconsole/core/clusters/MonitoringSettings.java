package io.mskconsole.core.clusters;

import java.util.List;

/**
 * The monitoring settings other than log delivery, exactly as the cluster has them, so an update of log delivery can
 * send them back unchanged. {@code enhancedMonitoring} is the service's own word (DEFAULT, PER_BROKER, ...);
 * {@code openMonitoring} is null when the cluster reports none. {@code unknownMembers} names what MSK reported in
 * {@code loggingInfo} or {@code openMonitoring} that this version does not know (e.g. {@code loggingInfo.controllerLogs}):
 * an update would not send it back, so none is sent while there is any.
 */
public record MonitoringSettings(String enhancedMonitoring, OpenMonitoring openMonitoring, List<String> unknownMembers) {
    public static final MonitoringSettings NONE = new MonitoringSettings(null, null);

    public MonitoringSettings {
        unknownMembers = unknownMembers == null ? List.of() : List.copyOf(unknownMembers);
    }

    /** Settings this version knows in full. */
    public MonitoringSettings(String enhancedMonitoring, OpenMonitoring openMonitoring) {
        this(enhancedMonitoring, openMonitoring, List.of());
    }
}
