package io.mskconsole.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mskconsole.core.account.AccountSignIn;
import io.mskconsole.core.signin.GrantedAccount;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code msk-console accounts}: the accounts and roles the profile's IAM Identity Center sign-in grants, the same
 * list the window's account picker shows; each can be used with {@code --account ID --role NAME}.
 */
@Command(name = "accounts", mixinStandardHelpOptions = true, versionProvider = CliVersion.class,
        description = {"List the accounts and roles the IAM Identity Center (SSO) sign-in of --profile grants.",
                "Use one with any command: --profile P --account ID --role NAME."})
final class AccountsCommand implements Callable<Integer> {
    enum Format { text, json }

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final CliEnvironment env;
    private final GlobalOptions global;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "text: a table (default); json: a stable document for scripts.")
    Format format;

    AccountsCommand(CliEnvironment env, GlobalOptions global) {
        this.env = env;
        this.global = global;
    }

    @Override
    public Integer call() throws Exception {
        AccountSignIn signIn = SignInCommands.signInOf(env, global);
        List<GrantedAccount> grants = signIn.grants(true);
        env.out().print(format == Format.json ? json(signIn, grants) : text(grants));
        int roles = grants.stream().mapToInt(g -> g.roles().size()).sum();
        env.err().println(grants.size() + (grants.size() == 1 ? " account" : " accounts") + ", " + roles
                + (roles == 1 ? " role" : " roles") + " through " + signIn.describe() + ".");
        return ExitCodes.OK;
    }

    static String text(List<GrantedAccount> grants) {
        int nameWidth = Math.max("NAME".length(), grants.stream().mapToInt(g -> g.accountName().length()).max()
                .orElse(0));
        StringBuilder table = new StringBuilder(String.format("%-12s  %-" + nameWidth + "s  %s%n", "ACCOUNT", "NAME",
                "ROLES"));
        for (GrantedAccount granted : grants) {
            table.append(String.format("%-12s  %-" + nameWidth + "s  %s%n", granted.accountId(),
                    granted.accountName(), String.join(", ", granted.roles())));
        }
        return table.toString();
    }

    static String json(AccountSignIn signIn, List<GrantedAccount> grants) throws Exception {
        ObjectNode document = JSON.createObjectNode();
        document.put("startUrl", signIn.login().startUrl());
        if (signIn.login().sessionName() != null) {
            document.put("ssoSession", signIn.login().sessionName());
        }
        ArrayNode accounts = document.putArray("accounts");
        for (GrantedAccount granted : grants) {
            ObjectNode account = accounts.addObject();
            account.put("accountId", granted.accountId());
            account.put("accountName", granted.accountName());
            account.put("emailAddress", granted.account().emailAddress());
            granted.roles().forEach(account.putArray("roles")::add);
        }
        return JSON.writeValueAsString(document) + System.lineSeparator();
    }
}
