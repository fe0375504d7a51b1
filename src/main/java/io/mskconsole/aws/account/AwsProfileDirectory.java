package io.mskconsole.aws.account;

import io.mskconsole.core.account.Account;
import io.mskconsole.core.account.AccountSignIn;
import io.mskconsole.core.account.ProfileDirectory;
import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import io.mskconsole.core.signin.IdentityCenter;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.profiles.ProfileFileLocation;

/**
 * The profiles of the shared AWS config and credentials files, SSO profiles included. By default the files are
 * those the SDK reads: {@code aws.configFile} / {@code aws.sharedCredentialsFile} system properties, else
 * {@code AWS_CONFIG_FILE} / {@code AWS_SHARED_CREDENTIALS_FILE}, else {@code ~/.aws/config} and
 * {@code ~/.aws/credentials}. The files are read again on every call but {@link #open(String)} keeps what it read.
 */
public final class AwsProfileDirectory implements ProfileDirectory {
    static final String DEFAULT = "default";
    private static final List<String> CREDENTIAL_VARIABLES = List.of("AWS_ACCESS_KEY_ID",
            "AWS_WEB_IDENTITY_TOKEN_FILE", "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",
            "AWS_CONTAINER_CREDENTIALS_FULL_URI");

    private final Supplier<ProfileFile> profileFile;
    private final Supplier<List<Path>> files;
    private final Map<String, String> environment;
    private final AwsClientSettings settings;
    /** The app's one IAM Identity Center, built on first use; shared by every session of these profiles. */
    private final Supplier<IdentityCenter> identityCenter;

    /** The real files and environment, production client settings. */
    public AwsProfileDirectory() {
        this(AwsClientSettings.production());
    }

    /** The real files and environment. */
    public AwsProfileDirectory(AwsClientSettings settings) {
        this(ProfileFile::defaultProfileFile, System.getenv(), settings);
    }

    /**
     * @param profileFile reads the profiles (called on every look-up)
     * @param environment the environment variables to consult (AWS_PROFILE, AWS_REGION, credential variables)
     */
    public AwsProfileDirectory(Supplier<ProfileFile> profileFile, Map<String, String> environment,
                               AwsClientSettings settings) {
        this(profileFile, () -> List.of(ProfileFileLocation.configurationFilePath(),
                ProfileFileLocation.credentialsFilePath()), environment, settings);
    }

    private AwsProfileDirectory(Supplier<ProfileFile> profileFile, Supplier<List<Path>> files,
                                Map<String, String> environment, AwsClientSettings settings) {
        this(profileFile, files, environment, settings, null);
    }

    private AwsProfileDirectory(Supplier<ProfileFile> profileFile, Supplier<List<Path>> files,
                                Map<String, String> environment, AwsClientSettings settings,
                                IdentityCenter identityCenter) {
        this.profileFile = Objects.requireNonNull(profileFile, "profileFile");
        this.files = files;
        this.environment = Map.copyOf(environment);
        this.settings = Objects.requireNonNull(settings, "settings");
        this.identityCenter = identityCenter != null ? () -> identityCenter
                : memoized(() -> SignInServices.identityCenter(settings));
    }

    /**
     * The same files and environment, signing in through {@code identityCenter} (a test's, with its own token cache
     * folder and clock) instead of the AWS CLI's cache in the home folder.
     */
    public AwsProfileDirectory withIdentityCenter(IdentityCenter identityCenter) {
        return new AwsProfileDirectory(profileFile, files, environment, settings,
                java.util.Objects.requireNonNull(identityCenter, "identityCenter"));
    }

    private static Supplier<IdentityCenter> memoized(Supplier<IdentityCenter> build) {
        return new Supplier<>() {
            private IdentityCenter built;

            @Override
            public synchronized IdentityCenter get() {
                if (built == null) {
                    built = build.get();
                }
                return built;
            }
        };
    }

    /**
     * Exactly these two files (either may be missing), e.g. temporary ones in tests. Messages name them.
     */
    public static AwsProfileDirectory forFiles(Path configFile, Path credentialsFile, Map<String, String> environment,
                                               AwsClientSettings settings) {
        Supplier<ProfileFile> read = () -> {
            ProfileFile.Aggregator aggregator = ProfileFile.aggregator();
            if (Files.isRegularFile(configFile)) {
                aggregator.addFile(ProfileFile.builder().content(configFile).type(ProfileFile.Type.CONFIGURATION)
                        .build());
            }
            if (Files.isRegularFile(credentialsFile)) {
                aggregator.addFile(ProfileFile.builder().content(credentialsFile).type(ProfileFile.Type.CREDENTIALS)
                        .build());
            }
            return aggregator.build();
        };
        return new AwsProfileDirectory(read, () -> List.of(configFile, credentialsFile), environment, settings);
    }

    /**
     * Profile names from both files, "default" first, the rest sorted.
     *
     * @throws GatewayException with {@code CONFIGURATION} if a file cannot be read or parsed
     */
    @Override
    public List<String> profiles() {
        List<String> names = new ArrayList<>(read().profiles().keySet());
        if (!names.contains(DEFAULT) && credentialsInEnvironment()) {
            names.add(DEFAULT);
        }
        names.sort(Comparator.comparing((String name) -> !name.equals(DEFAULT)).thenComparing(Comparator.naturalOrder()));
        return List.copyOf(names);
    }

    /** The {@code aws.profile} system property or AWS_PROFILE when set, else "default" when that profile exists. */
    @Override
    public Optional<String> defaultProfile() {
        Optional<String> chosen = Optional.ofNullable(System.getProperty("aws.profile"))
                .or(() -> Optional.ofNullable(environment.get("AWS_PROFILE")))
                .map(String::strip)
                .filter(name -> !name.isEmpty());
        if (chosen.isPresent()) {
            return chosen;
        }
        return profileNamesOrEmpty().contains(DEFAULT) ? Optional.of(DEFAULT) : Optional.empty();
    }

    /** Credential variables in the environment, or any profile in the files. Reads no network. */
    @Override
    public boolean credentialsConfigured() {
        return credentialsInEnvironment() || !profileNamesOrEmpty().isEmpty();
    }

    private boolean credentialsInEnvironment() {
        return CREDENTIAL_VARIABLES.stream()
                .map(environment::get)
                .anyMatch(value -> value != null && !value.isBlank());
    }

    /**
     * Opens a profile with the files as they are now.
     *
     * @throws GatewayException with {@code CONFIGURATION} if the profile is not in the files or they cannot be read
     */
    @Override
    public AwsSession open(String profile) {
        ProfileFile file = read();
        boolean environmentDefault = DEFAULT.equals(profile) && credentialsInEnvironment();
        if (profile == null || file.profile(profile).isEmpty() && !environmentDefault) {
            throw new GatewayException(Failure.CONFIGURATION, null, "Profile " + profile + " was not found in "
                    + describeFiles() + ". Create it (e.g. `aws configure --profile " + profile
                    + "` or `aws configure sso --profile " + profile + "`) or choose another profile.");
        }
        return new AwsSession(profile, file, this::read, environment, settings,
                new SignInRoute(null, identityCenter.get()));
    }

    /**
     * Opens a profile, or an account and role granted through its IAM Identity Center sign-in.
     *
     * @throws GatewayException with {@code CONFIGURATION} if the profile is not in the files, or a role is asked of a
     *                          profile that does not sign in through IAM Identity Center
     */
    @Override
    public AwsSession open(Account account) {
        if (account.role() == null) {
            return open(account.profile());
        }
        String profile = account.profile();
        ProfileFile file = read();
        if (SsoProfiles.login(file, profile).isEmpty()) {
            throw new GatewayException(Failure.CONFIGURATION, null, "Profile " + profile + " does not sign in "
                    + "through IAM Identity Center, so it cannot take account " + account.role().accountId()
                    + " and role " + account.role().roleName() + ": name an SSO profile (one with sso_session or "
                    + "sso_start_url)" + ssoProfilesHint(file) + ".");
        }
        return new AwsSession(profile, file, this::read, environment, settings,
                new SignInRoute(account.role(), identityCenter.get()));
    }

    @Override
    public Optional<AccountSignIn> signInOf(String profile) {
        return SsoProfiles.login(read(), profile)
                .map(login -> new AccountSignIn(Account.profile(profile), login, identityCenter.get()));
    }

    /** One per login, on the first profile (in {@link #profiles()} order) naming it; a broken profile is left out. */
    @Override
    public List<AccountSignIn> signIns() {
        ProfileFile file;
        try {
            file = read();
        } catch (GatewayException unreadable) {
            return List.of();
        }
        Map<String, AccountSignIn> byLogin = new LinkedHashMap<>();
        for (String profile : profileNamesOrEmpty()) {
            try {
                SsoProfiles.login(file, profile).ifPresent(login -> byLogin.putIfAbsent(login.cacheKey(),
                        new AccountSignIn(Account.profile(profile), login, identityCenter.get())));
            } catch (GatewayException incomplete) {
                // a profile whose sso-session is missing is reported when it is opened, not here
            }
        }
        return List.copyOf(byLogin.values());
    }

    private String ssoProfilesHint(ProfileFile file) {
        List<String> sso = file.profiles().values().stream().filter(SsoProfiles::isSso).map(p -> p.name()).sorted()
                .toList();
        return sso.isEmpty() ? "" : " such as " + String.join(", ", sso.subList(0, Math.min(3, sso.size())));
    }

    private List<String> profileNamesOrEmpty() {
        try {
            return profiles();
        } catch (GatewayException unreadable) {
            return List.of();
        }
    }

    private ProfileFile read() {
        try {
            return profileFile.get();
        } catch (RuntimeException e) {
            throw new GatewayException(Failure.CONFIGURATION, null, "Could not read the AWS profiles from "
                    + describeFiles() + ": " + e.getMessage() + ". Fix the file and try again.", null, e);
        }
    }

    private String describeFiles() {
        return files.get().stream().map(Path::toString).collect(Collectors.joining(" or "));
    }
}
