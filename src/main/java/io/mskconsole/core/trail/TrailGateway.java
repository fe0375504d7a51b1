package io.mskconsole.core.trail;

/**
 * CloudTrail's LookupEvents in one account and region. Implemented over the SDK (one attempt per call: pacing and
 * backoff are the caller's, see {@link TrailFetch}) and by the Sandbox. Throws
 * {@link io.mskconsole.core.errors.GatewayException}; THROTTLED when the service said ThrottlingException.
 */
public interface TrailGateway {
    String region();

    LookupPage lookupEvents(LookupRequest request);
}
