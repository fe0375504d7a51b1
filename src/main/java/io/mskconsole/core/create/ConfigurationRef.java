package io.mskconsole.core.create;

/** A custom MSK configuration and its revision, applied to the brokers of a new cluster. */
public record ConfigurationRef(String arn, long revision) {
}
