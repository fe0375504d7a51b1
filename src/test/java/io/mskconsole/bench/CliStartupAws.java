package io.mskconsole.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The AWS CLI's side of {@link CliStartupBenchmark}: which aws it runs, and the aws commands for each answer. */
final class CliStartupAws {
    private CliStartupAws() {
    }

    static List<String> command(String aws, List<String> endpoint, String... args) {
        List<String> command = new ArrayList<>(List.of(aws));
        command.addAll(Arrays.asList(args));
        command.addAll(endpoint);
        return command;
    }

    /**
     * The calls {@code logging check} makes for a CloudWatch Logs destination, as aws commands: the cluster, the
     * caller, the log group and the Logs resource policies, and one policy simulation per resource (the log group,
     * the cluster, the log delivery's service-linked role with its service name, and "*" for the delivery actions).
     */
    static List<List<String>> checkCalls(String aws, List<String> endpoint, String arn) {
        String account = CliStartupStub.ACCOUNT;
        String caller = CliStartupStub.CALLER;
        String group = "/msk/" + CliStartupStub.NAME;
        return List.of(
                command(aws, endpoint, "kafka", "describe-cluster-v2", "--cluster-arn", arn),
                command(aws, endpoint, "sts", "get-caller-identity"),
                command(aws, endpoint, "logs", "describe-resource-policies"),
                command(aws, endpoint, "logs", "describe-log-groups", "--log-group-name-prefix", group),
                command(aws, endpoint, "iam", "simulate-principal-policy", "--policy-source-arn", caller,
                        "--action-names", "logs:CreateLogGroup", "--resource-arns",
                        "arn:aws:logs:" + CliStartupBenchmark.REGION + ":" + account + ":log-group:" + group),
                command(aws, endpoint, "iam", "simulate-principal-policy", "--policy-source-arn", caller,
                        "--action-names", "kafka:UpdateMonitoring", "--resource-arns", arn),
                command(aws, endpoint, "iam", "simulate-principal-policy", "--policy-source-arn", caller,
                        "--action-names", "iam:CreateServiceLinkedRole", "--resource-arns", "arn:aws:iam::" + account
                                + ":role/aws-service-role/delivery.logs.amazonaws.com/AWSServiceRoleForLogDelivery",
                        "--context-entries", "ContextKeyName=iam:AWSServiceName,ContextKeyValues="
                                + "delivery.logs.amazonaws.com,ContextKeyType=string"),
                command(aws, endpoint, "iam", "simulate-principal-policy", "--policy-source-arn", caller,
                        "--action-names", "logs:CreateLogDelivery", "logs:GetLogDelivery", "logs:UpdateLogDelivery",
                        "logs:DeleteLogDelivery", "logs:ListLogDeliveries", "logs:PutResourcePolicy",
                        "logs:DescribeResourcePolicies", "logs:DescribeLogGroups", "--resource-arns", "*"));
    }

    static List<String> lookup(String aws, List<String> endpoint, Instant start, Instant end, String source) {
        return command(aws, endpoint, "cloudtrail", "lookup-events", "--start-time", start.toString(),
                "--end-time", end.toString(), "--lookup-attributes",
                "AttributeKey=EventSource,AttributeValue=" + source);
    }

    /**
     * The AWS CLI itself: the {@code aws} on the PATH, or, when that is a pyenv shim (a shell script that starts
     * pyenv, which then starts aws), the script the shim would run, so the shim's time is not counted against it.
     */
    static String executable() throws IOException, InterruptedException {
        Path found = Arrays.stream(System.getenv("PATH").split(File.pathSeparator)).map(dir -> Path.of(dir, "aws"))
                .filter(Files::isExecutable).findFirst().orElseThrow();
        if (found.getParent().getFileName().toString().equals("shims")) {
            String real = CliStartupBenchmark.firstLine("pyenv", "which", "aws");
            if (Files.isExecutable(Path.of(real))) {
                return real;
            }
        }
        return found.toString();
    }
}
