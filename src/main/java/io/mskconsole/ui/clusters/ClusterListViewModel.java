package io.mskconsole.ui.clusters;

import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.clusters.ClusterGateway;
import io.mskconsole.ui.common.Messages;
import io.mskconsole.ui.common.TaskExecutor;
import io.mskconsole.ui.common.TaskHandle;
import java.util.Comparator;
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

/** The clusters of the selected account and region: loading, filtering, selection. */
public final class ClusterListViewModel {
    private final TaskExecutor executor;
    private final ObservableList<Cluster> clusters = FXCollections.observableArrayList();
    private final FilteredList<Cluster> shown = new FilteredList<>(clusters);
    private final StringProperty filter = new SimpleStringProperty("");
    private final ObjectProperty<Cluster> selected = new SimpleObjectProperty<>();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final StringProperty message = new SimpleStringProperty("");
    private ClusterGateway gateway;
    private String region;
    private TaskHandle running;
    private int loads;
    private boolean lastLoadFailed;
    /** The region of the clusters listed, or null while none are. */
    private String loadedIn;

    public ClusterListViewModel(TaskExecutor executor) {
        this.executor = executor;
        filter.addListener((obs, old, text) -> shown.setPredicate(c -> ClusterText.matches(c, text)));
        shown.addListener((javafx.collections.ListChangeListener<Cluster>) change -> count());
    }

    /** Shows the clusters of another gateway (account or region changed), or none when null. */
    public void show(ClusterGateway newGateway, String newRegion) {
        cancelLoad();
        gateway = newGateway;
        region = newRegion;
        clusters.clear();
        selected.set(null);
        message.set("");
        lastLoadFailed = false;
        loadedIn = null;
        if (gateway != null) {
            refresh();
        }
    }

    /** Loads every cluster again in the background; the selection is kept by ARN, else the first shown is selected. */
    public void refresh() {
        if (gateway == null) {
            return;
        }
        cancelLoad();
        ClusterGateway source = gateway;
        String where = region;
        int load = ++loads;
        loading.set(true);
        message.set("Loading clusters in " + where + "…");
        running = executor.execute(source::listClusters, loaded -> {
            if (load != loads) {
                return;
            }
            loading.set(false);
            lastLoadFailed = false;
            String keep = selected.get() == null ? null : selected.get().arn();
            clusters.setAll(loaded.stream().sorted(Comparator.comparing(Cluster::name)).toList());
            Cluster again = keep == null ? null : find(keep);
            selected.set(again != null ? again : shown.isEmpty() ? null : shown.get(0));
            loadedIn = where;
            count();
        }, failure -> {
            if (load != loads) {
                return;
            }
            loading.set(false);
            lastLoadFailed = true;
            loadedIn = null;
            message.set("Could not list clusters: " + Messages.of(failure));
        });
    }

    /**
     * Puts a freshly read cluster in place of the listed one (after an apply). A load already under way read the
     * cluster before this, so it is started again rather than allowed to put the older state back.
     */
    public void replace(Cluster cluster) {
        if (loading.get()) {
            refresh();
        }
        for (int i = 0; i < clusters.size(); i++) {
            if (clusters.get(i).arn().equals(cluster.arn())) {
                boolean wasSelected = selected.get() != null && selected.get().arn().equals(cluster.arn());
                clusters.set(i, cluster);
                if (wasSelected) {
                    selected.set(cluster);
                }
                return;
            }
        }
    }

    /**
     * Shows a freshly read cluster: in place of the listed one, or added in name order when the list does not have it
     * yet (a cluster just created). Ignored when the list shows another region. The selection is kept.
     */
    public void put(Cluster cluster) {
        if (gateway == null || region == null || !region.equals(cluster.region())) {
            return;
        }
        if (find(cluster.arn()) != null) {
            replace(cluster);
            return;
        }
        if (loading.get()) {
            refresh();
        }
        int at = 0;
        while (at < clusters.size() && clusters.get(at).name().compareTo(cluster.name()) <= 0) {
            at++;
        }
        clusters.add(at, cluster);
        message.set(clusters.size() + (clusters.size() == 1 ? " cluster" : " clusters") + " in " + region);
    }

    private Cluster find(String arn) {
        return clusters.stream().filter(c -> c.arn().equals(arn)).findFirst().orElse(null);
    }

    private void cancelLoad() {
        loads++;
        if (running != null) {
            running.cancel();
            running = null;
        }
        loading.set(false);
    }

    public ObservableList<Cluster> shownClusters() {
        return shown;
    }

    public List<Cluster> allClusters() {
        return List.copyOf(clusters);
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ObjectProperty<Cluster> selectedProperty() {
        return selected;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    /** "7 clusters in us-east-1", or "3 of 7 clusters in us-east-1" while the filter hides some. */
    private void count() {
        if (loadedIn == null || loading.get()) {
            return;
        }
        int all = clusters.size();
        String noun = all == 1 ? " cluster" : " clusters";
        message.set((shown.size() == all ? all + noun : shown.size() + " of " + all + noun) + " in " + loadedIn);
    }

    /** Whether the clusters could not be listed the last time they were asked for. */
    public boolean lastLoadFailed() {
        return lastLoadFailed;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ClusterGateway gateway() {
        return gateway;
    }
}
