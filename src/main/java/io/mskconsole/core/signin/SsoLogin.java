package io.mskconsole.core.signin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * An IAM Identity Center sign-in, as profiles name it: an {@code [sso-session NAME]} section, or (legacy) a profile's
 * own {@code sso_start_url} and {@code sso_region}. Profiles naming the same session share one login, one cached
 * token and one registered client, as in the AWS CLI.
 *
 * @param sessionName the sso-session's name, or null for a legacy profile
 * @param startUrl    the portal's start URL (https://d-1234567890.awsapps.com/start)
 * @param region      the region of IAM Identity Center (sso_region)
 * @param scopes      sso_registration_scopes (empty for a legacy profile, where the AWS CLI asks for none)
 * @param sandbox     the Sandbox's sample sign-in, served offline
 */
public record SsoLogin(String sessionName, String startUrl, String region, List<String> scopes, boolean sandbox) {
    /** The scope the AWS CLI asks for when an sso-session names none. */
    public static final String DEFAULT_SCOPE = "sso:account:access";

    public SsoLogin {
        Objects.requireNonNull(startUrl, "startUrl");
        Objects.requireNonNull(region, "region");
        sessionName = sessionName == null || sessionName.isBlank() ? null : sessionName;
        scopes = List.copyOf(scopes);
    }

    public static SsoLogin session(String name, String startUrl, String region, List<String> scopes) {
        return new SsoLogin(Objects.requireNonNull(name, "name"), startUrl, region,
                scopes.isEmpty() ? List.of(DEFAULT_SCOPE) : scopes, false);
    }

    public static SsoLogin legacy(String startUrl, String region) {
        return new SsoLogin(null, startUrl, region, List.of(), false);
    }

    /** Whether the login is a legacy profile's start URL (no sso-session, no refresh token). */
    public boolean legacy() {
        return sessionName == null;
    }

    /**
     * The name of the token's file in the AWS CLI's cache, without ".json": the SHA-1 (lower-case hex) of the
     * session's name, or of the start URL for a legacy profile, as the AWS CLI and the SDKs compute it.
     */
    public String cacheKey() {
        return sha1Hex(legacy() ? startUrl : sessionName);
    }

    /** How messages name it: "SSO session my-sso" or "SSO start URL https://…". */
    public String describe() {
        return legacy() ? "SSO start URL " + startUrl : "SSO session " + sessionName;
    }

    /** How the AWS CLI is told to sign in to it: by profile where one is known, else by sso-session. */
    public String cliLogin(String profile) {
        if (profile != null) {
            return "aws sso login --profile " + profile;
        }
        return legacy() ? "aws sso login --profile PROFILE" : "aws sso login --sso-session " + sessionName;
    }

    static String sha1Hex(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-1", e);
        }
    }
}
