package io.mskconsole.core.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AccountTest {

    @Test
    void theSandboxIsWrittenAsSandbox() {
        assertThat(Account.SANDBOX.key()).isEqualTo("sandbox");
        assertThat(Account.fromKey("sandbox")).isEqualTo(Account.SANDBOX);
        assertThat(Account.SANDBOX.displayName()).isEqualTo("Sandbox");
    }

    @Test
    void aProfileIsWrittenWithItsName() {
        Account prod = Account.profile("prod-admin");
        assertThat(prod.key()).isEqualTo("profile:prod-admin");
        assertThat(Account.fromKey("profile:prod-admin")).isEqualTo(prod);
        assertThat(prod.displayName()).isEqualTo("prod-admin");
        assertThat(prod.isSandbox()).isFalse();
    }

    @Test
    void aProfileNameMayHoldAColon() {
        assertThat(Account.fromKey(Account.profile("team:prod").key())).isEqualTo(Account.profile("team:prod"));
    }

    @Test
    void unusableKeysReadAsNoAccount() {
        assertThat(Account.fromKey(null)).isNull();
        assertThat(Account.fromKey(" ")).isNull();
        assertThat(Account.fromKey("profile:")).isNull();
        assertThat(Account.fromKey("prod-admin")).isNull();
        assertThat(Account.fromKey("Sandbox")).isNull();
    }

    @Test
    void aProfileNeedsAName() {
        assertThatThrownBy(() -> Account.profile(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void aGrantedRoleIsWrittenWithTheAccountItWasGrantedThrough() {
        Account payments = Account.profile("dev-sso").withRole(new AccountRole("222233334444", "MskAdmin",
                "Payments prod"));

        assertThat(payments.key()).isEqualTo("role:222233334444:MskAdmin:profile:dev-sso");
        assertThat(Account.fromKey(payments.key())).as("the account's name is for people, not part of who it is")
                .isEqualTo(payments);
        assertThat(payments.displayName()).isEqualTo("Payments prod · MskAdmin");
        assertThat(payments.signInAccount()).isEqualTo(Account.profile("dev-sso"));
        assertThat(payments.hasOwnProfile()).isFalse();
        Account sandboxRole = Account.SANDBOX.withRole(new AccountRole("444455556666", "MskReadOnly", ""));
        assertThat(Account.fromKey(sandboxRole.key())).isEqualTo(sandboxRole);
        assertThat(sandboxRole.displayName()).isEqualTo("444455556666 · MskReadOnly");
        assertThat(Account.fromKey("role:12:MskAdmin:profile:dev-sso")).as("not an account ID").isNull();
        assertThat(Account.fromKey("role:222233334444:MskAdmin:role:111122223333:X:sandbox")).isNull();
    }
}
