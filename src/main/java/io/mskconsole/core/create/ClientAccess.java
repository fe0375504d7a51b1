package io.mskconsole.core.create;

import java.util.List;

/**
 * How clients prove who they are: unauthenticated access, IAM, SASL/SCRAM and mutual TLS with the ACM Private CA
 * certificate authorities that sign the client certificates. Any combination; at least one must be on.
 */
public record ClientAccess(boolean unauthenticated, boolean iam, boolean scram, boolean tls,
                           List<String> certificateAuthorityArns) {
    /** IAM access control alone, what the console proposes for a new cluster. */
    public static final ClientAccess IAM_ONLY = new ClientAccess(false, true, false, false, List.of());

    public ClientAccess {
        certificateAuthorityArns = certificateAuthorityArns == null ? List.of() : List.copyOf(certificateAuthorityArns);
    }

    /** The ways clients may authenticate, as a cluster reports them. */
    public java.util.Set<io.mskconsole.core.clusters.ClientAuth> auths() {
        var auths = java.util.EnumSet.noneOf(io.mskconsole.core.clusters.ClientAuth.class);
        if (iam) {
            auths.add(io.mskconsole.core.clusters.ClientAuth.IAM);
        }
        if (scram) {
            auths.add(io.mskconsole.core.clusters.ClientAuth.SCRAM);
        }
        if (tls) {
            auths.add(io.mskconsole.core.clusters.ClientAuth.TLS);
        }
        if (unauthenticated) {
            auths.add(io.mskconsole.core.clusters.ClientAuth.PLAINTEXT);
        }
        return auths;
    }

    public boolean anyEnabled() {
        return unauthenticated || iam || scram || tls;
    }

    /** Whether a method that runs over TLS (IAM, SASL/SCRAM, mutual TLS) is on. */
    public boolean needsTls() {
        return iam || scram || tls;
    }

    /** The certificate authorities as sent: only while TLS client authentication is on. */
    public List<String> certificateAuthoritiesForRequest() {
        return tls ? certificateAuthorityArns : List.of();
    }

    public ClientAccess withUnauthenticated(boolean value) {
        return new ClientAccess(value, iam, scram, tls, certificateAuthorityArns);
    }

    public ClientAccess withIam(boolean value) {
        return new ClientAccess(unauthenticated, value, scram, tls, certificateAuthorityArns);
    }

    public ClientAccess withScram(boolean value) {
        return new ClientAccess(unauthenticated, iam, value, tls, certificateAuthorityArns);
    }

    public ClientAccess withTls(boolean value, List<String> authorities) {
        return new ClientAccess(unauthenticated, iam, scram, value, authorities);
    }
}
