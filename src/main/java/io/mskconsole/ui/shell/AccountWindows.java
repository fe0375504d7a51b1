package io.mskconsole.ui.shell;

import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.levels.RaisedLevel;
import io.mskconsole.ui.common.DialogService;
import java.util.List;

/**
 * The windows of one open account: each belongs to the account and to the region it was opened on, and says which
 * in its title. One editor and one levels window per cluster (asking again brings it forward); any number of
 * CloudTrail and Create cluster windows.
 */
public interface AccountWindows {
    /** The broker and authorizer log delivery editor of a cluster of the region. */
    void openEditor(Cluster cluster, String region);

    /** The broker log levels window of a cluster of the region. */
    void openLevels(Cluster cluster, String region);

    /** The cluster's recent broker and authorizer logs, one viewer per cluster (asking again brings it forward). */
    default void openLogs(Cluster cluster, String region) {
    }

    /** A CloudTrail browser on the region; on the cluster's activity when one is given. */
    void openTrail(Cluster cluster, String region);

    /** A Create cluster window on the region; with a provisioned cluster's settings when one is given. */
    void openCreate(Cluster from, String region);

    /**
     * Asks, through {@code dialogs}, whether to leave levels raised that wait to be put back, then each window holding
     * work (an unsaved edit, an apply or a creation being followed) whether it may close; each that agrees closes at
     * once. True when all agreed; false as soon as one says no (that window is in front, and stays open with the
     * ones not asked yet).
     */
    boolean mayClose(DialogService dialogs);

    /** How many windows of the account are open. */
    int count();

    /** The levels of this account waiting to be put back at their time. */
    List<RaisedLevel> pendingReverts();
}
