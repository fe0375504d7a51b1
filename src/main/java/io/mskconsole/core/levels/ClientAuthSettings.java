package io.mskconsole.core.levels;

import io.mskconsole.core.clusters.ClientAuth;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What a client needs to authenticate one way to a cluster's brokers. Secrets are {@link Secret}s, so printing any
 * of these shows no password.
 */
public sealed interface ClientAuthSettings {
    ClientAuth auth();

    /**
     * IAM access control with the app's AWS profile: the same credentials as every other call of the app.
     *
     * @param profile the profile to sign with, or null for the SDK's default chain (environment, default profile,
     *                container and instance roles), as the app does for "default"
     * @param region  the cluster's region: where STS is asked when the profile assumes a role
     */
    record Iam(String profile, String region) implements ClientAuthSettings {
        public Iam {
            Objects.requireNonNull(region, "region");
        }

        @Override
        public ClientAuth auth() {
            return ClientAuth.IAM;
        }
    }

    /** SASL/SCRAM-SHA-512 with a user of the cluster's secret (AWS Secrets Manager) and its password. */
    record Scram(String user, Secret password) implements ClientAuthSettings {
        public Scram {
            if (user == null || user.isBlank()) {
                throw new IllegalArgumentException("SASL/SCRAM needs a user name.");
            }
            Objects.requireNonNull(password, "password");
            if (password.isEmpty()) {
                throw new IllegalArgumentException("SASL/SCRAM needs the password of user " + user + ".");
            }
        }

        @Override
        public ClientAuth auth() {
            return ClientAuth.SCRAM;
        }
    }

    /**
     * TLS, with a client certificate when the cluster asks for one (mutual TLS with AWS Private CA). The brokers'
     * certificates are checked against the JVM's trusted authorities, which include Amazon's.
     *
     * @param keyStore         a PKCS12 or JKS key store with the client certificate, or null for TLS without one
     * @param keyStorePassword its password, or null
     */
    record Tls(Path keyStore, Secret keyStorePassword) implements ClientAuthSettings {
        public static final Tls WITHOUT_CERTIFICATE = new Tls(null, null);

        @Override
        public ClientAuth auth() {
            return ClientAuth.TLS;
        }
    }

    /** No authentication and no encryption: only where the cluster allows plaintext inside its VPC. */
    record Plaintext() implements ClientAuthSettings {
        @Override
        public ClientAuth auth() {
            return ClientAuth.PLAINTEXT;
        }
    }
}
