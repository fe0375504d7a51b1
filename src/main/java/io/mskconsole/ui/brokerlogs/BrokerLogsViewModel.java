package io.mskconsole.ui.brokerlogs;

import io.mskconsole.core.arrival.ArrivalGateway;
import io.mskconsole.core.brokerlogs.BrokerLogLine;
import io.mskconsole.core.brokerlogs.BrokerLogReader;
import io.mskconsole.core.brokerlogs.LogFilter;
import io.mskconsole.core.brokerlogs.LogFollow;
import io.mskconsole.core.brokerlogs.LogSourceGateway;
import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.concurrent.Pause;
import io.mskconsole.core.delivery.LogKind;
import io.mskconsole.core.levels.LogLevel;
import io.mskconsole.ui.common.Messages;
import io.mskconsole.ui.common.Notice;
import io.mskconsole.ui.common.TaskExecutor;
import io.mskconsole.ui.common.TaskHandle;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The broker logs viewer's state: which logs and how far back, the entries read (the core's
 * {@link BrokerLogReader}, as {@code logs} reads them, with the filters as they are at the read), the filters applied
 * at once as you type (broker, level, logger, text; a hint says when a Refresh would read the range with them), and
 * Follow (the core's {@link LogFollow}: new entries put in time order as they arrive). On the UI thread.
 */
public final class BrokerLogsViewModel {
    /** The most entries kept: Follow drops the oldest beyond it. */
    public static final int MAX = 5000;
    /** The ranges offered, as "last N". */
    public static final List<Duration> RANGES = List.of(Duration.ofMinutes(15), Duration.ofHours(1),
            Duration.ofHours(6), Duration.ofHours(24));

    private final Cluster cluster;
    private final LogSourceGateway logs;
    private final ArrivalGateway listing;
    private final TaskExecutor executor;
    private final Clock clock;
    private final Pause pause;
    private final ObservableList<BrokerLogLine> lines = FXCollections.observableArrayList();
    private final FilteredList<BrokerLogLine> shown = new FilteredList<>(lines);
    private final ObjectProperty<LogKind> kind = new SimpleObjectProperty<>(LogKind.BROKER);
    private final ObjectProperty<Duration> range = new SimpleObjectProperty<>(RANGES.get(0));
    private final ObjectProperty<Integer> broker = new SimpleObjectProperty<>();
    private final ObjectProperty<LogLevel> level = new SimpleObjectProperty<>();
    private final StringProperty logger = new SimpleStringProperty("");
    private final StringProperty text = new SimpleStringProperty("");
    private final BooleanProperty following = new SimpleBooleanProperty();
    private final BooleanProperty insights = new SimpleBooleanProperty();
    private final SimpleBooleanProperty reading = new SimpleBooleanProperty();
    private final SimpleStringProperty status = new SimpleStringProperty("");
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>(Notice.NONE);
    private final ObjectProperty<BrokerLogLine> selected = new SimpleObjectProperty<>();
    private final SimpleStringProperty hint = new SimpleStringProperty("");
    private TaskHandle running;
    private TaskHandle follower;
    /** The filters the entries shown were read with, and whether the read was cut (more in the range). */
    private LogFilter readWith = LogFilter.ALL;
    private boolean readCut;
    private String readStatus;
    private int followed;
    private Instant readUntil;
    /** Counts reads and follows started: a callback of an earlier one (cancelled, replaced) is dropped. */
    private int readGeneration;
    private int followGeneration;

    public BrokerLogsViewModel(Cluster cluster, LogSourceGateway logs, ArrivalGateway listing, TaskExecutor executor,
                               Clock clock, Pause pause) {
        this.cluster = cluster;
        this.logs = logs;
        this.listing = listing;
        this.executor = executor;
        this.clock = clock;
        this.pause = pause;
        broker.addListener((o, a, b) -> refilter());
        level.addListener((o, a, b) -> refilter());
        logger.addListener((o, a, b) -> refilter());
        text.addListener((o, a, b) -> refilter());
        kind.addListener((o, a, b) -> read());
        range.addListener((o, a, b) -> read());
        insights.addListener((o, a, b) -> read());
        following.addListener((o, was, now) -> {
            if (now) {
                startFollowing();
            } else {
                stopFollowing();
            }
        });
    }

    /**
     * Reads the range again (following stops and starts again from the new end): with FilterLogEvents, or with one
     * Logs Insights query when {@link #insightsProperty()} is on (its progress in the status line).
     */
    public void read() {
        boolean wasFollowing = following.get();
        stopFollowing();
        if (running != null) {
            running.cancel();
        }
        Instant to = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        Instant from = to.minus(range.get());
        LogKind asked = kind.get();
        boolean query = insights.get();
        LogFilter filter = filter();
        int generation = ++readGeneration;
        reading.set(true);
        status.set("Reading " + asked.noun() + " of the last " + words(range.get()) + "…");
        notice.set(Notice.NONE);
        running = executor.execute(c -> {
            BrokerLogReader reader = new BrokerLogReader(logs, listing, pause, executor.lookups());
            return query ? reader.query(cluster, asked, from, to, filter, MAX, said -> executor.onUiThread(
                    () -> {
                        if (generation == readGeneration && reading.get()) {
                            status.set(said);
                        }
                    }), c) : reader.read(cluster, asked, from, to, filter, MAX, c);
        }, read -> {
                    if (generation != readGeneration) {
                        return; // a later read replaced this one (another kind or range)
                    }
                    reading.set(false);
                    readUntil = to;
                    readWith = filter;
                    readCut = !read.notes().isEmpty();
                    lines.setAll(read.lines());
                    followed = 0;
                    readStatus = read.lines().size() + " entries from " + read.source() + ", " + from + " to " + to
                            + (filter.equals(LogFilter.ALL) ? "" : ", read with the filters") + ".";
                    status.set(readStatus);
                    notice.set(read.notes().isEmpty() ? Notice.NONE : Notice.info(String.join(" ", read.notes())));
                    hint();
                    if (wasFollowing) {
                        startFollowing();
                    }
                }, failure -> {
                    if (generation != readGeneration) {
                        return;
                    }
                    reading.set(false);
                    lines.clear();
                    following.set(false);
                    notice.set(Notice.error(Messages.of(failure)));
                    status.set("");
                });
    }

    /** Stops the read under way: what it had read is shown (a Logs Insights query is stopped too). */
    public void stop() {
        if (running != null && reading.get()) {
            running.cancel();
        }
    }

    private void startFollowing() {
        if (follower != null || readUntil == null) {
            return;
        }
        LogKind asked = kind.get();
        Instant since = readUntil;
        LogFilter filter = readWith;
        int generation = ++followGeneration;
        follower = executor.execute(c -> {
            new LogFollow(new BrokerLogReader(logs, listing, pause, executor.lookups()), clock, pause).follow(cluster,
                    asked, since, filter, fresh -> executor.onUiThread(() -> {
                        if (generation == followGeneration) {
                            append(fresh);
                        }
                    }), c);
            return null;
        }, done -> {
            if (generation == followGeneration) {
                follower = null;
            }
        }, failure -> {
            if (generation == followGeneration) {
                follower = null;
                following.set(false);
                notice.set(Notice.error("Follow stopped: " + Messages.of(failure)));
            }
        });
        followStatus();
    }

    /** The read's status, and while following how many entries came since and the newest. */
    private void followStatus() {
        if (readStatus == null) {
            return;
        }
        status.set(readStatus + (!following.get() ? "" : followed == 0 ? " Following…"
                : " Following: " + followed + " new, the newest at " + lines.get(lines.size() - 1).time() + "."));
    }

    /** New entries, kept in time order (a late delivery goes where it belongs), the oldest dropped past {@link #MAX}. */
    private void append(List<BrokerLogLine> fresh) {
        if (!following.get() || fresh.isEmpty()) {
            return;
        }
        boolean inOrder = lines.isEmpty() || !fresh.get(0).time().isBefore(lines.get(lines.size() - 1).time());
        lines.addAll(fresh);
        if (!inOrder) {
            FXCollections.sort(lines, java.util.Comparator.comparing(BrokerLogLine::time));
        }
        if (lines.size() > MAX) {
            lines.remove(0, lines.size() - MAX);
        }
        followed += fresh.size();
        followStatus();
    }

    private void stopFollowing() {
        followGeneration++; // whatever the follower still tells is dropped
        if (follower != null) {
            follower.cancel();
            follower = null;
        }
        followStatus();
    }

    /** The window closes: nothing goes on reading. */
    public void close() {
        following.set(false);
        stopFollowing();
        if (running != null) {
            running.cancel();
        }
    }

    private void refilter() {
        shown.setPredicate(filter()::test);
        hint();
    }

    /** The filters as typed. */
    private LogFilter filter() {
        return new LogFilter(broker.get() == null ? -1 : broker.get(), level.get(), blankIsNull(logger.get()),
                blankIsNull(text.get()));
    }

    private static String blankIsNull(String typed) {
        return typed == null || typed.isBlank() ? null : typed;
    }

    /**
     * The filters apply at once to the entries read; when those were read with other filters, or cut, a Refresh
     * reads the range again with these, as {@code logs} reads it.
     */
    private void hint() {
        LogFilter now = filter();
        hint.set(now.equals(readWith) || readWith.equals(LogFilter.ALL) && !readCut ? ""
                : "The filters apply to the entries read" + (readWith.equals(LogFilter.ALL) ? " (the newest of the "
                + "range)" : " with other filters") + ": Refresh reads the range with these.");
    }

    static String words(Duration range) {
        return range.toMinutes() < 60 ? range.toMinutes() + " minutes" : range.toHours() == 1 ? "hour"
                : range.toHours() + " hours";
    }

    public Cluster cluster() {
        return cluster;
    }

    public ObservableList<BrokerLogLine> lines() {
        return lines;
    }

    public ObservableList<BrokerLogLine> shown() {
        return shown;
    }

    public ObjectProperty<LogKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<Duration> rangeProperty() {
        return range;
    }

    public ObjectProperty<Integer> brokerProperty() {
        return broker;
    }

    public ObjectProperty<LogLevel> levelProperty() {
        return level;
    }

    public StringProperty loggerProperty() {
        return logger;
    }

    public StringProperty textProperty() {
        return text;
    }

    public BooleanProperty followingProperty() {
        return following;
    }

    /** Whether CloudWatch Logs is read with one Logs Insights query rather than FilterLogEvents. */
    public BooleanProperty insightsProperty() {
        return insights;
    }

    public ReadOnlyBooleanProperty readingProperty() {
        return reading;
    }

    /** What to do for the filters to apply to the whole range: empty when they already do. */
    public ReadOnlyStringProperty hintProperty() {
        return hint;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public ObjectProperty<Notice> noticeProperty() {
        return notice;
    }

    public ObjectProperty<BrokerLogLine> selectedProperty() {
        return selected;
    }
}
