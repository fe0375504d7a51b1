package io.mskconsole.core.trailcache;

import io.mskconsole.core.arrival.StoredObject;
import io.mskconsole.core.trailbucket.ObjectPage;
import io.mskconsole.core.trailbucket.TrailBucketGateway;
import io.mskconsole.core.trailbucket.TrailInfo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A trail bucket answered from the cache where it can be, so that {@link io.mskconsole.core.trailbucket.TrailBucketRead}
 * need not know: a file already read comes from its entry (trail files never change once delivered: a key names one
 * file), a file read for the first time is kept on the way, and a day folder that will get no more files
 * ({@link DayListings#closed}) is listed whole once and kept, so a second look at a past range asks S3 nothing.
 * The trails, the folders above the days, and the days still open are always asked again.
 */
final class CachedTrailBucket implements TrailBucketGateway {
    private final TrailBucketGateway bucket;
    private final DiskTrailFileCache cache;
    /** The partition's folder, or the Sandbox's. */
    private final String namespace;

    CachedTrailBucket(TrailBucketGateway bucket, DiskTrailFileCache cache, String namespace) {
        this.bucket = bucket;
        this.cache = cache;
        this.namespace = namespace;
    }

    @Override
    public String region() {
        return bucket.region();
    }

    @Override
    public List<TrailInfo> trails() {
        return bucket.trails();
    }

    @Override
    public List<String> folders(String name, String prefix) {
        return bucket.folders(name, prefix);
    }

    /** A closed day's listing, every page, as one page; another prefix's as S3 gives it. */
    @Override
    public ObjectPage objects(String name, String prefix, String token) {
        if (token != null || !DayListings.closed(prefix, cache.now())) {
            return bucket.objects(name, prefix, token);
        }
        String entryName = "list\n" + name + "\n" + prefix;
        Path entry = cache.entry(namespace, name, entryName, DiskTrailFileCache.LISTING);
        InputStream kept = cache.open(entry, entryName);
        if (kept != null) {
            try (kept) {
                return new ObjectPage(DayListings.decode(kept), null);
            } catch (IOException | RuntimeException unreadable) {
                cache.discard(entry);
            }
        }
        List<StoredObject> objects = new ArrayList<>();
        String next = null;
        do {
            ObjectPage page = bucket.objects(name, prefix, next);
            objects.addAll(page.objects());
            next = page.nextToken();
        } while (next != null);
        cache.keep(entry, entryName, DayListings.encode(objects));
        return new ObjectPage(objects, null);
    }

    @Override
    public InputStream open(String name, String key) {
        String entryName = "file\n" + name + "\n" + key;
        Path entry = cache.entry(namespace, name, entryName, DiskTrailFileCache.FILE);
        InputStream kept = cache.open(entry, entryName);
        return kept != null ? kept : cache.keeping(bucket.open(name, key), entry, entryName);
    }
}
