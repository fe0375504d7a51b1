package io.mskconsole.core.trail;

/** The LookupEvents cache of every account on this machine: each account's part, its size, and clearing it all. */
public interface LookupCaches {
    /** Keeps nothing. */
    LookupCaches NONE = new LookupCaches() {
        @Override
        public LookupCache of(String owner) {
            return LookupCache.NONE;
        }

        @Override
        public long size() {
            return 0;
        }

        @Override
        public void clear() {
        }
    };

    /**
     * One account's part: {@code owner} names the profile and the account its credentials resolved to, so that
     * a profile pointed elsewhere (other credentials in the environment, a changed config) never reads another
     * account's events.
     */
    LookupCache of(String owner);

    /** The bytes it holds (reads the disk). */
    long size();

    /** Deletes all it holds, every account's. */
    void clear();
}
