package io.mskconsole.aws.account;

import io.mskconsole.core.account.AccountRole;
import io.mskconsole.core.signin.IdentityCenter;

/**
 * How a session signs in through IAM Identity Center.
 *
 * @param role           an account and role the profile's sign-in grants, or null for the profile's own credentials
 * @param identityCenter the app's IAM Identity Center (tokens shared with the AWS CLI's cache), or null to leave SSO
 *                       profiles to the SDK's own provider
 */
public record SignInRoute(AccountRole role, IdentityCenter identityCenter) {
    /** The SDK's own providers for everything, SSO profiles included. */
    public static final SignInRoute SDK = new SignInRoute(null, null);
}
