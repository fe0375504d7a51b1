package io.mskconsole.core.destinations;

/** A bucket's default encryption, as GetBucketEncryption gives it. */
public enum BucketEncryption {
    /** No default encryption rule (older buckets; S3 now encrypts with SSE-S3 anyway). */
    NONE("none"),
    /** SSE-S3 (AES256): nothing for log delivery to do. */
    SSE_S3("SSE-S3 (AES256)"),
    /** SSE-KMS: the key's policy must let log delivery use it. */
    SSE_KMS("SSE-KMS"),
    /** Dual-layer SSE-KMS: as SSE-KMS. */
    DSSE_KMS("DSSE-KMS"),
    /** The encryption could not be read. */
    UNKNOWN("unknown");

    private final String label;

    BucketEncryption(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean usesKms() {
        return this == SSE_KMS || this == DSSE_KMS;
    }
}
