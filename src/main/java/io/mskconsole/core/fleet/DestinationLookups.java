package io.mskconsole.core.fleet;

import io.mskconsole.core.account.Session;
import io.mskconsole.core.destinations.BucketInfo;
import io.mskconsole.core.destinations.DeliveryStreamInfo;
import io.mskconsole.core.destinations.LogGroupInfo;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;

/**
 * The destinations of one account, each looked up once however many clusters deliver to it (and however many scan
 * threads ask at once): a fleet of 500 clusters sharing ten log groups makes ten lookups.
 */
public final class DestinationLookups {
    /** None: for rules checked without an account at hand (every lookup says it could not be made). */
    public static final DestinationLookups NONE = new DestinationLookups(null);

    private final Session session;
    private final ConcurrentMap<String, CompletableFuture<Optional<?>>> answers = new ConcurrentHashMap<>();

    public DestinationLookups(Session session) {
        this.session = session;
    }

    /** The region's log group, or empty when it does not exist. */
    public Optional<LogGroupInfo> logGroup(String region, String name) {
        return ask("logs " + region + " " + name, () -> session().destinations(region).destinations().logGroup(name));
    }

    /** The bucket (of any region: its region is in the answer), or empty when it does not exist. */
    public Optional<BucketInfo> bucket(String region, String name) {
        return ask("s3 " + name, () -> session().destinations(region).destinations().bucket(name));
    }

    /** The region's delivery stream, or empty when it does not exist. */
    public Optional<DeliveryStreamInfo> deliveryStream(String region, String name) {
        return ask("firehose " + region + " " + name,
                () -> session().destinations(region).destinations().deliveryStream(name));
    }

    private Session session() {
        if (session == null) {
            throw new IllegalStateException("no account to look destinations up in");
        }
        return session;
    }

    /**
     * The answer asked for once: the first caller asks, the others wait for it; a failure (access denied) is the
     * answer for every caller too, thrown to each.
     */
    @SuppressWarnings("unchecked")
    private <T> Optional<T> ask(String key, Supplier<Optional<T>> lookup) {
        CompletableFuture<Optional<?>> mine = new CompletableFuture<>();
        CompletableFuture<Optional<?>> answer = answers.putIfAbsent(key, mine);
        if (answer == null) {
            answer = mine;
            try {
                mine.complete(lookup.get());
            } catch (RuntimeException failed) {
                mine.completeExceptionally(failed);
            }
        }
        try {
            return (Optional<T>) answer.join();
        } catch (CompletionException failed) {
            throw failed.getCause() instanceof RuntimeException runtime ? runtime : failed;
        }
    }
}
