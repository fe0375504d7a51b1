package io.mskconsole.app.windows;

import io.mskconsole.core.concurrent.DelayedTasks;
import io.mskconsole.core.levels.RaisedLevelRecords;
import io.mskconsole.ui.common.DialogService;
import io.mskconsole.ui.common.TaskExecutor;
import io.mskconsole.ui.shell.ClusterEvents;
import io.mskconsole.ui.signin.SignInsViewModel;
import io.mskconsole.ui.trail.ColumnStore;
import java.time.Clock;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * What lives as long as the app and every account's windows use: the one background executor, how a window gets its
 * dialogs, the main window (which owns the others), the CloudTrail columns remembered, the clock, the records of
 * levels raised, how an account gets the timer of its reverts, where cluster changes are told, and the trail file
 * cache.
 *
 * @param revertTimers makes one account's revert timer (a virtual one in tests)
 * @param events       the main window's cluster list, once it exists
 * @param quit         quits the app from any window (Ctrl+Q), asking first as the main window does
 * @param signIns      the app's IAM Identity Center sign-ins, once they exist (Sign in… in a signed-out bar)
 * @param pause        how background work waits between readings (a fleet apply's pace, the first logs' watch)
 * @param trailCache   keeps the trail files the CloudTrail windows read from S3
 * @param keeping      where the CloudTrail windows keep the records' texts they load, and LookupEvents' answers
 */
record DesktopServices(TaskExecutor executor, Function<Window, DialogService> dialogs, Stage owner,
                       ColumnStore columns, Clock clock, RaisedLevelRecords records,
                       Supplier<DelayedTasks> revertTimers, Supplier<ClusterEvents> events, Runnable quit,
                       Supplier<SignInsViewModel> signIns, io.mskconsole.core.concurrent.Pause pause,
                       io.mskconsole.core.trailcache.TrailFileCache trailCache,
                       io.mskconsole.core.trail.TrailKeeping keeping) {
}
