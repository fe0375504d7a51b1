package io.mskconsole.cli;

import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Help.Column;
import picocli.CommandLine.Help.TextTable;

/** The root's list of commands, nested ones spelt out ("logging export"), each with its description's first line. */
final class CommandListHelp {
    private static final int NAME_WIDTH = 18;

    private CommandListHelp() {
    }

    static String render(Help help) {
        int width = help.commandSpec().usageMessage().width();
        TextTable table = TextTable.forColumns(help.colorScheme(),
                new Column(NAME_WIDTH, 2, Column.Overflow.SPAN),
                new Column(width - NAME_WIDTH, 1, Column.Overflow.WRAP));
        addRows(table, "", help.commandSpec().commandLine().getSubcommands());
        return table.toString();
    }

    private static void addRows(TextTable table, String parent, Map<String, CommandLine> commands) {
        commands.forEach((name, command) -> {
            Map<String, CommandLine> children = command.getSubcommands();
            if (children.isEmpty()) {
                String[] description = command.getCommandSpec().usageMessage().description();
                table.addRowValues(parent + name, description.length == 0 ? "" : description[0]);
            } else {
                addRows(table, parent + name + " ", children);
            }
        });
    }
}
