package io.mskconsole.core.trailcache;

import io.mskconsole.core.trailbucket.TrailBucketGateway;

/**
 * Where trail files already read from S3 are kept, so a second look at the same range reads nothing again: a trail
 * bucket is {@linkplain #cached wrapped}, and the wrapper answers from the cache what it holds. The window and the
 * headless commands share one ({@link DiskTrailFileCache} in the app's cache folder); {@link #NONE} keeps nothing.
 * Thread-safe.
 */
public interface TrailFileCache {
    /** Keeps nothing: every bucket is read as it is. */
    TrailFileCache NONE = new TrailFileCache() {
        @Override
        public TrailBucketGateway cached(TrailBucketGateway bucket, String owner) {
            return bucket;
        }

        @Override
        public long size() {
            return 0;
        }

        @Override
        public long clear() {
            return 0;
        }

        @Override
        public long limit() {
            return 0;
        }

        @Override
        public boolean keeps() {
            return false;
        }
    };

    /** Who reads the Sandbox's made-up files, kept apart from every real bucket's. */
    String SANDBOX = "sandbox";

    /**
     * The bucket, answered from the cache where it can be.
     *
     * @param owner who reads it: the account's key ({@link #SANDBOX} for the Sandbox). Each owner's entries are kept
     *              apart, so a profile never gets from the cache what only another profile was allowed to read.
     */
    TrailBucketGateway cached(TrailBucketGateway bucket, String owner);

    /** As {@link #cached(TrailBucketGateway, String)}, for the Sandbox or one unnamed owner (tests). */
    default TrailBucketGateway cached(TrailBucketGateway bucket, boolean sandbox) {
        return cached(bucket, sandbox ? SANDBOX : "");
    }

    /** How many bytes it holds on disk. May read the disk: not on the UI thread. */
    long size();

    /** Deletes everything it holds; returns the bytes freed. May read the disk: not on the UI thread. */
    long clear();

    /** The most bytes it holds: past it, the least recently used go. */
    long limit();

    /** Whether it keeps anything at all ({@link #NONE} does not). */
    default boolean keeps() {
        return true;
    }
}
