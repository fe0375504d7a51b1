package io.mskconsole.core.arrival;

import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.concurrent.Pause;
import io.mskconsole.core.delivery.LogKind;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.function.Consumer;

/**
 * After a change, watches for the first logs: the delivery health every {@link #INTERVAL}, until every enabled
 * destination is arriving, {@link #LONGEST} has passed (then once more with the destination checks' likely causes),
 * or it is cancelled. Each reading is told as it comes. Blocking: call it off the UI thread.
 */
public final class FirstLogsWatch {
    public static final Duration LONGEST = Duration.ofMinutes(15);
    public static final Duration INTERVAL = Duration.ofSeconds(30);

    private final DeliveryHealthCheck check;
    private final Clock clock;
    private final Pause pause;

    public FirstLogsWatch(DeliveryHealthCheck check, Clock clock, Pause pause) {
        this.check = check;
        this.clock = clock;
        this.pause = pause;
    }

    /** @return the last reading: all arriving, or the state after {@link #LONGEST} with its causes, or when cancelled */
    public DeliveryHealth watch(Cluster cluster, Set<LogKind> kinds, LikelyCauses causes,
                                Consumer<DeliveryHealth> each, Cancellation cancellation) {
        Instant until = clock.instant().plus(LONGEST);
        while (true) {
            DeliveryHealth health = check.check(cluster, kinds, LikelyCauses.NONE);
            if (health.allArriving() || health.destinations().isEmpty()) {
                each.accept(health);
                return health;
            }
            if (!clock.instant().isBefore(until)) {
                // long enough: silence now means something stops the logs, so the last reading gives the causes
                DeliveryHealth last = check.check(cluster, kinds, causes, Duration.ZERO);
                each.accept(last);
                return last;
            }
            each.accept(health);
            if (pause.pause(INTERVAL, cancellation)) {
                return health;
            }
        }
    }
}
