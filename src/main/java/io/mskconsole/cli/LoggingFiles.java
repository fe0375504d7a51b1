package io.mskconsole.cli;

import io.mskconsole.core.delivery.LogKind;
import io.mskconsole.core.delivery.LoggingChanges;
import io.mskconsole.core.delivery.LogDeliveryRules;
import io.mskconsole.core.delivery.FieldProblem;
import io.mskconsole.core.delivery.LoggingInfo;
import io.mskconsole.core.delivery.LoggingInfoFileException;
import io.mskconsole.core.delivery.LoggingInfoFormat;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reading and writing logging-info files for the commands. Relative names are taken from the environment's
 * working folder; "-" means stdin or stdout. Every problem is a one-line usage failure naming the file.
 */
final class LoggingFiles {
    static final String STANDARD_STREAM = "-";

    private LoggingFiles() {
    }

    /**
     * Reads a logging-info document: valid JSON in either casing. Its names are judged once the cluster is read
     * ({@link #refuseBrokenRules}).
     */
    static LoggingInfo readLoggingInfo(CliEnvironment env, String name) {
        String json = read(env, name);
        LoggingInfo logs;
        try {
            logs = LoggingInfoFormat.parse(json);
        } catch (LoggingInfoFileException e) {
            throw CliFailure.usage(displayName(name) + ": " + where(e));
        }
        return logs;
    }

    /**
     * Refuses, as bad input naming each field, a file whose names break a rule AWS enforces; values the cluster has
     * now are left alone (MSK accepted them once), as in the window's editor.
     */
    static void refuseBrokenRules(String name, LoggingInfo file, LoggingInfo current) {
        List<FieldProblem> problems = LogDeliveryRules.check(file, current);
        if (!problems.isEmpty()) {
            throw CliFailure.usage(displayName(name) + ": " + problems.stream()
                    .map(p -> fieldPath(p) + ": " + p.message())
                    .collect(Collectors.joining("; ")));
        }
    }

    /**
     * Says on stderr that the cluster's authorizer logs are kept as they are when the file leaves AuthorizerLogs out
     * and the cluster has some: "Kept: Authorizer logs: CloudWatch Logs: /msk/a (the file has no AuthorizerLogs)".
     */
    static void noteKeptAuthorizerLogs(CliEnvironment env, LoggingInfo file, LoggingInfo current) {
        if (!file.hasAuthorizerLogs() && current.hasAuthorizerLogs()) {
            env.err().println("Kept: " + LogKind.AUTHORIZER.displayName() + ": "
                    + LoggingChanges.summary(current.authorizerLogs()) + " (the file has no AuthorizerLogs)");
        }
    }

    static String read(CliEnvironment env, String name) {
        try {
            if (STANDARD_STREAM.equals(name)) {
                return new String(env.in().readAllBytes(), StandardCharsets.UTF_8);
            }
            Path path = resolve(env, name);
            if (Files.isDirectory(path)) {
                throw CliFailure.usage(path + " is a folder, not a file.");
            }
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw CliFailure.usage("No such file: " + resolve(env, name));
        } catch (AccessDeniedException e) {
            throw CliFailure.usage("Cannot read " + resolve(env, name) + ": permission denied.");
        } catch (CharacterCodingException e) {
            throw CliFailure.usage(displayName(name) + ": not UTF-8 text.");
        } catch (IOException e) {
            throw CliFailure.usage("Cannot read " + displayName(name) + ": " + e.getMessage());
        }
    }

    /** Writes the text to the file (replacing it) and returns where it went. */
    static Path write(CliEnvironment env, String name, String text) {
        Path path = resolve(env, name);
        try {
            Files.writeString(path, text, StandardCharsets.UTF_8);
            return path;
        } catch (NoSuchFileException e) {
            throw CliFailure.usage("Cannot write " + path + ": the folder " + path.getParent() + " does not exist.");
        } catch (AccessDeniedException e) {
            throw CliFailure.usage("Cannot write " + path + ": permission denied.");
        } catch (IOException e) {
            throw CliFailure.usage("Cannot write " + path + ": " + e.getMessage());
        }
    }

    static Path resolve(CliEnvironment env, String name) {
        return env.workingDirectory().resolve(name).normalize();
    }

    private static String displayName(String name) {
        return STANDARD_STREAM.equals(name) ? "stdin" : name;
    }

    /** "line 3, column 7: unknown field ..." from the reader's "Line 3, column 7: unknown field ...". */
    private static String where(LoggingInfoFileException e) {
        String message = e.getMessage();
        if (e.line() < 1) {
            return message;
        }
        String prefix = "Line " + e.line() + ", column " + e.column() + ": ";
        String problem = message.startsWith(prefix) ? message.substring(prefix.length()) : message;
        return "line " + e.line() + ", column " + e.column() + ": " + problem;
    }

    /** The JSON path of the field a rule is about, e.g. "BrokerLogs.S3.Bucket". */
    static String fieldPath(FieldProblem problem) {
        LogKind kind = problem.kind() == null ? LogKind.BROKER : problem.kind();
        return kind.cliName() + "." + problem.field().destination().cliName() + "." + problem.field().cliName();
    }
}
