package io.mskconsole.aws.network;

import static org.assertj.core.api.Assertions.assertThat;

import io.mskconsole.aws.SigV4;

/** Checks an EC2 query request's SigV4 signature from scratch, on the bytes {@link RawHttpServer} received. */
final class SigV4Check {
    static final java.util.regex.Pattern AUTHORIZATION = SigV4.AUTHORIZATION;

    private SigV4Check() {
    }

    /** The request is signed for {@code ec2} in {@code region} by this key, and the signature holds. */
    static void assertSigned(RawHttpServer.Received request, String accessKeyId, String secretKey, String region) {
        assertThat(request.header("Authorization")).containsPattern("SignedHeaders=[a-z0-9;-]*content-type;");
        SigV4.assertSigned(request.method(), request.path(), request::header, request.body(), accessKeyId, secretKey,
                region, "ec2");
    }
}
