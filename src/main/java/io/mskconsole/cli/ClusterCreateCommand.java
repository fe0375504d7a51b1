package io.mskconsole.cli;

import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.create.ClusterCreation;
import io.mskconsole.core.create.ClusterDraft;
import io.mskconsole.core.create.ClusterDraftRules;
import io.mskconsole.core.create.CreateClusterRequest;
import io.mskconsole.core.create.CreationOutcome;
import io.mskconsole.core.create.DraftProblem;
import io.mskconsole.core.create.RegionFacts;
import io.mskconsole.core.destinations.CheckReport;
import io.mskconsole.core.destinations.Severity;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code msk-console cluster create}: creates a provisioned cluster from a create-cluster-v2 request file, its broker
 * log delivery set from the start. Whenever CreateClusterV2 was accepted, stdout holds the new cluster's ARN.
 */
@Command(name = "create", mixinStandardHelpOptions = true, versionProvider = CliVersion.class,
        description = {"Create a provisioned cluster from a create-cluster-v2 request file.",
                "The file is the AWS CLI's 'aws kafka create-cluster-v2 --cli-input-json' document (PascalCase), "
                        + "so one file works with both tools; 'msk-console cluster export' writes one from an "
                        + "existing cluster.",
                "Before sending, the file is checked: JSON and fields; the rules (name, brokers a multiple of the "
                        + "zones, two or three subnets in distinct zones of one VPC, security groups of that VPC, "
                        + "storage within the broker type's range, none for Express brokers, at least one access "
                        + "control method, a Kafka version MSK offers in the region); then the broker log "
                        + "destinations as 'logging check' checks them. A broken rule stops it (exit 2); an error "
                        + "finding refuses it (exit 1) unless --force is given. Nothing is sent then.",
                "Prints the new cluster's ARN on stdout; progress, findings and notes go to stderr."})
final class ClusterCreateCommand implements Callable<Integer> {
    static final String STOPPED_BEFORE_SENDING = "Stopped before sending CreateClusterV2: no cluster was created.";
    static final String FORCE_HINT = "--force creates it anyway.";

    private final CliEnvironment env;
    private final GlobalOptions global;

    @Option(names = "--file", required = true, paramLabel = "FILE",
            description = "The create-cluster-v2 request (AWS CLI --cli-input-json, PascalCase); - reads stdin.")
    String file;

    @Option(names = "--check", description = "Check the file, the region and the destinations, print the findings "
            + "on stdout, and send nothing: exit 0 without an error, 1 with one, 2 for a broken rule.")
    boolean check;

    @Option(names = "--wait", description = "Follow the new cluster to its end: exit 0 when it is ACTIVE, 1 when it "
            + "FAILED (with MSK's reason). Ctrl-C stops following; creation goes on in AWS.")
    boolean waitForCluster;

    @Option(names = "--force", description = "Create even when the checks find an error (e.g. a destination that "
            + "does not exist): the cluster may then FAIL, or no logs arrive.")
    boolean force;

    @Mixin
    BrokerLogLevelOption brokerLogLevel = new BrokerLogLevelOption();

    ClusterCreateCommand(CliEnvironment env, GlobalOptions global) {
        this.env = env;
        this.global = global;
    }

    @Override
    public Integer call() {
        if (check && waitForCluster) {
            throw CliFailure.usage("--check sends nothing, so there is nothing to --wait for: pick one.");
        }
        ClusterDraft draft = CreateFiles.read(env, file);
        try (Connection connection = Connection.open(env, global, null)) {
            Cancellation cancellation = new Cancellation();
            // Armed for the whole command: Ctrl-C before the request means it is not sent.
            Interrupts.Registration ctrlC = env.interrupts().install(cancellation::cancel);
            try {
                return run(connection, draft, cancellation);
            } finally {
                ctrlC.close();
            }
        }
    }

    private int run(Connection connection, ClusterDraft draft, Cancellation cancellation) {
        CreateClusterRequest request;
        CheckReport report;
        try {
            RegionFacts facts = RegionLookups.facts(connection, cancellation, env.err());
            List<DraftProblem> problems = ClusterDraftRules.check(draft, facts);
            if (!problems.isEmpty()) {
                throw CreateFiles.refuse(file, problems, env.err());
            }
            request = ClusterCreation.prepare(draft, facts);
            report = DestinationPreflight.runForNewCluster(connection, draft.isExpress(), draft.logging(),
                    brokerLogLevel.verbose(), !check, cancellation);
        } catch (CancellationException stopped) {
            return CliErrors.report(new CliFailure(ExitCodes.INTERRUPTED, check
                    ? "Stopped before the checks finished: no result." : STOPPED_BEFORE_SENDING), env.err());
        }
        String findings = FindingsText.write(FindingsText.header("new cluster " + draft.name(), connection.region(),
                report), report);
        if (check) {
            env.out().print(findings);
            env.out().flush();
            env.err().println(CreateFiles.displayName(file) + " passes the rules; checked, nothing was sent.");
            return report.blocksApply() ? ExitCodes.FAILED : ExitCodes.OK;
        }
        env.err().print(findings);
        if (!report.findings().isEmpty()) {
            env.err().println();
        }
        if (report.blocksApply()) {
            if (!force) {
                throw CliFailure.failed("Refused: the checks found " + errors(report) + " (listed above); cluster "
                        + draft.name() + " was not created. Fix the file or the destinations, or " + FORCE_HINT);
            }
            env.err().println("Creating despite " + errors(report) + " (--force).");
        }
        return create(connection, request, cancellation);
    }

    private int create(Connection connection, CreateClusterRequest request, Cancellation cancellation) {
        ClusterCreation creation = new ClusterCreation(connection.session().clusterCreation(connection.region()),
                connection.pollInterval(), env.clock());
        CreationProgressText progress = new CreationProgressText(env.err());
        String arn;
        try {
            arn = creation.send(request, progress, cancellation);
        } catch (CancellationException stoppedBeforeSending) {
            return CliErrors.report(new CliFailure(ExitCodes.INTERRUPTED, STOPPED_BEFORE_SENDING), env.err());
        }
        env.out().println(arn);
        env.out().flush();
        String name = request.clusterName();
        if (!waitForCluster) {
            env.err().println("Sent. Cluster " + name + " is being created in " + connection.region() + " (use --wait "
                    + "to follow it, or 'msk-console clusters' to see it).");
            return ExitCodes.OK;
        }
        env.err().println("Following cluster " + name + " (Ctrl-C stops following; creation goes on in AWS).");
        CreationOutcome outcome;
        try {
            outcome = creation.follow(arn, progress, cancellation);
        } catch (RuntimeException e) {
            throw CliFailure.failed("Stopped following cluster " + arn + ": " + CliErrors.message(e)
                    + " CreateClusterV2 was accepted; creation goes on in AWS.");
        }
        return switch (outcome.status()) {
            case ACTIVE -> {
                env.err().println("ACTIVE: cluster " + name + " was created.");
                yield ExitCodes.OK;
            }
            case FAILED -> CliErrors.report(CliFailure.failed("Cluster " + name + " (" + arn + ") ended "
                    + outcome.last().describeState()), env.err());
            case DELETED -> CliErrors.report(CliFailure.failed("Cluster " + name + " (" + arn
                    + ") was deleted while it was being created."), env.err());
            case STOPPED_FOLLOWING -> {
                env.err().println("Stopped following. Creation goes on in AWS: cluster " + arn);
                yield ExitCodes.INTERRUPTED;
            }
        };
    }

    /** "1 error" or "2 errors". */
    private static String errors(CheckReport report) {
        long count = report.count(Severity.ERROR);
        return count + (count == 1 ? " error" : " errors");
    }
}
