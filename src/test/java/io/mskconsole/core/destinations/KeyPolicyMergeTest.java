package io.mskconsole.core.destinations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class KeyPolicyMergeTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String DEFAULT_KEY_POLICY = """
            {
              "Version": "2012-10-17",
              "Id": "key-default-1",
              "Statement": [
                {
                  "Sid": "Enable IAM User Permissions",
                  "Effect": "Allow",
                  "Principal": {"AWS": "arn:aws:iam::111122223333:root"},
                  "Action": "kms:*",
                  "Resource": "*"
                }
              ]
            }""";

    @Test
    void theStatementIsTheOneInTheDeveloperGuide() throws Exception {
        assertThat(JSON.readTree(KeyPolicyMerge.statementText())).isEqualTo(JSON.readTree("""
                {
                  "Sid": "Allow Amazon MSK to use the key.",
                  "Effect": "Allow",
                  "Principal": {"Service": ["delivery.logs.amazonaws.com"]},
                  "Action": ["kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:DescribeKey"],
                  "Resource": "*"
                }"""));
    }

    @Test
    void addsTheStatementOnceAndChangesNothingElse() throws Exception {
        assertThat(KeyPolicyMerge.allowsLogDelivery(DEFAULT_KEY_POLICY)).isFalse();
        JsonNode merged = JSON.readTree(KeyPolicyMerge.merge(DEFAULT_KEY_POLICY));
        JsonNode before = JSON.readTree(DEFAULT_KEY_POLICY);
        assertThat(merged.get("Version")).isEqualTo(before.get("Version"));
        assertThat(merged.get("Id")).isEqualTo(before.get("Id"));
        assertThat(merged.get("Statement")).hasSize(2);
        assertThat(merged.get("Statement").get(0)).isEqualTo(before.get("Statement").get(0));
        assertThat(merged.get("Statement").get(1)).isEqualTo(KeyPolicyMerge.statement());
        assertThat(merged.size()).isEqualTo(before.size());
    }

    @Test
    void mergingAgainAddsNothing() {
        String once = KeyPolicyMerge.merge(DEFAULT_KEY_POLICY);
        assertThat(KeyPolicyMerge.allowsLogDelivery(once)).isTrue();
        assertThat(KeyPolicyMerge.merge(once)).isSameAs(once);
    }

    @Test
    void anExistingGrantInAnotherShapeCounts() {
        String wildcard = """
                {"Statement": {"Effect": "Allow", "Principal": {"Service": "delivery.logs.amazonaws.com"},
                               "Action": "kms:*", "Resource": "*"}}""";
        assertThat(KeyPolicyMerge.allowsLogDelivery(wildcard)).isTrue();
        String partial = """
                {"Statement": [{"Effect": "Allow", "Principal": {"Service": ["delivery.logs.amazonaws.com"]},
                                "Action": ["kms:Encrypt", "kms:Decrypt"], "Resource": "*"}]}""";
        assertThat(KeyPolicyMerge.allowsLogDelivery(partial)).as("missing GenerateDataKey* and others").isFalse();
    }

    @Test
    void aSingleStatementObjectBecomesAListOfTwo() throws Exception {
        String single = """
                {"Version": "2012-10-17", "Statement": {"Effect": "Allow",
                  "Principal": {"AWS": "arn:aws:iam::111122223333:root"}, "Action": "kms:*", "Resource": "*"}}""";
        JsonNode merged = JSON.readTree(KeyPolicyMerge.merge(single));
        assertThat(merged.get("Statement").isArray()).isTrue();
        assertThat(merged.get("Statement")).hasSize(2);
        assertThat(merged.get("Statement").get(0)).isEqualTo(JSON.readTree(single).get("Statement"));
    }

    @Test
    void refusesWhatIsNotAPolicy() {
        assertThatThrownBy(() -> KeyPolicyMerge.merge("[1, 2]")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> KeyPolicyMerge.merge("{ not json")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not valid JSON");
    }

    @Test
    void wildcardActionsAndPrincipalsCountAndADenyTakesItAway() {
        assertThat(KeyPolicyMerge.allowsLogDelivery("""
                {"Statement": [{"Effect": "Allow", "Principal": {"Service": "delivery.logs.amazonaws.com"},
                  "Action": "*", "Resource": "*"}]}""")).isTrue();
        assertThat(KeyPolicyMerge.allowsLogDelivery("""
                {"Statement": [{"Effect": "Allow", "Principal": "*", "Action": "kms:*", "Resource": "*"}]}""")).isTrue();
        assertThat(KeyPolicyMerge.allowsLogDelivery("""
                {"Statement": [{"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "kms:*", "Resource": "*",
                  "Condition": {"StringEquals": {"kms:CallerAccount": "111122223333"}}}]}""")).as("aws/s3's policy")
                .isFalse();
        assertThat(KeyPolicyMerge.allowsLogDelivery("""
                {"Statement": [{"Effect": "Allow", "Principal": {"Service": "delivery.logs.amazonaws.com"},
                  "Action": "kms:*", "Resource": "*"},
                 {"Effect": "Deny", "Principal": {"Service": ["delivery.logs.amazonaws.com"]},
                  "Action": "kms:Decrypt", "Resource": "*"}]}""")).isFalse();
    }
}
