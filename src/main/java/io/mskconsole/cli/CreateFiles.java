package io.mskconsole.cli;

import io.mskconsole.core.create.ClusterDraft;
import io.mskconsole.core.create.CreateClusterFile;
import io.mskconsole.core.create.DraftFileException;
import io.mskconsole.core.create.DraftProblem;
import java.io.PrintStream;
import java.util.List;

/** Reading create-cluster-v2 request files for the commands, and reporting the rules they break. */
final class CreateFiles {
    private CreateFiles() {
    }

    /** Reads the file ("-" is stdin): a usage failure naming the file and the JSON path when it cannot be used. */
    static ClusterDraft read(CliEnvironment env, String name) {
        String json = LoggingFiles.read(env, name);
        try {
            return CreateClusterFile.read(json);
        } catch (DraftFileException e) {
            String message = e.getMessage();
            if (message.startsWith("Line ")) {
                message = "l" + message.substring(1);
            }
            throw CliFailure.usage(displayName(name) + ": " + message);
        }
    }

    /**
     * Lists each problem on its own line ("request.json: Provisioned.NumberOfBrokerNodes: ...") and returns the usage
     * failure that ends the command: nothing is sent while any problem remains.
     */
    static CliFailure refuse(String name, List<DraftProblem> problems, PrintStream err) {
        for (DraftProblem problem : problems) {
            err.println(displayName(name) + ": " + problem.path() + ": " + problem.message());
        }
        err.flush();
        return CliFailure.usage(displayName(name) + " breaks " + (problems.size() == 1 ? "1 rule"
                : problems.size() + " rules") + " (listed above): nothing was sent.");
    }

    static String displayName(String name) {
        return LoggingFiles.STANDARD_STREAM.equals(name) ? "stdin" : name;
    }
}
