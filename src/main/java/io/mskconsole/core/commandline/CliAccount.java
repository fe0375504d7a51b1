package io.mskconsole.core.commandline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How a generated AWS CLI command (in a review, a Create cluster window, {@code logging apply --dry-run}) names the
 * account, so that pasted as it is it runs with the credentials the app used: {@code --profile} only for a profile
 * the shared files hold and the AWS CLI would not take without being told; {@code --region} always; and for the
 * Sandbox a first line saying the command is an example about an offline sample.
 *
 * @param profile the profile to name with {@code --profile}, or null to leave it out
 * @param sandbox whether the command is about the Sandbox's sample clusters
 */
public record CliAccount(String profile, boolean sandbox, String note) {
    /** The Sandbox: an example command, with no profile. */
    public static final CliAccount SANDBOX = new CliAccount(null, true);
    /** Credentials the AWS CLI finds by itself, as the app did (the environment, the default profile). */
    public static final CliAccount AS_FOUND = new CliAccount(null, false);
    /** The first line of a Sandbox command. */
    public static final String SANDBOX_NOTE = "# Sandbox example: the clusters and account 111122223333 are offline "
            + "samples. Run it with a real cluster's ARN and version.";

    private static final String DEFAULT = "default";

    public CliAccount {
        profile = profile == null || profile.isBlank() ? null : profile;
        note = note == null || note.isBlank() ? null : note;
    }

    public CliAccount(String profile, boolean sandbox) {
        this(profile, sandbox, null);
    }

    /** A command for a named profile, which the AWS CLI uses only when told. */
    public static CliAccount named(String profile) {
        return new CliAccount(profile, false);
    }

    /**
     * For an account and role taken through an SSO profile's sign-in without a profile of their own: the AWS CLI
     * takes an account and role only from a profile, so the command names a profile to make (its first lines say
     * how: with the sign-in's sso-session, or for a legacy profile its start URL and region).
     *
     * @param legacyStart for a legacy profile ({@code sso_start_url}), its start URL and region; null for an
     *                    sso-session
     */
    public static CliAccount granted(String signInProfile, String accountId, String roleName, String[] legacyStart) {
        String made = signInProfile + "-" + accountId + "-" + roleName;
        String quoted = ShellWords.quote(made);
        String signIn = legacyStart == null
                ? "aws configure set sso_session \"$(aws configure get sso_session --profile "
                        + ShellWords.quote(signInProfile) + ")\" --profile " + quoted
                : "aws configure set sso_start_url " + ShellWords.quote(legacyStart[0]) + " --profile " + quoted
                        + " && aws configure set sso_region " + ShellWords.quote(legacyStart[1]) + " --profile " + quoted;
        return new CliAccount(made, false, "# Account " + accountId + ", role " + roleName + ", through the sign-in of "
                + "profile " + signInProfile + ". The AWS CLI needs a profile for them; make it once with:\n#   "
                + signIn + " && aws configure set sso_account_id " + accountId + " --profile " + quoted
                + " && aws configure set sso_role_name " + ShellWords.quote(roleName) + " --profile " + quoted);
    }

    /** For a granted role through an sso-session profile. */
    public static CliAccount granted(String signInProfile, String accountId, String roleName) {
        return granted(signInProfile, accountId, roleName, null);
    }

    /**
     * For an account opened on a profile, as the app resolves its credentials: a named profile is named when the
     * shared files hold it. "default" means the SDK's default chain (the environment's credentials first, then the
     * default profile), as the AWS CLI does without {@code --profile}; so it is named only when the AWS CLI would
     * otherwise take another profile (AWS_PROFILE names one, and no credentials are in the environment), and never
     * when it exists only in the environment (the AWS CLI answers "The config profile (default) could not be found").
     *
     * @param inSharedFiles whether ~/.aws/config or ~/.aws/credentials (or the files named by the environment) hold it
     * @param environment   the process environment (AWS_PROFILE, AWS_ACCESS_KEY_ID)
     */
    public static CliAccount forProfile(String profile, boolean inSharedFiles, Map<String, String> environment) {
        if (profile == null || !inSharedFiles) {
            return AS_FOUND;
        }
        if (!DEFAULT.equals(profile)) {
            return named(profile);
        }
        boolean environmentCredentials = isSet(environment.get("AWS_ACCESS_KEY_ID"));
        String chosenProfile = environment.get("AWS_PROFILE");
        boolean anotherProfileChosen = isSet(chosenProfile) && !DEFAULT.equals(chosenProfile.strip());
        return !environmentCredentials && anotherProfileChosen ? named(DEFAULT) : AS_FOUND;
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }

    /** The words after the operation's name: {@code --profile P} when needed, then {@code --region R}. */
    public List<String> words(String region) {
        List<String> words = new ArrayList<>();
        if (profile != null) {
            words.add("--profile");
            words.add(ShellWords.quote(profile));
        }
        if (region != null && !region.isBlank()) {
            words.add("--region");
            words.add(ShellWords.quote(region));
        }
        return words;
    }

    /** The command as shown: for the Sandbox, after the line saying it is an example. */
    public String present(String command) {
        if (sandbox) {
            return SANDBOX_NOTE + "\n" + command;
        }
        return note != null ? note + "\n" + command : command;
    }
}
