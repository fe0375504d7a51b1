package io.mskconsole.sandbox;

import io.mskconsole.core.destinations.ResourcePolicyInfo;
import java.util.Objects;

/** A CloudWatch Logs resource policy of one Sandbox region, with its whole document. */
record SandboxLogPolicy(String region, String name, String document) {
    SandboxLogPolicy {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(document, "document");
    }

    ResourcePolicyInfo info() {
        return new ResourcePolicyInfo(name, document.length());
    }
}
