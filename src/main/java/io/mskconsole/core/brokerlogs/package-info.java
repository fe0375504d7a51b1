/**
 * A cluster's recent broker and authorizer logs, read from whichever destination it delivers to (CloudWatch Logs,
 * or the S3 delivery layout's gzipped objects), parsed where the Kafka log4j layout is plain, merged by time across
 * brokers, filtered, and made harmless to show: the same for the window and {@code logs}.
 */
package io.mskconsole.core.brokerlogs;
