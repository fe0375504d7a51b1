package io.mskconsole.core.trail;

/** The LookupEvents cache of every account on this machine: each account's part, its size, and clearing it all. */
public interface LookupCaches {
    /** The owner of the Sandbox's events, apart from every account's. */
    String SANDBOX = "sandbox";

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

    /** One account's part: {@code owner} is its key ({@link #SANDBOX} for the Sandbox). */
    LookupCache of(String owner);

    /** The bytes it holds (reads the disk). */
    long size();

    /** Deletes all it holds, every account's. */
    void clear();
}
