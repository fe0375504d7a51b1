package io.mskconsole.core.clusters;

/** Open monitoring with Prometheus: which exporters run in the brokers. */
public record OpenMonitoring(boolean jmxExporter, boolean nodeExporter) {
}
