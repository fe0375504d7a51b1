package io.mskconsole.core.destinations;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * What the checks read from AWS, kept for an editing session so a change to one field does not read the others'
 * resources again. Each lookup is started once and shared while it runs; a failed lookup is forgotten when it fails,
 * so the next run tries again. {@link #clear()} is "check again". Thread-safe.
 */
public final class CheckCache {
    private final Map<String, CompletableFuture<?>> entries = new ConcurrentHashMap<>();

    /** The cached (or running) lookup for the key, started on the executor when there is none. */
    @SuppressWarnings("unchecked")
    <T> CompletableFuture<T> get(String key, Supplier<T> lookup, Executor executor) {
        CompletableFuture<T> created = new CompletableFuture<>();
        CompletableFuture<T> existing = (CompletableFuture<T>) entries.putIfAbsent(key, created);
        if (existing != null) {
            return existing;
        }
        try {
            executor.execute(() -> {
                try {
                    created.complete(lookup.get());
                } catch (RuntimeException | Error failure) {
                    entries.remove(key, created);
                    created.completeExceptionally(failure);
                }
            });
        } catch (RuntimeException rejected) {
            entries.remove(key, created);
            created.completeExceptionally(rejected);
        }
        return created;
    }

    /** Forgets one resource, e.g. after it was created or its policy changed. */
    public void forget(String key) {
        entries.remove(key);
    }

    /** Forgets everything: the next run reads every resource again. */
    public void clear() {
        entries.clear();
    }

    /** How many lookups are cached or running. */
    public int size() {
        return entries.size();
    }
}
