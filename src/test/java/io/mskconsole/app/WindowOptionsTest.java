package io.mskconsole.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.mskconsole.core.account.Account;
import java.util.List;
import org.junit.jupiter.api.Test;

class WindowOptionsTest {
    @Test
    void readsSandboxProfileAndRegionInBothSpellings() {
        assertThat(WindowOptions.parse(List.of("--sandbox"))).isEqualTo(new WindowOptions(Account.SANDBOX, null));
        assertThat(WindowOptions.parse(List.of("--profile", "prod", "--region", "eu-west-1")))
                .isEqualTo(new WindowOptions(Account.profile("prod"), "eu-west-1"));
        assertThat(WindowOptions.parse(List.of("--profile=prod", "--region=eu-west-1")))
                .isEqualTo(new WindowOptions(Account.profile("prod"), "eu-west-1"));
        assertThat(WindowOptions.parse(List.of())).isEqualTo(new WindowOptions(null, null));
    }
}
