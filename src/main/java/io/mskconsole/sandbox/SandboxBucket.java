package io.mskconsole.sandbox;

/** An S3 bucket of the Sandbox account. Bucket names are global, so each one says which region it lives in. */
public record SandboxBucket(String name, String region) {
}
