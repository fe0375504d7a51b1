package io.mskconsole.cli;

import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.create.KafkaVersion;
import io.mskconsole.core.create.RegionFacts;
import io.mskconsole.core.create.SecurityGroup;
import io.mskconsole.core.create.Subnet;
import io.mskconsole.core.errors.GatewayException;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;

/**
 * What {@code cluster create} looks up in the region before judging a request: the Kafka versions MSK offers, and the
 * subnets and security groups of every VPC. One that cannot be looked up is said on stderr and its rules skipped
 * (MSK still refuses what is wrong); a credentials or setup problem stops the command as anywhere else.
 */
final class RegionLookups {
    private RegionLookups() {
    }

    /** @throws CancellationException when Ctrl-C came during the lookups */
    static RegionFacts facts(Connection connection, Cancellation cancellation, PrintStream err) {
        String region = connection.region();
        List<KafkaVersion> versions = lookUp("the Kafka versions", err,
                () -> connection.session().clusterCreation(region).listKafkaVersions());
        List<Subnet> subnets = lookUp("the subnets", err,
                () -> connection.session().network(region).subnets(null, cancellation));
        List<SecurityGroup> groups = lookUp("the security groups", err,
                () -> connection.session().network(region).securityGroups(null, cancellation));
        if (cancellation.isCancelled()) {
            throw new CancellationException("Stopped while looking up the region.");
        }
        return RegionFacts.of(region, subnets, groups, versions);
    }

    private static <T> T lookUp(String what, PrintStream err, Supplier<T> lookup) {
        try {
            return lookup.get();
        } catch (GatewayException e) {
            switch (e.failure()) {
                case NO_CREDENTIALS, EXPIRED_CREDENTIALS, SSO_LOGIN_REQUIRED, CONFIGURATION -> throw e;
                default -> {
                    err.println("Could not look up " + what + " (" + CliErrors.message(e) + "): not checked here.");
                    return null;
                }
            }
        }
    }
}
