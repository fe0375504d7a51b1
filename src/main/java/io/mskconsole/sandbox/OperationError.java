package io.mskconsole.sandbox;

/** Why a Sandbox operation fails, as DescribeClusterOperationV2 reports it in {@code errorInfo}. */
record OperationError(String code, String message) {
}
