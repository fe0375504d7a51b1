package io.mskconsole.core.trailathena;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One page of a query's results (GetQueryResults): rows of text values (a null where the value is absent), the
 * header row first on the first page, and the token of the next page or null.
 */
public record AthenaResultPage(List<List<String>> rows, String nextToken) {
    public AthenaResultPage {
        List<List<String>> copy = new ArrayList<>(rows.size());
        for (List<String> row : rows) {
            copy.add(Collections.unmodifiableList(new ArrayList<>(row)));
        }
        rows = Collections.unmodifiableList(copy);
        nextToken = nextToken == null || nextToken.isEmpty() ? null : nextToken;
    }
}
