package io.mskconsole.core.clusters;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A cluster's bootstrap broker strings as GetBootstrapBrokers gives them: one per authentication the cluster
 * allows, inside its VPC and (with public access on) from the internet, plus those for multi-VPC private
 * connectivity. An absent string is null (or blank, read as absent). Which strings are present says which client
 * authentications the cluster takes.
 */
public record BootstrapBrokers(
        String plaintext,
        String tls,
        String saslScram,
        String saslIam,
        String publicTls,
        String publicSaslScram,
        String publicSaslIam,
        String vpcConnectivityTls,
        String vpcConnectivitySaslScram,
        String vpcConnectivitySaslIam) {

    public static final BootstrapBrokers NONE = new BootstrapBrokers(null, null, null, null, null, null, null, null,
            null, null);

    public BootstrapBrokers {
        plaintext = blankToNull(plaintext);
        tls = blankToNull(tls);
        saslScram = blankToNull(saslScram);
        saslIam = blankToNull(saslIam);
        publicTls = blankToNull(publicTls);
        publicSaslScram = blankToNull(publicSaslScram);
        publicSaslIam = blankToNull(publicSaslIam);
        vpcConnectivityTls = blankToNull(vpcConnectivityTls);
        vpcConnectivitySaslScram = blankToNull(vpcConnectivitySaslScram);
        vpcConnectivitySaslIam = blankToNull(vpcConnectivitySaslIam);
    }

    /** The string inside the VPC for the authentication, if the cluster allows it. */
    public Optional<String> privateFor(ClientAuth auth) {
        return Optional.ofNullable(switch (auth) {
            case IAM -> saslIam;
            case SCRAM -> saslScram;
            case TLS -> tls;
            case PLAINTEXT -> plaintext;
        });
    }

    /** The string with public access for the authentication, if public access is on for it. */
    public Optional<String> publicFor(ClientAuth auth) {
        return Optional.ofNullable(switch (auth) {
            case IAM -> publicSaslIam;
            case SCRAM -> publicSaslScram;
            case TLS -> publicTls;
            case PLAINTEXT -> null;
        });
    }

    /** The authentications the cluster takes, most preferred first: IAM, SASL/SCRAM, TLS, plaintext. */
    public List<ClientAuth> authentications() {
        List<ClientAuth> auths = new ArrayList<>();
        for (ClientAuth auth : ClientAuth.values()) {
            if (privateFor(auth).isPresent() || publicFor(auth).isPresent()) {
                auths.add(auth);
            }
        }
        return List.copyOf(auths);
    }

    /** The authentication to use when none is asked for: the first of {@link #authentications()}. */
    public Optional<ClientAuth> defaultAuth() {
        return authentications().stream().findFirst();
    }

    /**
     * The bootstrap string for the authentication and access, or empty when the cluster has none such.
     * {@link BrokerAccess#AUTO} takes the public one when there is one, else the private one.
     */
    public Optional<String> choose(ClientAuth auth, BrokerAccess access) {
        return switch (access) {
            case PRIVATE -> privateFor(auth);
            case PUBLIC -> publicFor(auth);
            case AUTO -> publicFor(auth).or(() -> privateFor(auth));
        };
    }

    /** Whether the string chosen for the authentication is the public one. */
    public boolean isPublic(String bootstrap) {
        return bootstrap != null && (bootstrap.equals(publicTls) || bootstrap.equals(publicSaslScram)
                || bootstrap.equals(publicSaslIam));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
