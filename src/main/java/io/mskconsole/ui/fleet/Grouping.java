package io.mskconsole.ui.fleet;

import io.mskconsole.core.fleet.FleetReport;

/** How the fleet's chart and table are grouped: by account or by region. */
public enum Grouping {
    ACCOUNT("Account"), REGION("Region");

    private final String label;

    Grouping(String label) {
        this.label = label;
    }

    /** The group a row belongs to: the account's name, or the region's code. */
    public String of(FleetReport.Row row) {
        return this == ACCOUNT ? row.account().displayName() : row.region();
    }

    @Override
    public String toString() {
        return label;
    }
}
