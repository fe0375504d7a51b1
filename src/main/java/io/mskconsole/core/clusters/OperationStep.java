package io.mskconsole.core.clusters;

/** One step of a cluster operation, e.g. "INITIALIZE_UPDATE" with status "SUCCEEDED". */
public record OperationStep(String name, String status) {
}
