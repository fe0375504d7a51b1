package io.mskconsole.core.trailathena;

/**
 * A work group as the query needs it (GetWorkGroup).
 *
 * @param outputLocation where it writes query results, or null when it does not say
 * @param enforced       whether its settings override the query's (then its location is used, whatever is given)
 * @param managedResults whether Athena keeps the results itself (no location needed)
 * @param enabled        whether queries may run in it
 */
public record AthenaWorkGroup(String name, String outputLocation, boolean enforced, boolean managedResults,
                              boolean enabled) {
    /**
     * Whether a query can run in it with the location given (null for none): a work group that enforces its settings
     * ignores a location given, so it needs its own.
     */
    public boolean hasResultsPlace(String givenLocation) {
        return managedResults || outputLocation != null || givenLocation != null && !enforced;
    }
}
