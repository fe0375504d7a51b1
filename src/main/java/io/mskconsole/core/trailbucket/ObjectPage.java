package io.mskconsole.core.trailbucket;

import io.mskconsole.core.arrival.StoredObject;
import java.util.List;

/** One page of ListObjectsV2 under a prefix: its objects in key order, and the next page's token (null at the end). */
public record ObjectPage(List<StoredObject> objects, String nextToken) {
    public ObjectPage {
        objects = List.copyOf(objects);
    }
}
