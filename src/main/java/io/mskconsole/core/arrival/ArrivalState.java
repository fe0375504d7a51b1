package io.mskconsole.core.arrival;

import java.util.Locale;

/** Whether a destination's logs arrive, best first. */
public enum ArrivalState {
    /** Logs arrived within the last hour. */
    ARRIVING,
    /** Nothing arrived yet, and delivery was turned on recently: MSK takes a while to start. */
    NOTHING_YET,
    /** Nothing arrived in the last hour although delivery has been on longer: something stops it. */
    NOT_ARRIVING,
    /** The destination could not be read (access denied, a failed call): never a pass. */
    COULD_NOT_CHECK;

    /** "arriving", "nothing yet", "not arriving", "could not check". */
    public String word() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
