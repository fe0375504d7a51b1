package io.mskconsole.core.trail;

import java.util.List;

/** One page of LookupEvents: each event's whole record (CloudTrailEvent, JSON text), and the next page's token. */
public record LookupPage(List<String> records, String nextToken) {
    public LookupPage {
        records = List.copyOf(records);
        nextToken = nextToken == null || nextToken.isEmpty() ? null : nextToken;
    }
}
