package io.mskconsole.ui.destinations;

import io.mskconsole.core.destinations.BucketInfo;
import io.mskconsole.core.destinations.DestinationGateway;
import io.mskconsole.core.destinations.LogGroupInfo;
import io.mskconsole.core.destinations.Page;
import io.mskconsole.core.delivery.DestinationType;
import io.mskconsole.ui.common.Messages;
import io.mskconsole.ui.common.TaskExecutor;
import io.mskconsole.ui.common.TaskHandle;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;
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
 * Lists the destinations of one kind that exist in the cluster's region, a page at a time in the background, and
 * filters them as the person types: log groups are searched by CloudWatch Logs itself (a name prefix, or a part of
 * the name), buckets and streams among those loaded. Picking one loads its summary.
 */
public final class DestinationPickerViewModel {
    private final DestinationType type;
    private final DestinationGateway gateway;
    private final TaskExecutor executor;
    private final Duration searchDelay;
    private final ObservableList<PickerItem> loaded = FXCollections.observableArrayList();
    private final FilteredList<PickerItem> shown = new FilteredList<>(loaded);
    private final Map<String, LogGroupInfo> logGroups = new HashMap<>();
    private final StringProperty search = new SimpleStringProperty("");
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final BooleanProperty hasMore = new SimpleBooleanProperty();
    private final StringProperty status = new SimpleStringProperty("");
    private final ObjectProperty<PickerItem> selected = new SimpleObjectProperty<>();
    private final StringProperty summary = new SimpleStringProperty("");
    private String nextToken;
    private String listedSearch = "";
    private TaskHandle listing;
    private long listGeneration;
    private long summaryGeneration;

    public DestinationPickerViewModel(DestinationType type, DestinationGateway gateway, TaskExecutor executor,
                                      Duration searchDelay) {
        this.type = Objects.requireNonNull(type, "type");
        this.gateway = Objects.requireNonNull(gateway, "gateway");
        this.executor = executor;
        this.searchDelay = searchDelay;
        search.addListener((obs, old, now) -> searchChanged(now == null ? "" : now.strip()));
        selected.addListener((obs, old, now) -> loadSummary(now));
    }

    /** Loads the first page. */
    public void open() {
        reload(Duration.ZERO);
    }

    /** Loads the next page, if there is one and none is loading. */
    public void loadMore() {
        if (loading.get() || nextToken == null) {
            return;
        }
        fetch(nextToken, Duration.ZERO);
    }

    /** Stops loading; what was loaded stays. */
    public void cancel() {
        if (listing != null) {
            listing.cancel();
        }
        listGeneration++;
        loading.set(false);
    }

    private void searchChanged(String text) {
        if (type == DestinationType.CLOUDWATCH_LOGS) {
            if (!text.equals(listedSearch)) {
                reload(searchDelay);
            }
            return;
        }
        String needle = text.toLowerCase(Locale.ROOT);
        shown.setPredicate(needle.isEmpty() ? null : item -> item.name().toLowerCase(Locale.ROOT).contains(needle));
        status.set(countText());
    }

    private void reload(Duration wait) {
        loaded.clear();
        logGroups.clear();
        nextToken = null;
        hasMore.set(false);
        selected.set(null);
        fetch(null, wait);
    }

    private void fetch(String token, Duration wait) {
        if (listing != null) {
            listing.cancel();
        }
        long run = ++listGeneration;
        String text = search.get() == null ? "" : search.get().strip();
        loading.set(true);
        status.set("Loading " + noun(true) + " of " + gateway.region() + "…");
        listing = executor.execute(c -> {
            if (!wait.isZero() && c.sleep(wait)) {
                throw new CancellationException("superseded");
            }
            return page(text, token);
        }, page -> {
            if (run != listGeneration) {
                return;
            }
            loading.set(false);
            listedSearch = type == DestinationType.CLOUDWATCH_LOGS ? text : listedSearch;
            loaded.addAll(page.items());
            nextToken = page.nextToken();
            hasMore.set(page.hasMore());
            status.set(countText());
            if (type == DestinationType.S3 && page.items().isEmpty() && page.hasMore()) {
                fetch(nextToken, Duration.ZERO); // a page of other regions' buckets only: look further
            }
        }, failure -> {
            if (run != listGeneration || failure instanceof CancellationException) {
                return;
            }
            loading.set(false);
            status.set("Could not list " + noun(true) + ": " + Messages.of(failure)
                    + " You can still type a name.");
        });
    }

    /** One page, as picker items; buckets of other regions are left out (MSK delivers only within the region). */
    private Page<PickerItem> page(String text, String token) {
        return switch (type) {
            case CLOUDWATCH_LOGS -> {
                Page<LogGroupInfo> groups = gateway.logGroups(text.isEmpty() ? null : text, token);
                executor.onUiThread(() -> groups.items().stream().filter(LogGroupInfo::detailed)
                        .forEach(g -> logGroups.put(g.name(), g)));
                yield new Page<>(groups.items().stream()
                        .map(g -> new PickerItem(g.name(), g.detailed() ? ResourceText.logGroupDetail(g) : ""))
                        .toList(), groups.nextToken());
            }
            case S3 -> {
                Page<BucketInfo> buckets = gateway.buckets(token);
                List<PickerItem> here = buckets.items().stream()
                        .filter(b -> b.region() == null || b.region().equals(gateway.region()))
                        .map(b -> new PickerItem(b.name(), b.region() == null ? "region unknown" : b.region())).toList();
                yield new Page<>(here, buckets.nextToken());
            }
            case FIREHOSE -> {
                Page<String> streams = gateway.deliveryStreams(token);
                yield new Page<>(streams.items().stream().map(s -> new PickerItem(s, "")).toList(),
                        streams.nextToken());
            }
        };
    }

    private void loadSummary(PickerItem item) {
        long run = ++summaryGeneration;
        if (item == null) {
            summary.set("");
            return;
        }
        if (type == DestinationType.CLOUDWATCH_LOGS && logGroups.containsKey(item.name())) {
            summary.set(ResourceText.logGroup(logGroups.get(item.name())));
            return;
        }
        summary.set("Reading " + item.name() + "…");
        executor.execute(c -> switch (type) {
            case CLOUDWATCH_LOGS -> gateway.logGroup(item.name()).map(ResourceText::logGroup);
            case S3 -> gateway.bucket(item.name()).map(ResourceText::bucket);
            case FIREHOSE -> gateway.deliveryStream(item.name()).map(ResourceText::stream);
        }, text -> {
            if (run == summaryGeneration) {
                summary.set(text.orElse(item.name() + " no longer exists."));
            }
        }, failure -> {
            if (run == summaryGeneration) {
                summary.set("Could not read " + item.name() + ": " + Messages.of(failure));
            }
        });
    }

    private String countText() {
        int count = shown.size();
        String more = hasMore.get() ? " so far (more to load)" : "";
        if (loaded.isEmpty()) {
            return "No " + noun(true) + " in " + gateway.region() + (listedSearch.isEmpty() ? "" : " match \""
                    + listedSearch + "\"") + ". You can still type a name.";
        }
        return count + " " + noun(count != 1) + " in " + gateway.region() + more;
    }

    private String noun(boolean plural) {
        return switch (type) {
            case CLOUDWATCH_LOGS -> plural ? "log groups" : "log group";
            case S3 -> plural ? "buckets" : "bucket";
            case FIREHOSE -> plural ? "delivery streams" : "delivery stream";
        };
    }

    public String title() {
        return "Pick a " + noun(false) + " in " + gateway.region();
    }

    public DestinationType type() {
        return type;
    }

    public ObservableList<PickerItem> items() {
        return shown;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    public ReadOnlyBooleanProperty hasMoreProperty() {
        return hasMore;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public ObjectProperty<PickerItem> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }
}
