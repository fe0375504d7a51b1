package io.mskconsole.cli;

import io.mskconsole.core.destinations.CheckReport;
import io.mskconsole.core.destinations.Finding;
import io.mskconsole.core.destinations.FindingAction;
import io.mskconsole.core.destinations.Severity;
import io.mskconsole.core.delivery.LogKind;
import java.util.List;

/**
 * The findings of the checks for a terminal: a header line, then one block per finding, most severe first, each
 * after a blank line. A block's first line starts at the left edge with the severity, the check id and the field
 * (e.g. {@code ERROR  destination-missing  LogGroup}), so {@code grep '^ERROR'} finds them; the title, why, fix and
 * what the window can do about it follow, indented. Lines of a multi-line fix (a key policy statement) keep their
 * own indentation under the first. A finding about authorizer logs names the kinds it is about at the end of its first
 * line ({@code AuthorizerLogs}, or {@code BrokerLogs,AuthorizerLogs} for a destination both use) and at the start of
 * its title ("Authorizer logs: ...").
 * <pre>
 * Checked log delivery of orders in us-east-1: 1 error
 *
 * ERROR  destination-missing  LogGroup
 *   Log group /msk/orders does not exist in us-east-1
 *   Why: MSK does not create destinations. ...
 *   Fix: Create it here, or pick an existing log group.
 *   Can do: Create log group (/msk/orders)
 * </pre>
 */
final class FindingsText {
    private static final String SEPARATOR = "  ";
    private static final String INDENT = "  ";

    private FindingsText() {
    }

    /** "Checked log delivery of orders in us-east-1: 1 error, 2 warnings". */
    static String header(String clusterName, String region, CheckReport report) {
        return "Checked log delivery of " + clusterName + " in " + region + ": " + report.summary();
    }

    /** The header and every finding's block, ending with a newline. */
    static String write(String header, CheckReport report) {
        StringBuilder text = new StringBuilder(header).append('\n');
        for (Finding finding : report.findings()) {
            text.append('\n').append(block(finding));
        }
        return text.toString();
    }

    /** "ERROR", "WARNING", "COULD NOT CHECK" or "INFO". */
    static String severity(Severity severity) {
        return severity.name().replace('_', ' ');
    }

    static String block(Finding finding) {
        StringBuilder block = new StringBuilder(severity(finding.severity())).append(SEPARATOR)
                .append(finding.checkId());
        if (finding.field() != null) {
            block.append(SEPARATOR).append(finding.field().cliName());
        }
        if (finding.namesKinds()) {
            block.append(SEPARATOR).append(finding.kinds().stream().sorted().map(LogKind::cliName)
                    .collect(java.util.stream.Collectors.joining(",")));
        }
        String title = finding.namesKinds() ? finding.kindsLabel() + ": " + finding.title() : finding.title();
        block.append('\n').append(INDENT).append(CliErrors.oneLine(title)).append('\n');
        labelled(block, "Why", finding.why());
        labelled(block, "Fix", finding.fix());
        for (FindingAction action : finding.actions()) {
            String can = action(action);
            if (can != null) {
                block.append(INDENT).append("Can do: ").append(can).append('\n');
            }
        }
        return block.toString();
    }

    /**
     * What the window offers in one click, named for a terminal, or null for an action that only copies text the
     * block already shows.
     */
    static String action(FindingAction action) {
        return switch (action.kind()) {
            case CREATE_LOG_GROUP, CREATE_BUCKET -> action.label() + " (" + action.target() + ")";
            case ADD_KEY_STATEMENT -> "Add the statement to the key policy (" + action.target() + ")";
            case COPY_TEXT -> null;
        };
    }

    private static void labelled(StringBuilder block, String label, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        String first = INDENT + label + ": ";
        String more = " ".repeat(first.length());
        List<String> lines = text.strip().lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            block.append((i == 0 ? first + lines.get(i) : more + lines.get(i)).stripTrailing()).append('\n');
        }
    }
}
