/**
 * MSK's authorizer logs over the wire, for as long as the AWS SDK served here does not model them.
 *
 * <p>MSK added {@code loggingInfo.authorizerLogs} on 2026-08-06; the SDK models it from 2.51.2, but the {@code kafka}
 * module that resolves here stops at 2.50.2. Its unmarshallers drop the member from every response, and its
 * marshallers cannot send it, so an UpdateMonitoring built by the SDK alone would carry the cluster's whole
 * {@code loggingInfo} without it and could switch authorizer delivery off. This package closes that gap while the SDK
 * stays the client for everything else (endpoints, signing, retries, errors):
 * <ul>
 *   <li>{@link io.mskconsole.aws.kafka.authorizerlogs.AuthorizerLogsInterceptor}, registered on every MSK client,
 *       adds {@code authorizerLogs} to the request body of a call that gives it (UpdateMonitoring, CreateClusterV2),
 *       before the request is signed;</li>
 *   <li>{@link io.mskconsole.aws.kafka.authorizerlogs.AuthorizerLogsWire} is what the gateways call: the request
 *       options that send it, and the reading of the member from the answers {@code raw.RawAnswers} kept, exactly as
 *       the API reference names it.</li>
 * </ul>
 *
 * <p>To remove it once the SDK here is 2.51.2 or later ({@code SdkModelTest} fails that day): delete this package, its
 * registration in {@code ServiceClients}, and map {@code LoggingInfo.authorizerLogs()} like {@code brokerLogs()} in
 * {@code KafkaMapping} and {@code CreationMapping}.
 */
package io.mskconsole.aws.kafka.authorizerlogs;
