package io.mskconsole.cli;

import io.mskconsole.core.clusters.BrokerAccess;
import io.mskconsole.core.clusters.ClientAuth;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** How {@code loggers list} and {@code loggers set} reach a cluster's brokers. */
final class BrokerOptions {
    static final String SCRAM_PASSWORD_VARIABLE = "MSK_CONSOLE_SCRAM_PASSWORD";
    static final String KEY_STORE_PASSWORD_VARIABLE = "MSK_CONSOLE_KEYSTORE_PASSWORD";

    @Option(names = "--cluster", required = true, paramLabel = "ARN", description = "The cluster's ARN.")
    String clusterArn;

    @Option(names = "--auth", paramLabel = "iam|scram|tls|plaintext",
            description = "How to authenticate to the brokers (default: the cluster's first of IAM, SASL/SCRAM, TLS, "
                    + "plaintext, as its bootstrap brokers show).")
    String auth;

    @Option(names = "--access", paramLabel = "auto|private|public", defaultValue = "auto",
            description = "Which bootstrap brokers: public ones when the cluster has public access (auto, the "
                    + "default), those inside its VPC (private), or only public ones.")
    String access;

    @Option(names = "--scram-user", paramLabel = "USER",
            description = "The SASL/SCRAM user; the password comes from " + SCRAM_PASSWORD_VARIABLE + " or standard "
                    + "input, never from an argument.")
    String scramUser;

    @Option(names = "--tls-keystore", paramLabel = "FILE",
            description = "For mutual TLS: the key store (.p12 or .jks) with the client certificate; its password "
                    + "comes from " + KEY_STORE_PASSWORD_VARIABLE + " or standard input.")
    String keyStore;

    /** @throws CliFailure (usage) for a word that is not an authentication */
    ClientAuth askedAuth() {
        if (auth == null) {
            return null;
        }
        return ClientAuth.parse(auth).orElseThrow(() -> CliFailure.usage("--auth: '" + auth + "' is not iam, scram, "
                + "tls or plaintext."));
    }

    /** @throws CliFailure (usage) for a word that is not an access */
    BrokerAccess brokerAccess() {
        return BrokerAccess.parse(access).orElseThrow(() -> CliFailure.usage("--access: '" + access + "' is not "
                + "auto, private or public."));
    }

    Path keyStore(CliEnvironment env) {
        return keyStore == null ? null : LoggingFiles.resolve(env, keyStore);
    }
}
