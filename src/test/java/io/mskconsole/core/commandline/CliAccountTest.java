package io.mskconsole.core.commandline;

import static org.assertj.core.api.Assertions.assertThat;

import io.mskconsole.core.delivery.CliCommandLine;
import io.mskconsole.core.delivery.LogDelivery;
import io.mskconsole.core.delivery.LoggingInfo;
import io.mskconsole.core.delivery.UpdateMonitoringRequest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A generated AWS CLI command runs as copied: {@code --profile} only for a profile the shared files hold and the AWS
 * CLI would not take unasked, {@code --region} always, and the Sandbox's says it is an example.
 */
class CliAccountTest {
    static final String ARN = "arn:aws:kafka:us-east-1:111122223333:cluster/orders-prod/abc-2";
    static final UpdateMonitoringRequest REQUEST = new UpdateMonitoringRequest(ARN, "V1", null,
            LoggingInfo.of(LogDelivery.NONE));

    private static String command(CliAccount account) {
        return CliCommandLine.updateMonitoring(REQUEST, account, "eu-west-1");
    }

    @Test
    void credentialsOnlyInTheEnvironmentNameNoProfile() {
        CliAccount account = CliAccount.forProfile("default", false,
                Map.of("AWS_ACCESS_KEY_ID", "AKIDEXAMPLE", "AWS_SECRET_ACCESS_KEY", "x"));
        assertThat(command(account)).startsWith("aws kafka update-monitoring --region eu-west-1 --cluster-arn ")
                .doesNotContain("--profile");
    }

    @Test
    void theDefaultProfileIsNamedOnlyWhenTheCliWouldTakeAnother() {
        assertThat(CliAccount.forProfile("default", true, Map.of())).isEqualTo(CliAccount.AS_FOUND);
        assertThat(CliAccount.forProfile("default", true, Map.of("AWS_PROFILE", "default")))
                .isEqualTo(CliAccount.AS_FOUND);
        assertThat(CliAccount.forProfile("default", true, Map.of("AWS_PROFILE", "staging")))
                .as("AWS_PROFILE would send the AWS CLI elsewhere").isEqualTo(CliAccount.named("default"));
        assertThat(CliAccount.forProfile("default", true, Map.of("AWS_PROFILE", "staging",
                "AWS_ACCESS_KEY_ID", "AKIDEXAMPLE"))).as("the environment's keys come first for both")
                .isEqualTo(CliAccount.AS_FOUND);
    }

    @Test
    void aNamedProfileIsNamed() {
        assertThat(command(CliAccount.forProfile("prod", true, Map.of("AWS_ACCESS_KEY_ID", "AKIDEXAMPLE"))))
                .startsWith("aws kafka update-monitoring --profile prod --region eu-west-1 --cluster-arn ");
    }

    @Test
    void anSsoProfileIsNamedAsItIsInTheFiles() {
        assertThat(command(CliAccount.forProfile("team sso", true, Map.of())))
                .startsWith("aws kafka update-monitoring --profile 'team sso' --region eu-west-1 ");
    }

    @Test
    void aProfileTheFilesDoNotHoldIsNotNamed() {
        assertThat(CliAccount.forProfile("gone", false, Map.of())).isEqualTo(CliAccount.AS_FOUND);
    }

    @Test
    void theSandboxCommandSaysItIsAnExample() {
        assertThat(command(CliAccount.SANDBOX)).startsWith("# Sandbox example: the clusters and account "
                        + "111122223333 are offline samples. Run it with a real cluster's ARN and version.\n"
                        + "aws kafka update-monitoring --region eu-west-1 --cluster-arn ")
                .doesNotContain("--profile");
    }

    @Test
    void aGrantedRoleWithoutAProfileSaysHowToMakeOneAndNamesIt() {
        CliAccount granted = CliAccount.granted("dev-sso", "222233334444", "MskAdmin");

        assertThat(granted.words("eu-west-1")).containsExactly("--profile", "dev-sso-222233334444-MskAdmin",
                "--region", "eu-west-1");
        assertThat(granted.present("aws kafka list-clusters-v2")).isEqualTo("""
                # Account 222233334444, role MskAdmin, through the sign-in of profile dev-sso. The AWS CLI needs a \
                profile for them; make it once with:
                #   aws configure set sso_session "$(aws configure get sso_session --profile dev-sso)" --profile \
                dev-sso-222233334444-MskAdmin && aws configure set sso_account_id 222233334444 --profile \
                dev-sso-222233334444-MskAdmin && aws configure set sso_role_name MskAdmin --profile \
                dev-sso-222233334444-MskAdmin
                aws kafka list-clusters-v2""");
    }

    @Test
    void aGrantedRoleThroughALegacyProfileIsMadeWithItsStartUrl() {
        CliAccount granted = CliAccount.granted("old-sso", "222233334444", "MskAdmin",
                new String[] {"https://corp.awsapps.com/start", "eu-west-1"});

        assertThat(granted.present("aws kafka list-clusters-v2")).contains(
                "aws configure set sso_start_url https://corp.awsapps.com/start --profile old-sso-222233334444-MskAdmin"
                        + " && aws configure set sso_region eu-west-1 --profile old-sso-222233334444-MskAdmin")
                .doesNotContain("sso_session");
    }
}
