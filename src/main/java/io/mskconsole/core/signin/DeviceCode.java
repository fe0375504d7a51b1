package io.mskconsole.core.signin;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * What StartDeviceAuthorization gave: the code the user confirms in the browser, where, and how long it lasts. The
 * device code itself is a secret between the app and IAM Identity Center: never shown, never printed.
 *
 * @param verificationUriComplete the address with the code filled in (null if the service gave none)
 * @param interval                how often to ask whether the user has approved
 */
public record DeviceCode(String deviceCode, String userCode, String verificationUri, String verificationUriComplete,
                         Instant expiresAt, Duration interval) {
    public DeviceCode {
        Objects.requireNonNull(deviceCode, "deviceCode");
        Objects.requireNonNull(userCode, "userCode");
        Objects.requireNonNull(verificationUri, "verificationUri");
        Objects.requireNonNull(expiresAt, "expiresAt");
        interval = interval == null || interval.isZero() || interval.isNegative() ? Duration.ofSeconds(5) : interval;
    }

    /** The address to open: with the code filled in where the service gave one. */
    public String addressToOpen() {
        return verificationUriComplete != null ? verificationUriComplete : verificationUri;
    }

    @Override
    public String toString() {
        return "DeviceCode[userCode=" + userCode + ", verificationUri=" + verificationUri + ", expiresAt=" + expiresAt
                + ", interval=" + interval + "]";
    }
}
