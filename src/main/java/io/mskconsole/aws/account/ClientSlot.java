package io.mskconsole.aws.account;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import software.amazon.awssdk.utils.SdkAutoCloseable;

/**
 * One client of the session: built once by the thread that created the slot, waited for by the others, closed
 * at most once by whichever of {@link AwsSession#close()} and the building thread sees the session closed.
 */
final class ClientSlot {
    private final CompletableFuture<SdkAutoCloseable> built = new CompletableFuture<>();
    private final AtomicBoolean released = new AtomicBoolean();

    /** Builds the client; when that fails, {@code forget} drops the slot first so the next call builds anew. */
    void build(Supplier<? extends SdkAutoCloseable> builder, Runnable forget) {
        try {
            built.complete(builder.get());
        } catch (RuntimeException | Error e) {
            forget.run();
            built.completeExceptionally(e);
        }
    }

    /** The client, once built; the build's own exception when it failed. */
    SdkAutoCloseable await() {
        try {
            return built.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    boolean isBuilt() {
        return built.isDone() && !built.isCompletedExceptionally();
    }

    /** Closes the client now if it is built, else as soon as it is; only once. */
    void release() {
        built.thenAccept(client -> {
            if (released.compareAndSet(false, true)) {
                try {
                    client.close();
                } catch (RuntimeException ignored) {
                    // best effort: the session is going away, and the other clients must still be closed
                }
            }
        });
    }
}
