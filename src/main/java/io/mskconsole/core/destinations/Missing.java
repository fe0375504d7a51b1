package io.mskconsole.core.destinations;

import io.mskconsole.core.delivery.DestinationField;
import java.util.List;

/** Check 1's findings: a destination that does not exist, or whose existence could not be checked. */
final class Missing {
    static final String ID = "destination-missing";

    private Missing() {
    }

    /** @param creating whether the delivery is that of a cluster to be created (else an update of one) */
    static Finding finding(DestinationField field, String noun, String name, String region, String fix,
                           List<FindingAction> actions, boolean creating) {
        return new Finding(ID, Severity.ERROR, field, noun + " " + name + " does not exist in " + region,
                "MSK does not create destinations. With one that does not exist, " + (creating
                        ? "the new cluster goes into CREATING and then FAILED."
                        : "the cluster goes into UPDATING and the update then fails."), fix, actions);
    }

    static Finding couldNotCheck(DestinationField field, String noun, String name, String region, Throwable failure) {
        return new Finding(ID, Severity.COULD_NOT_CHECK, field, "Could not check " + noun + " " + name,
                "Looking it up in " + region + " failed: " + CheckRun.reason(failure),
                "Check again, or make sure it exists in " + region + " before applying.");
    }
}
