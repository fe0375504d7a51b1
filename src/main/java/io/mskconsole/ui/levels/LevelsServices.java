package io.mskconsole.ui.levels;

import io.mskconsole.core.levels.RaisedLevelRecords;
import java.util.Objects;

/**
 * What every broker log levels window of the app shares: the records of levels raised (in the settings folder), the
 * reverts waiting for their time, and the levels last read from each cluster (for the broker log delivery checks).
 */
public record LevelsServices(RaisedLevelRecords records, LevelReverts reverts, KnownBrokerLevels known) {
    public LevelsServices {
        Objects.requireNonNull(records, "records");
        Objects.requireNonNull(reverts, "reverts");
        Objects.requireNonNull(known, "known");
    }
}
