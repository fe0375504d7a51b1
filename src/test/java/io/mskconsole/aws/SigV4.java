package io.mskconsole.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks a request's SigV4 signature from scratch, as AWS does on arrival, on what a stub received (the signing steps
 * of the AWS General Reference, written out here independently of the SDK): the {@code Authorization} header's shape,
 * its scope, and that its signature is the HMAC of the canonical request made from what was actually received, the
 * body included.
 */
public final class SigV4 {
    public static final Pattern AUTHORIZATION = Pattern.compile("AWS4-HMAC-SHA256 Credential=([A-Z0-9]+)/(\\d{8})/"
            + "([a-z0-9-]+)/([a-z0-9]+)/aws4_request, SignedHeaders=([a-z0-9;-]+), Signature=([0-9a-f]{64})");

    private SigV4() {
    }

    /**
     * The request is signed for {@code service} in {@code region} by this key, and the signature holds.
     *
     * @param canonicalUri the path as SigV4 canonicalises it (for services other than S3, the received path
     *                     URI-encoded once more)
     * @param header       a received header's value by name, or null
     */
    public static void assertSigned(String method, String canonicalUri, UnaryOperator<String> header, byte[] body,
                                    String accessKeyId, String secretKey, String region, String service) {
        String authorization = header.apply("Authorization");
        Matcher parts = AUTHORIZATION.matcher(authorization == null ? "" : authorization);
        assertThat(parts.matches()).as("Authorization header %s", authorization).isTrue();
        assertThat(parts.group(1)).isEqualTo(accessKeyId);
        assertThat(parts.group(3)).isEqualTo(region);
        assertThat(parts.group(4)).isEqualTo(service);
        String amzDate = header.apply("X-Amz-Date");
        assertThat(amzDate).matches("\\d{8}T\\d{6}Z").startsWith(parts.group(2));
        List<String> signedHeaders = List.of(parts.group(5).split(";"));
        assertThat(signedHeaders).contains("host", "x-amz-date").isSorted();

        String canonicalHeaders = signedHeaders.stream()
                .map(name -> name + ":" + header.apply(name).strip().replaceAll(" +", " ") + "\n")
                .collect(Collectors.joining());
        String canonicalRequest = method + "\n" + canonicalUri + "\n\n" + canonicalHeaders
                + "\n" + parts.group(5) + "\n" + hex(sha256(body));
        String scope = parts.group(2) + "/" + region + "/" + service + "/aws4_request";
        String stringToSign = "AWS4-HMAC-SHA256\n" + amzDate + "\n" + scope + "\n"
                + hex(sha256(canonicalRequest.getBytes(StandardCharsets.UTF_8)));
        byte[] key = hmac(("AWS4" + secretKey).getBytes(StandardCharsets.UTF_8), parts.group(2));
        key = hmac(key, region);
        key = hmac(key, service);
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
