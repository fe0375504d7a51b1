package io.mskconsole.aws.account;

import io.mskconsole.aws.errors.SessionClosedException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.utils.SdkAutoCloseable;

/**
 * A session's clients by service and region: each built at most once, by the first thread that asks for it, outside
 * any session-wide lock (threads asking for the same one meanwhile wait for it; clients of different services or
 * regions are built in parallel), and all released when the session closes.
 */
final class ClientCache {
    /** The clients built or being built, by "service region"; emptied by {@link #releaseAll()}. */
    private final ConcurrentMap<String, ClientSlot> clients = new ConcurrentHashMap<>();
    private final String profile;
    private final BooleanSupplier closed;

    /** @param closed whether the session is closed (then no client is handed out) */
    ClientCache(String profile, BooleanSupplier closed) {
        this.profile = profile;
        this.closed = closed;
    }

    /**
     * The service's client of the region, built on first use. A build that fails is not kept (the next call tries
     * again), and its exception is thrown to every thread that waited for it.
     *
     * @throws SessionClosedException after the session closed, also when it closed during the build (the client is
     *                                then closed, not handed out)
     */
    <C extends SdkAutoCloseable> C client(String service, Class<C> type, Region region, Function<Region, C> build) {
        if (closed.getAsBoolean()) {
            throw new SessionClosedException(profile);
        }
        String key = service + " " + region.id();
        ClientSlot fresh = new ClientSlot();
        ClientSlot slot = clients.putIfAbsent(key, fresh);
        if (slot == null) {
            slot = fresh;
            slot.build(() -> build.apply(region), () -> clients.remove(key, fresh));
        }
        SdkAutoCloseable client = slot.await();
        if (closed.getAsBoolean()) {
            // releaseAll() may have missed this slot (it was added after it looked): close the client here
            slot.release();
            clients.remove(key, slot);
            throw new SessionClosedException(profile);
        }
        return type.cast(client);
    }

    /** The number of clients built so far, of every service (not those still being built). */
    int builtCount() {
        return (int) clients.values().stream().filter(ClientSlot::isBuilt).count();
    }

    /** Closes every client built (one still being built is closed by the thread building it). */
    void releaseAll() {
        for (ClientSlot slot : clients.values()) {
            slot.release();
        }
        clients.clear();
    }
}
