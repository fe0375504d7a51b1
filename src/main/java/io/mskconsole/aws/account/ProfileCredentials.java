package io.mskconsole.aws.account;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.profiles.Profile;
import software.amazon.awssdk.profiles.ProfileFile;

/** How a profile's credentials are found, as the AWS CLI finds them. */
final class ProfileCredentials {
    private ProfileCredentials() {
    }

    /**
     * "default" gets the SDK's default chain (environment, web identity, the default profile, container), as the
     * AWS CLI does without --profile; any other profile gets exactly its own credentials.
     */
    static AwsCredentialsProvider providerFor(String profile, ProfileFile profileFile) {
        if (AwsProfileDirectory.DEFAULT.equals(profile)) {
            return DefaultCredentialsProvider.builder().profileFile(profileFile).profileName(profile).build();
        }
        return ProfileCredentialsProvider.builder().profileFile(profileFile).profileName(profile).build();
    }

    static boolean isSso(Profile profile) {
        return profile.property("sso_session").isPresent() || profile.property("sso_start_url").isPresent();
    }
}
