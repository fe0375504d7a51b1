package io.mskconsole.ui.trail;

import io.mskconsole.core.trail.LookupCache;
import io.mskconsole.core.trail.RecordSink;
import io.mskconsole.core.trail.TrailKeeping;
import io.mskconsole.core.trail.LookupKey;
import io.mskconsole.core.trail.TrailEvent;
import io.mskconsole.core.trail.TrailFetch;
import io.mskconsole.core.trail.TrailGateway;
import io.mskconsole.core.trail.TrailListener;
import io.mskconsole.core.trail.TrailProgress;
import io.mskconsole.core.trail.TrailQuery;
import io.mskconsole.core.trail.TrailSource;
import io.mskconsole.core.trail.Ticker;
import io.mskconsole.core.trail.TrailPacers;
import io.mskconsole.ui.common.Messages;
import io.mskconsole.ui.common.Notice;
import io.mskconsole.ui.common.TaskExecutor;
import io.mskconsole.ui.common.TaskHandle;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The CloudTrail browser: a query (sources, one server-side attribute, a time range, one or more regions) fetched
 * at CloudTrail's pace into one list of events, newest first, without duplicates; filters on the client over all
 * of it; the event picked for the detail pane. Events arrive page by page on the UI thread; Cancel stops at once and
 * keeps what came. Also the events of trail log files, in the same list.
 */
public final class TrailBrowserViewModel {
    private final Function<String, TrailGateway> gateways;
    private final TaskExecutor executor;
    private final Clock clock;
    private final TrailPacers pacers;
    private final TrailQueryForm form = new TrailQueryForm();
    private final ObservableList<TrailEvent> events = FXCollections.observableArrayList();
    private final FilteredList<TrailEvent> shown = new FilteredList<>(events);
    private final TrailFilters filters = new TrailFilters(shown, form.range, form.customStart, form.customEnd);
    private final ObjectProperty<TrailEvent> selected = new SimpleObjectProperty<>();
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final StringProperty progressText = new SimpleStringProperty("");
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>(Notice.NONE);
    private final LoadedEvents loaded = new LoadedEvents(events);
    private final BrowserKeeping keeping = new BrowserKeeping();
    private TaskHandle fetching;
    /** The run whose events the list holds; events and results of older runs are dropped. */
    private long generation;
    private boolean stopped;

    /**
     * @param gateways       LookupEvents of each region of the account
     * @param accountRegions the regions to choose from
     * @param region         the region chosen at first
     */
    public TrailBrowserViewModel(Function<String, TrailGateway> gateways, List<String> accountRegions, String region,
                                 TaskExecutor executor, Clock clock) {
        this(gateways, accountRegions, region, executor, clock, Ticker.SYSTEM);
    }

    /**
     * @param ticker paces the lookups (tests pass one that does not sleep)
     */
    public TrailBrowserViewModel(Function<String, TrailGateway> gateways, List<String> accountRegions, String region,
                                 TaskExecutor executor, Clock clock, Ticker ticker) {
        this(gateways, accountRegions, region, executor, clock, new TrailPacers(TrailFetch.CALLS_PER_SECOND, ticker));
    }

    /**
     * @param pacers the account's pacers, shared by all its browser windows (CloudTrail's limit is the account's)
     */
    public TrailBrowserViewModel(Function<String, TrailGateway> gateways, List<String> accountRegions, String region,
                                 TaskExecutor executor, Clock clock, TrailPacers pacers) {
        this.pacers = pacers;
        this.gateways = gateways;
        this.executor = executor;
        this.clock = clock;
        form.availableRegions.setAll(accountRegions);
        if (region != null) {
            form.regions.setAll(region);
        }
    }

    /**
     * Keeps what it loads as {@code kept} says, LookupEvents' answers as the {@code owner}'s, or none when it is
     * null ({@link BrowserKeeping#keepIn}). @return this
     */
    public TrailBrowserViewModel keepingIn(TrailKeeping kept, Supplier<String> owner) {
        keeping.keepIn(kept, owner);
        return this;
    }

    public TrailKeeping keeping() {
        return keeping.kept();
    }

    /** Whether LookupEvents' answers are kept between runs. */
    public boolean keepsLookups() {
        return keeping.lookups() != LookupCache.NONE;
    }

    /** A new place for one load's records' texts. */
    RecordSink newRecords() {
        return keeping.newRecords();
    }

    /** The window closed: the record stores of its loads are deleted. */
    public void close() {
        cancel();
        keeping.close();
    }

    /** Looks up the query's events, replacing what is loaded: what the cache keeps first, then what is new. */
    public void search() {
        search(false);
    }

    /** Looks up the whole range from CloudTrail again, the cache ignored, and keeps what comes in it. */
    public void refreshAll() {
        search(true);
    }

    private void search(boolean refresh) {
        TrailQuery query;
        try {
            query = query();
        } catch (IllegalArgumentException bad) {
            notice.set(Notice.error(bad.getMessage()));
            return;
        }
        cancelFetch();
        long run = ++generation;
        stopped = false;
        clear();
        running.set(true);
        progressText.set(ProgressText.lookingUp(query, keepsLookups()));
        notice.set(query.start().isBefore(clock.instant().minus(TrailQuery.LOOKUP_HISTORY).minusSeconds(60))
                ? Notice.warning("LookupEvents sees the last 90 days only: open trail log files for older history.")
                : Notice.NONE);
        TrailFetch fetch = new TrailFetch(gateways, executor.lookups(), pacers)
                .withCache(refresh ? LookupCache.refreshing(keeping.lookups()) : keeping.lookups(), clock).keepingIn(newRecords());
        TrailListener listener = new TrailListener() {
            @Override
            public void events(List<TrailEvent> batch) {
                executor.onUiThread(() -> {
                    if (run == generation) {
                        add(batch);
                    }
                });
            }

            @Override
            public void progress(TrailProgress progress) {
                executor.onUiThread(() -> {
                    if (run == generation && running.get()) { // after Cancel, the line says it stopped
                        progressText.set(ProgressText.of(progress, false));
                    }
                });
            }
        };
        fetching = executor.execute(c -> fetch.run(query, listener, c), done -> {
            if (run != generation) {
                return;
            }
            running.set(false);
            fetching = null;
            progressText.set(ProgressText.of(done, stopped));
            if (!done.problems().isEmpty()) {
                notice.set(Notice.error(String.join(" ", done.problems())));
            } else if (!done.warnings().isEmpty()) {
                notice.set(Notice.warning(String.join(" ", done.warnings())));
            }
        }, failure -> {
            if (run != generation) {
                return;
            }
            running.set(false);
            fetching = null;
            notice.set(Notice.error("The lookup failed: " + Messages.of(failure)));
        });
    }

    /**
     * Stops the lookup at once; the events that arrived stay, pages already on their way to the list included
     * (nothing is asked of CloudTrail after this).
     */
    public void cancel() {
        if (!running.get()) {
            return;
        }
        cancelFetch();
        stopped = true;
        running.set(false);
        progressText.set(progressText.get() + " · stopped");
    }

    private void cancelFetch() {
        if (fetching != null) {
            fetching.cancel();
            fetching = null;
        }
    }

    /** Adds events not loaded yet, keeping the list newest first ({@link LoadedEvents}). */
    void add(Collection<TrailEvent> batch) {
        loaded.add(batch);
    }

    /**
     * Takes the list over for events from elsewhere (trail log files): stops a lookup under way and supersedes any
     * earlier claim, so a slow read that finishes late does not overwrite newer results.
     */
    public long claim() {
        cancelFetch();
        running.set(false);
        return ++generation;
    }

    /**
     * Takes the list over for events that come from elsewhere as they are read (trail files from S3), as a lookup
     * does: Cancel stops it ({@link #loading}). Returns the claim the load's other calls give.
     */
    long beginLoad(String text) {
        long run = claim();
        stopped = false;
        clear();
        running.set(true);
        progressText.set(text);
        notice.set(Notice.NONE);
        return run;
    }

    /** The load's work, for Cancel to stop. */
    void loading(long run, TaskHandle handle) {
        if (run == generation && running.get()) {
            fetching = handle;
        }
    }

    /** Events and progress of a load, on the UI thread; dropped once another search or load took over. */
    void loaded(long run, List<TrailEvent> batch, String text) {
        if (run == generation) {
            add(batch);
            progressText.set(text);
        }
    }

    /** The load ended (or failed: {@code notice} says why). */
    void endLoad(long run, String text, Notice said) {
        if (run != generation) {
            return;
        }
        running.set(false);
        fetching = null;
        progressText.set(text + (stopped ? " · stopped" : ""));
        notice.set(said);
    }

    /** Whether a claim is still the latest. */
    public boolean isCurrent(long claim) {
        return claim == generation;
    }

    /** Replaces what is loaded by these events, newest first, unless the claim was superseded. */
    public void replaceWith(long claim, Collection<TrailEvent> loaded, String description) {
        if (claim != generation) {
            return;
        }
        clear();
        add(loaded);
        progressText.set(description);
    }

    public void replaceWith(Collection<TrailEvent> loaded, String description) {
        replaceWith(claim(), loaded, description);
    }

    private void clear() {
        loaded.clear();
        selected.set(null);
    }

    TrailQuery query() {
        return form.query(clock);
    }

    /** The browser's "now". */
    public Instant now() {
        return clock.instant();
    }

    public TrailFilters filters() {
        return filters;
    }

    public ObservableList<TrailEvent> events() {
        return events;
    }

    /** The loaded events the filters let through, newest first. */
    public FilteredList<TrailEvent> shown() {
        return shown;
    }

    public ObservableList<String> availableRegions() {
        return form.availableRegions;
    }

    public ObservableList<String> regions() {
        return form.regions;
    }

    public ObjectProperty<TrailSource.Preset> presetProperty() {
        return form.preset;
    }

    public ObjectProperty<LookupKey> lookupKeyProperty() {
        return form.lookupKey;
    }

    public StringProperty lookupValueProperty() {
        return form.lookupValue;
    }

    public ObjectProperty<TimeRange> rangeProperty() {
        return form.range;
    }

    public ObjectProperty<Instant> customStartProperty() {
        return form.customStart;
    }

    public ObjectProperty<Instant> customEndProperty() {
        return form.customEnd;
    }

    public ObjectProperty<TrailEvent> selectedProperty() {
        return selected;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return progressText;
    }

    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice;
    }

    public void notice(Notice value) {
        notice.set(value);
    }
}
