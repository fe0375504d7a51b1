package io.mskconsole.core.account;

/** The account and region the app showed last, to open on them next time. Either may be null. */
public record LastUsed(String accountKey, String region) {
    public static final LastUsed NOTHING = new LastUsed(null, null);
}
