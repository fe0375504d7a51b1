/**
 * Whether a cluster's logs actually arrive: the newest log in each enabled destination (CloudWatch Logs streams, the
 * S3 delivery layout's hour folders, Firehose's metrics), read through {@link io.mskconsole.core.arrival.ArrivalGateway}
 * and judged by {@link io.mskconsole.core.arrival.DeliveryHealthCheck}, the same for the window and
 * {@code logging health}.
 */
package io.mskconsole.core.arrival;
