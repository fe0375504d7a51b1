package io.mskconsole.ui.fleet;

import io.mskconsole.core.account.Account;

/**
 * One region of one account in a scan: read (with its clusters), or failed (with why: access denied, opt-in region
 * not enabled, throttling that would not clear).
 *
 * @param clusters the clusters read, or -1 when the region failed
 */
public record RegionProgress(Account account, String region, int clusters, String failure) {
    public boolean failed() {
        return failure != null;
    }

    /** "prod · eu-west-1: ListClustersV2 ... access denied." */
    public String describe() {
        String where = account.displayName() + (region.isEmpty() ? "" : " · " + region);
        return failed() ? where + ": " + failure : where + ": " + clusters + " clusters";
    }
}
