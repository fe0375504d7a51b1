package io.mskconsole.core.destinations;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.difflib.DiffUtils;
import io.mskconsole.core.delivery.JsonText;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import java.util.List;

/** A key policy change as a unified diff of the pretty-printed documents, for a person to read before it is sent. */
public final class PolicyDiff {
    private static final ObjectMapper JSON = new ObjectMapper();

    private PolicyDiff() {
    }

    public static String of(KeyPolicyChange change) {
        List<String> before = pretty(change.before()).lines().toList();
        List<String> after = pretty(change.after()).lines().toList();
        Patch<String> patch = DiffUtils.diff(before, after);
        List<String> unified = UnifiedDiffUtils.generateUnifiedDiff("key policy (now)", "key policy (after)", before,
                patch, 3);
        return String.join("\n", unified);
    }

    /** The document pretty-printed as the app writes JSON, or as it is when it is not JSON. */
    static String pretty(String policy) {
        try {
            return JsonText.pretty(JSON.readTree(policy));
        } catch (JsonProcessingException notJson) {
            return policy;
        }
    }
}
