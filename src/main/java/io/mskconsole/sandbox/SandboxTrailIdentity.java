package io.mskconsole.sandbox;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/**
 * Who makes a call in the Sandbox's CloudTrail, and from where: the {@code userIdentity} of its records, the source
 * IP address and the user agent. One of IAMUser, AssumedRole (a role session, with its issuer in
 * {@code sessionContext}; IAM Identity Center sessions included), FederatedUser or AWSService (with
 * {@code invokedBy}).
 */
record SandboxTrailIdentity(String type, String principalId, String arn, String accessKeyId, String userName,
                            String issuerType, String issuerPrincipalId, String issuerArn, String issuerName,
                            String invokedBy, String sourceIp, String userAgent, boolean console) {
    static final String ACCOUNT = SandboxData.ACCOUNT_ID;
    static final String CLI = "aws-cli/2.15.30 Python/3.11.8 Darwin/23.4.0 exe/x86_64 prompt/off";
    static final String CONSOLE = "AWS Internal";
    static final String IAM_AUTH = "aws-msk-iam-auth/2.2.0 aws-sdk-java/2.25.60 Linux/5.10.219-208.866.amzn2.x86_64 "
            + "OpenJDK_64-Bit_Server_VM/17.0.11+9-LTS Java/17.0.11 vendor/Amazon.com_Inc. kafka-clients/3.6.1";
    static final String TERRAFORM = "APN/1.0 HashiCorp/1.0 Terraform/1.7.5 (+https://www.terraform.io) "
            + "terraform-provider-aws/5.42.0 (+https://registry.terraform.io/providers/hashicorp/aws) "
            + "aws-sdk-go-v2/1.26.0 os/linux lang/go#1.22.1 md/GOOS#linux md/GOARCH#amd64 api/kafka#1.30.3";
    static final String GO_SDK = "aws-sdk-go-v2/1.30.3 os/linux lang/go#1.22.5 md/GOOS#linux md/GOARCH#amd64 "
            + "api/kafka#1.35.3";
    static final String MSK_CONSOLE = "msk-console/0.1.0 aws-sdk-java/2.25.60 Linux/6.5.0 OpenJDK_64-Bit_Server_VM/17.0.11";

    // People.
    static final SandboxTrailIdentity JANE = sso("AdministratorAccess_abc123", "AROA4JANESSOADMIN0001", "jane@example.com",
            "ASIA4JANECONSOLE0001", "203.0.113.24", CONSOLE, true);
    static final SandboxTrailIdentity JANE_CLI = sso("AdministratorAccess_abc123", "AROA4JANESSOADMIN0001",
            "jane@example.com", "ASIA4JANECLI00000002", "203.0.113.24", CLI, false);
    static final SandboxTrailIdentity JANE_KAFKA = sso("AdministratorAccess_abc123", "AROA4JANESSOADMIN0001",
            "jane@example.com", "ASIA4JANEKAFKA000003", "10.0.100.25", IAM_AUTH, false);
    static final SandboxTrailIdentity MARTA = sso("AdministratorAccess_abc123", "AROA4JANESSOADMIN0001",
            "marta@example.com", "ASIA4MARTACONSOLE004", "192.0.2.140", CONSOLE, true);
    static final SandboxTrailIdentity RAJ = sso("ReadOnlyAccess_def456", "AROA4RAJSSOREADONLY05", "raj@example.com",
            "ASIA4RAJCONSOLE00005", "198.51.100.77", CONSOLE, true);
    static final SandboxTrailIdentity ALICE = iamUser("alice", "AIDA4ALICEEXAMPLE0006", "AKIA4ALICEEXAMPLE006",
            "203.0.113.51", CLI);
    static final SandboxTrailIdentity CI_DEPLOYER = iamUser("ci-deployer", "AIDA4CIDEPLOYER000007", "AKIA4CIDEPLOYER00007",
            "198.51.100.12", TERRAFORM);
    static final SandboxTrailIdentity BOB = new SandboxTrailIdentity("FederatedUser", ACCOUNT + ":bob",
            "arn:aws:sts::" + ACCOUNT + ":federated-user/bob", "ASIA4BOBFEDERATED008", null, "IAMUser",
            "AIDA4FEDBROKER0000008", "arn:aws:iam::" + ACCOUNT + ":user/federation-broker", "federation-broker", null,
            "198.51.100.33", GO_SDK, false);
    /** The Sandbox's own caller, as GetCallerIdentity gives it: its calls from this app are logged under it. */
    static final SandboxTrailIdentity SANDBOX_CALLER = new SandboxTrailIdentity("AssumedRole",
            "AROA4MSKADMINROLE0009:sandbox-user", SandboxData.CALLER_ARN, "ASIA4SANDBOXUSER0009", null, "Role",
            "AROA4MSKADMINROLE0009", SandboxData.CALLER_PRINCIPAL_ARN, "MskAdmin", null, "203.0.113.10", MSK_CONSOLE,
            false);
    // Automation.
    static final SandboxTrailIdentity GRAFANA = role("msk-monitoring", "", "AROA4MSKMONITORING010", "grafana-exporter",
            "ASIA4GRAFANA00000010", "198.51.100.90", GO_SDK);
    static final SandboxTrailIdentity CONFIG = new SandboxTrailIdentity("AWSService", null, null, null, null, null,
            null, null, null, "config.amazonaws.com", "config.amazonaws.com", "config.amazonaws.com", false);
    // Kafka clients (IAM access control).
    static final SandboxTrailIdentity ORDERS_APP = role("orders-service-role", "", "AROA4ORDERSSERVICE011",
            "i-0a1b2c3d4e5f60718", "ASIA4ORDERSAPP000011", "10.0.12.34", IAM_AUTH);
    static final SandboxTrailIdentity PAYMENTS_APP = role("payments-service-role", "", "AROA4PAYMENTSSVC00012",
            "payments-api-7d9f8b6c5-x2k4q", "ASIA4PAYMENTSAPP0012", "10.0.22.71", IAM_AUTH);
    static final SandboxTrailIdentity CLICKSTREAM_APP = role("clickstream-ingest", "", "AROA4CLICKSTREAM00013",
            "ecs-task-4b1e9c2a", "ASIA4CLICKSTREAM0013", "10.0.31.5", IAM_AUTH);
    static final SandboxTrailIdentity CRUISE_CONTROL = role("kafka-admin-tools", "platform/", "AROA4KAFKAADMIN000014",
            "cruise-control", "ASIA4CRUISECTRL00014", "10.0.8.200", IAM_AUTH);
    static final SandboxTrailIdentity ANALYTICS_APP = role("analytics-pipeline", "", "AROA4ANALYTICSPIPE015",
            "emr-step-s-2K4Q8ZC1", "ASIA4ANALYTICS000015", "10.20.3.14", IAM_AUTH);
    static final SandboxTrailIdentity AUDIT_APP = role("audit-writer", "", "AROA4AUDITWRITER00016",
            "i-0f9e8d7c6b5a40312", "ASIA4AUDITWRITER0016", "10.20.7.9", IAM_AUTH);

    static SandboxTrailIdentity iamUser(String name, String principalId, String accessKeyId, String ip, String agent) {
        return new SandboxTrailIdentity("IAMUser", principalId, "arn:aws:iam::" + ACCOUNT + ":user/" + name,
                accessKeyId, name, null, null, null, null, null, ip, agent, false);
    }

    static SandboxTrailIdentity role(String roleName, String path, String roleId, String session, String accessKeyId,
                                     String ip, String agent) {
        return new SandboxTrailIdentity("AssumedRole", roleId + ":" + session,
                "arn:aws:sts::" + ACCOUNT + ":assumed-role/" + roleName + "/" + session, accessKeyId, null, "Role",
                roleId, "arn:aws:iam::" + ACCOUNT + ":role/" + path + roleName, roleName, null, ip, agent, false);
    }

    /** An IAM Identity Center (SSO) session: role AWSReservedSSO_<set>, session named after the person. */
    static SandboxTrailIdentity sso(String permissionSet, String roleId, String person, String accessKeyId, String ip,
                                    String agent, boolean console) {
        String roleName = "AWSReservedSSO_" + permissionSet;
        return new SandboxTrailIdentity("AssumedRole", roleId + ":" + person,
                "arn:aws:sts::" + ACCOUNT + ":assumed-role/" + roleName + "/" + person, accessKeyId, null, "Role",
                roleId, "arn:aws:iam::" + ACCOUNT + ":role/aws-reserved/sso.amazonaws.com/" + roleName, roleName, null,
                ip, agent, console);
    }

    /** The same caller with another client, e.g. an application's SDK calls beside its Kafka client's. */
    SandboxTrailIdentity withAgent(String agent) {
        return new SandboxTrailIdentity(type, principalId, arn, accessKeyId, userName, issuerType, issuerPrincipalId,
                issuerArn, issuerName, invokedBy, sourceIp, agent, console);
    }

    boolean isService() {
        return "AWSService".equals(type);
    }

    /** The userIdentity element of a record of a call made at {@code time}. */
    ObjectNode node(Instant time) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("type", type);
        if (isService()) {
            node.put("invokedBy", invokedBy);
            return node;
        }
        node.put("principalId", principalId);
        node.put("arn", arn);
        node.put("accountId", ACCOUNT);
        node.put("accessKeyId", accessKeyId);
        if (userName != null) {
            node.put("userName", userName);
        }
        if (issuerType != null) {
            ObjectNode context = node.putObject("sessionContext");
            ObjectNode issuer = context.putObject("sessionIssuer");
            issuer.put("type", issuerType);
            issuer.put("principalId", issuerPrincipalId);
            issuer.put("arn", issuerArn);
            issuer.put("accountId", ACCOUNT);
            issuer.put("userName", issuerName);
            context.putObject("webIdFederationData");
            ObjectNode attributes = context.putObject("attributes");
            // The session began a little before the call: up to 50 minutes, fixed by the call's time.
            attributes.put("creationDate", time.minusSeconds(Math.floorMod(time.getEpochSecond() * 7919, 3000))
                    .toString());
            attributes.put("mfaAuthenticated", "false");
        }
        return node;
    }
}
