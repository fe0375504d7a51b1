package io.mskconsole.aws.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks a request's SigV4 signature from scratch, as AWS does on arrival, on the bytes {@link RawHttpServer} received (the signing steps of the AWS General
 * Reference, written out here independently of the SDK): the {@code Authorization} header's shape, its scope, and
 * that its signature is the HMAC of the canonical request made from what was actually received.
 */
final class SigV4Check {
    static final Pattern AUTHORIZATION = Pattern.compile("AWS4-HMAC-SHA256 Credential=([A-Z0-9]+)/(\\d{8})/"
            + "([a-z0-9-]+)/([a-z0-9]+)/aws4_request, SignedHeaders=([a-z0-9;-]+), Signature=([0-9a-f]{64})");

    private SigV4Check() {
    }

    /** The request is signed for {@code ec2} in {@code region} by this key, and the signature holds. */
    static void assertSigned(RawHttpServer.Received request, String accessKeyId, String secretKey, String region) {
        String authorization = request.header("Authorization");
        Matcher parts = AUTHORIZATION.matcher(authorization == null ? "" : authorization);
        assertThat(parts.matches()).as("Authorization header %s", authorization).isTrue();
        assertThat(parts.group(1)).isEqualTo(accessKeyId);
        assertThat(parts.group(3)).isEqualTo(region);
        assertThat(parts.group(4)).isEqualTo("ec2");
        String amzDate = request.header("X-Amz-Date");
        assertThat(amzDate).matches("\\d{8}T\\d{6}Z").startsWith(parts.group(2));
        List<String> signedHeaders = List.of(parts.group(5).split(";"));
        assertThat(signedHeaders).contains("content-type", "host", "x-amz-date").isSorted();

        String canonicalHeaders = signedHeaders.stream()
                .map(name -> name + ":" + request.header(name).strip().replaceAll(" +", " ") + "\n")
                .collect(Collectors.joining());
        String canonicalRequest = request.method() + "\n" + request.path() + "\n\n" + canonicalHeaders
                + "\n" + parts.group(5) + "\n" + hex(sha256(request.body()));
        String scope = parts.group(2) + "/" + region + "/ec2/aws4_request";
        String stringToSign = "AWS4-HMAC-SHA256\n" + amzDate + "\n" + scope + "\n"
                + hex(sha256(canonicalRequest.getBytes(StandardCharsets.UTF_8)));
        byte[] key = hmac(("AWS4" + secretKey).getBytes(StandardCharsets.UTF_8), parts.group(2));
        key = hmac(key, region);
        key = hmac(key, "ec2");
        key = hmac(key, "aws4_request");
        assertThat(parts.group(6)).as("the signature of what was received").isEqualTo(hex(hmac(key, stringToSign)));
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    private static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
