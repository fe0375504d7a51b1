package io.mskconsole.core.destinations;

import java.util.List;

/** One page of a listing, and the token for the next page (null on the last page). */
public record Page<T>(List<T> items, String nextToken) {
    public Page {
        items = List.copyOf(items);
        nextToken = nextToken == null || nextToken.isEmpty() ? null : nextToken;
    }

    public boolean hasMore() {
        return nextToken != null;
    }
}
