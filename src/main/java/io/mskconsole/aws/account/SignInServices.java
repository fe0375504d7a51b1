package io.mskconsole.aws.account;

import io.mskconsole.core.signin.IdentityCenter;

/** Builds the app's IAM Identity Center on AWS: sso-oidc, the access portal, and the AWS CLI's token cache. */
final class SignInServices {
    private SignInServices() {
    }

    static IdentityCenter identityCenter(AwsClientSettings settings) {
        return null;
    }
}
