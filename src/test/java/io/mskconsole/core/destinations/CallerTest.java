package io.mskconsole.core.destinations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Who a caller is, in a few words for window titles. */
class CallerTest {
    @Test
    void anAssumedRoleIsItsNameAndAnIdentityCenterRoleItsPermissionSet() {
        assertThat(new Caller("123456789012", "arn:aws:sts::123456789012:assumed-role/MskAdmin/ana",
                "arn:aws:iam::123456789012:role/MskAdmin").who()).isEqualTo("123456789012 · MskAdmin");
        assertThat(new Caller("123456789012", "arn:aws:sts::123456789012:assumed-role/"
                + "AWSReservedSSO_MskReadOnly_0a1b2c3d4e5f6a7b/ana@example.com",
                "arn:aws:iam::123456789012:role/aws-reserved/sso.amazonaws.com/AWSReservedSSO_MskReadOnly_0a1b2c3d4e5f6a7b")
                .who()).isEqualTo("123456789012 · MskReadOnly");
        assertThat(new Caller("123456789012", "arn:aws:iam::123456789012:user/ops/alice",
                "arn:aws:iam::123456789012:user/ops/alice").who()).isEqualTo("123456789012 · alice");
        assertThat(new Caller("123456789012", "arn:aws:iam::123456789012:root", "arn:aws:iam::123456789012:root")
                .who()).isEqualTo("123456789012");
    }
}
