package io.mskconsole.aws.destinations;

import static io.mskconsole.aws.destinations.AwsWire.ACCOUNT;
import static io.mskconsole.aws.destinations.AwsWire.IAM_NS;
import static io.mskconsole.aws.destinations.AwsWire.IAM_VERSION;
import static io.mskconsole.aws.destinations.AwsWire.STS_NS;
import static io.mskconsole.aws.destinations.AwsWire.STS_VERSION;
import static io.mskconsole.aws.destinations.AwsWire.form;
import static io.mskconsole.aws.destinations.AwsWire.only;
import static io.mskconsole.aws.destinations.AwsWire.query;
import static io.mskconsole.aws.destinations.AwsWire.queryError;
import static io.mskconsole.aws.destinations.AwsWire.queryOk;
import static io.mskconsole.aws.destinations.AwsWire.querySent;
import static io.mskconsole.aws.destinations.AwsWire.signedRegion;
import static io.mskconsole.aws.destinations.AwsWire.signedService;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.mskconsole.aws.StubAccount;
import io.mskconsole.aws.account.AwsSession;
import io.mskconsole.core.destinations.Caller;
import io.mskconsole.core.destinations.Decision;
import io.mskconsole.core.destinations.PermissionGateway;
import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** STS and IAM (query protocol) over real HTTP: who the caller is, and what the policy simulator decides. */
class PermissionsOverHttpTest {
    static final String SSO_ROLE = "AWSReservedSSO_AdministratorAccess_0123456789abcdef";
    static final String SSO_ROLE_ARN = "arn:aws:iam::" + ACCOUNT + ":role/aws-reserved/sso.amazonaws.com/" + SSO_ROLE;
    static final String SESSION_ARN = "arn:aws:sts::" + ACCOUNT + ":assumed-role/" + SSO_ROLE + "/jane@example.com";

    @RegisterExtension
    static WireMockExtension aws = StubAccount.localMsk();

    @TempDir
    Path home;
    AwsSession session;
    PermissionGateway permissions;

    @BeforeEach
    void openStubProfile() {
        session = StubAccount.open(home, StubAccount.patientSettings(aws.baseUrl()));
        permissions = session.destinations(StubAccount.REGION).permissions();
    }

    @AfterEach
    void closeSession() {
        session.close();
    }

    static void callerIs(String arn) {
        aws.stubFor(query("GetCallerIdentity").willReturn(queryOk("GetCallerIdentity", STS_NS,
                "    <Arn>" + arn + "</Arn>\n    <UserId>AROAEXAMPLEID:jane@example.com</UserId>\n"
                        + "    <Account>" + ACCOUNT + "</Account>")));
    }

    @Test
    void aUserIsItsOwnPrincipalAndNoRoleIsLookedUp() {
        String user = "arn:aws:iam::" + ACCOUNT + ":user/ops/alice";
        callerIs(user);

        assertThat(permissions.caller()).isEqualTo(new Caller(ACCOUNT, user, user));

        LoggedRequest sent = only(aws, querySent("GetCallerIdentity"));
        assertThat(form(sent)).isEqualTo(Map.of("Action", "GetCallerIdentity", "Version", STS_VERSION));
        assertThat(signedService(sent)).isEqualTo("sts");
        assertThat(signedRegion(sent)).as("STS at its regional endpoint").isEqualTo("us-east-1");
        aws.verify(0, querySent("GetRole"));
    }

    @Test
    void anAssumedRoleIsResolvedToTheRoleArnWithItsPath() {
        callerIs(SESSION_ARN);
        aws.stubFor(query("GetRole").willReturn(queryOk("GetRole", IAM_NS, "    <Role>\n"
                + "      <Path>/aws-reserved/sso.amazonaws.com/</Path>\n"
                + "      <AssumeRolePolicyDocument>%7B%22Version%22%3A%222012-10-17%22%7D</AssumeRolePolicyDocument>\n"
                + "      <MaxSessionDuration>43200</MaxSessionDuration>\n      <RoleId>AROAEXAMPLEID</RoleId>\n"
                + "      <RoleName>" + SSO_ROLE + "</RoleName>\n      <Arn>" + SSO_ROLE_ARN + "</Arn>\n"
                + "      <CreateDate>2023-06-01T08:00:00Z</CreateDate>\n    </Role>")));

        Caller caller = permissions.caller();

        assertThat(caller).isEqualTo(new Caller(ACCOUNT, SESSION_ARN, SSO_ROLE_ARN));
        LoggedRequest getRole = only(aws, querySent("GetRole"));
        assertThat(form(getRole)).isEqualTo(Map.of("Action", "GetRole", "Version", IAM_VERSION, "RoleName", SSO_ROLE));
        assertThat(signedService(getRole)).isEqualTo("iam");
    }

    @Test
    void aRoleThatMayNotBeReadFallsBackToTheArnWithoutPath() {
        String govSession = "arn:aws-us-gov:sts::" + ACCOUNT + ":assumed-role/LogAdmin/cli-session";
        callerIs(govSession);
        aws.stubFor(query("GetRole").willReturn(queryError(403, IAM_NS, "AccessDenied", "User: " + govSession
                + " is not authorized to perform: iam:GetRole on resource: role LogAdmin")));

        Caller caller = permissions.caller();

        assertThat(caller.principalArn()).isEqualTo("arn:aws-us-gov:iam::" + ACCOUNT + ":role/LogAdmin");
        assertThat(caller.arn()).isEqualTo(govSession);
        assertThat(caller.partition()).isEqualTo("aws-us-gov");
        aws.verify(1, querySent("GetRole"));
    }

    @Test
    void simulatesWithContextEntriesOverEveryPage() {
        aws.stubFor(query("SimulatePrincipalPolicy").withRequestBody(WireMock.notContaining("Marker="))
                .willReturn(queryOk("SimulatePrincipalPolicy", IAM_NS, """
                            <IsTruncated>true</IsTruncated>
                            <Marker>page-2</Marker>
                            <EvaluationResults>
                              <member>
                                <MatchedStatements/>
                                <MissingContextValues/>
                                <EvalResourceName>*</EvalResourceName>
                                <EvalDecision>allowed</EvalDecision>
                                <EvalActionName>iam:CreateServiceLinkedRole</EvalActionName>
                              </member>
                              <member>
                                <MatchedStatements/>
                                <MissingContextValues/>
                                <EvalResourceName>*</EvalResourceName>
                                <EvalDecision>implicitDeny</EvalDecision>
                                <EvalActionName>logs:CreateLogDelivery</EvalActionName>
                              </member>
                            </EvaluationResults>""")));
        aws.stubFor(query("SimulatePrincipalPolicy").withRequestBody(WireMock.containing("Marker=page-2"))
                .willReturn(queryOk("SimulatePrincipalPolicy", IAM_NS, """
                            <IsTruncated>false</IsTruncated>
                            <EvaluationResults>
                              <member>
                                <EvalResourceName>*</EvalResourceName>
                                <EvalDecision>explicitDeny</EvalDecision>
                                <EvalActionName>s3:PutBucketPolicy</EvalActionName>
                              </member>
                            </EvaluationResults>""")));
        Map<String, String> context = new LinkedHashMap<>();
        context.put("iam:AWSServiceName", "delivery.logs.amazonaws.com");
        context.put("aws:RequestedRegion", "us-east-1");

        Map<String, Decision> decisions = permissions.simulate(SSO_ROLE_ARN,
                List.of("iam:CreateServiceLinkedRole", "logs:CreateLogDelivery", "s3:PutBucketPolicy"), "*", context);

        assertThat(decisions).containsExactly(Map.entry("iam:CreateServiceLinkedRole", Decision.ALLOWED),
                Map.entry("logs:CreateLogDelivery", Decision.IMPLICIT_DENY),
                Map.entry("s3:PutBucketPolicy", Decision.EXPLICIT_DENY));
        List<LoggedRequest> sent = aws.findAll(querySent("SimulatePrincipalPolicy"));
        assertThat(sent).hasSize(2);
        Map<String, String> firstPage = new LinkedHashMap<>();
        firstPage.put("Action", "SimulatePrincipalPolicy");
        firstPage.put("Version", IAM_VERSION);
        firstPage.put("PolicySourceArn", SSO_ROLE_ARN);
        firstPage.put("ActionNames.member.1", "iam:CreateServiceLinkedRole");
        firstPage.put("ActionNames.member.2", "logs:CreateLogDelivery");
        firstPage.put("ActionNames.member.3", "s3:PutBucketPolicy");
        firstPage.put("ResourceArns.member.1", "*");
        firstPage.put("ContextEntries.member.1.ContextKeyName", "iam:AWSServiceName");
        firstPage.put("ContextEntries.member.1.ContextKeyValues.member.1", "delivery.logs.amazonaws.com");
        firstPage.put("ContextEntries.member.1.ContextKeyType", "string");
        firstPage.put("ContextEntries.member.2.ContextKeyName", "aws:RequestedRegion");
        firstPage.put("ContextEntries.member.2.ContextKeyValues.member.1", "us-east-1");
        firstPage.put("ContextEntries.member.2.ContextKeyType", "string");
        assertThat(form(sent.get(0))).isEqualTo(firstPage);
        Map<String, String> secondPage = new LinkedHashMap<>(firstPage);
        secondPage.put("Marker", "page-2");
        assertThat(form(sent.get(1))).isEqualTo(secondPage);
        assertThat(signedService(sent.get(0))).isEqualTo("iam");
    }

    @Test
    void aSimulationTheCallerMayNotRunIsAccessDenied() {
        String denied = "User: " + SESSION_ARN + " is not authorized to perform: iam:SimulatePrincipalPolicy on"
                + " resource: " + SSO_ROLE_ARN;
        aws.stubFor(query("SimulatePrincipalPolicy").willReturn(queryError(403, IAM_NS, "AccessDenied", denied)));

        assertThatThrownBy(() -> permissions.simulate(SSO_ROLE_ARN, List.of("s3:PutBucketPolicy"),
                "arn:aws:s3:::msk-logs", Map.of())).isInstanceOfSatisfying(GatewayException.class, e -> {
                    assertThat(e.failure()).isEqualTo(Failure.ACCESS_DENIED);
                    assertThat(e.operation()).isEqualTo("SimulatePrincipalPolicy");
                    assertThat(e.serviceMessage()).isEqualTo(denied);
                    assertThat(e.getMessage()).startsWith("SimulatePrincipalPolicy of principal " + SSO_ROLE_ARN)
                            .endsWith("needs permission for iam:SimulatePrincipalPolicy on this resource.");
                });
        assertThat(form(only(aws, querySent("SimulatePrincipalPolicy")))).containsEntry("ResourceArns.member.1",
                "arn:aws:s3:::msk-logs").doesNotContainKey("ContextEntries.member.1.ContextKeyName");
    }
}
