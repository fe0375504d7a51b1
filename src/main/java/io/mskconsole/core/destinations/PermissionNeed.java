package io.mskconsole.core.destinations;

import io.mskconsole.core.delivery.DestinationField;
import java.util.List;
import java.util.Map;

/**
 * Actions to simulate on one resource, with the condition keys to pass, and the field they concern (null for the
 * delivery as a whole). {@code required} is false for actions only the one-click fixes need (creating a
 * destination, changing a key policy): a denial of those removes the fix, it is not a finding.
 */
record PermissionNeed(List<String> actions, String resourceArn, Map<String, String> context, DestinationField field,
                      boolean required) {
    PermissionNeed {
        actions = List.copyOf(actions);
        context = Map.copyOf(context);
    }
}
