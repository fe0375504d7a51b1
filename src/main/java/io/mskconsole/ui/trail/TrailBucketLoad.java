package io.mskconsole.ui.trail;

import io.mskconsole.core.trail.TrailEvent;
import io.mskconsole.core.trail.TrailQuery;
import io.mskconsole.core.trailbucket.TrailBucketGateway;
import io.mskconsole.core.trailbucket.TrailBucketRead;
import io.mskconsole.core.trailbucket.TrailFolders;
import io.mskconsole.core.trailbucket.TrailInfo;
import io.mskconsole.ui.common.Messages;
import io.mskconsole.ui.common.Notice;
import io.mskconsole.ui.common.TaskExecutor;
import io.mskconsole.ui.common.TaskHandle;
import java.util.List;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The browser's trail files from S3 ({@link TrailBucketRead}, as {@code trail --s3} reads them): the account's
 * trails, read once on request, and a load of one trail's files for the browser's range and regions and the accounts
 * asked (all the bucket holds when none), its events added as each file is read, Cancel keeping what arrived. On the
 * UI thread; the reads run through the executor.
 */
public final class TrailBucketLoad {
    private static final System.Logger LOG = System.getLogger(TrailBucketLoad.class.getName());
    /** How many requests run at a time. */
    static final int CONNECTIONS = TrailBucketRead.CONNECTIONS;
    /** How many of the files not read the notice names. */
    static final int NAMED_PROBLEMS = 2;

    private final TrailBrowserViewModel model;
    private final TaskExecutor executor;
    private final Function<String, TrailBucketGateway> buckets;
    private final ObservableList<TrailInfo> trails = FXCollections.observableArrayList();
    private boolean trailsAsked;

    /** @param buckets the account's trail buckets as seen from a region */
    public TrailBucketLoad(TrailBrowserViewModel model, TaskExecutor executor,
                           Function<String, TrailBucketGateway> buckets) {
        this.model = model;
        this.executor = executor;
        this.buckets = buckets;
    }

    /** The account's trails (DescribeTrails), once read: {@link #readTrails()} asks. */
    public ObservableList<TrailInfo> trails() {
        return trails;
    }

    /** Reads the trails in the background, the first time it is asked. */
    public void readTrails() {
        if (trailsAsked || model.regions().isEmpty()) {
            return;
        }
        trailsAsked = true;
        String region = model.regions().get(0);
        executor.execute(c -> buckets.apply(region).trails(), trails::setAll, failure -> {
            trailsAsked = false;
            model.notice(Notice.error("Could not list the trails: " + Messages.of(failure)));
        });
    }

    /**
     * Loads the trail's files for the browser's time range and regions.
     *
     * @param accounts the accounts whose files to read, or empty for every account in the bucket
     */
    public void load(TrailInfo trail, List<String> accounts) {
        if (trail == null) {
            model.notice(Notice.error("Choose a trail to read from S3."));
            return;
        }
        TrailQuery query;
        try {
            query = model.query();
            // a typo is said before the table is emptied
            io.mskconsole.core.trailbucket.TrailLayout.check(accounts, query.regions(), query.start(), query.end());
        } catch (IllegalArgumentException bad) {
            model.notice(Notice.error(bad.getMessage()));
            return;
        }
        long run = model.beginLoad("Reading " + trail.describe() + "…");
        io.mskconsole.core.trail.RecordSink records = model.newRecords();
        TaskHandle work = executor.execute(c -> {
            TrailBucketGateway bucket = buckets.apply(query.regions().get(0));
            String organization = TrailFolders.organizationOf(bucket, trail);
            String root = io.mskconsole.core.trailbucket.TrailLayout.root(trail.keyPrefix(), organization);
            List<String> asked = TrailFolders.asked(bucket, trail, root, accounts);
            return new TrailBucketRead(bucket, executor.lookups(), CONNECTIONS).keepingIn(records)
                    .read(new TrailBucketRead.Request(
                    trail, organization, asked, query.regions(), query.start(), query.end(), query.preset()),
                    new TrailBucketRead.Listener() {
                        @Override
                        public void events(List<TrailEvent> batch) {
                            executor.onUiThread(() -> model.loaded(run, batch, model.progressTextProperty().get()));
                        }

                        @Override
                        public void progress(TrailBucketRead.Progress progress) {
                            executor.onUiThread(() -> model.loaded(run, List.of(), "S3 · " + progress.describe()));
                        }
                    }, c);
        }, result -> model.endLoad(run, "S3 · " + result.progress().describe() + (result.duplicates() == 0 ? ""
                : String.format(java.util.Locale.ROOT, " · %,d duplicates dropped", result.duplicates())), result.problems().isEmpty() ? Notice.NONE
                : Notice.warning(notRead(result.problems()))),
                failure -> model.endLoad(run, "S3 · not read", Notice.error("Could not read " + trail.name()
                        + "'s files: " + Messages.of(failure))));
        model.loading(run, work);
    }

    /**
     * "Not read: " and the first two files not read, with why, then how many more: a year holds a broken file a
     * month, and a line for each would push the table out of the window.
     */
    static String notRead(List<String> problems) {
        int named = Math.min(NAMED_PROBLEMS, problems.size());
        if (problems.size() > named) {
            problems.forEach(problem -> LOG.log(System.Logger.Level.WARNING, "Not read: " + problem));
        }
        return "Not read: " + String.join("; ", problems.subList(0, named))
                + (problems.size() > named ? "; and " + (problems.size() - named) + " more, each in the app's log "
                + "(Help → Open log folder)" : "");
    }
}
