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
}
