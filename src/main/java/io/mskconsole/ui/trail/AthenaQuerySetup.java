package io.mskconsole.ui.trail;

import io.mskconsole.core.trail.Ticker;
import io.mskconsole.core.trail.TrailEvent;
import io.mskconsole.core.trail.TrailQuery;
import io.mskconsole.core.trailathena.AthenaGateway;
import io.mskconsole.core.trailathena.AthenaPlace;
import io.mskconsole.core.trailathena.AthenaQuery;
import io.mskconsole.core.trailathena.AthenaQuestion;
import io.mskconsole.core.trailathena.AthenaRun;
import io.mskconsole.core.trailathena.AthenaTableSetup;
import io.mskconsole.core.trailathena.TrailAthenaRead;
import io.mskconsole.core.trailbucket.TrailBucketGateway;
import io.mskconsole.core.trailbucket.TrailInfo;
import io.mskconsole.ui.common.Messages;
import io.mskconsole.ui.common.Notice;
import io.mskconsole.ui.common.TaskExecutor;
import io.mskconsole.ui.common.TaskHandle;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * "Query with Athena" for a trail, as {@code trail --athena} does it: the work groups and databases read, the table
 * found or its DDL shown (created only on {@link #createTable()}), the MSK query of the browser's range, regions and
 * source with the saved question shown as sent, then run into the browser (its state, data scanned and cost on the
 * progress line; Cancel stops the query). On the UI thread; the calls run through the executor.
 */
public final class AthenaQuerySetup {
    private final TrailBrowserViewModel model;
    private final TaskExecutor executor;
    private final Function<String, AthenaGateway> athenas;
    private final Function<String, TrailBucketGateway> buckets;
    private final Clock clock;
    private final Ticker ticker;
    private final ObservableList<String> workGroups = FXCollections.observableArrayList();
    private final ObservableList<String> databases = FXCollections.observableArrayList();
    private final StringProperty workGroup = new SimpleStringProperty("primary");
    private final StringProperty database = new SimpleStringProperty("default");
    private final StringProperty outputLocation = new SimpleStringProperty("");
    private final ObjectProperty<AthenaQuestion> question = new SimpleObjectProperty<>(AthenaQuestion.ALL);
    private final StringProperty topic = new SimpleStringProperty("");
    private final StringProperty ddl = new SimpleStringProperty("");
    private final StringProperty queryText = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty state = new SimpleStringProperty("");
    private final StringProperty resultsHint = new SimpleStringProperty("the work group's");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObjectProperty<AthenaTableSetup.Plan> plan = new SimpleObjectProperty<>();
    private final BooleanProperty creating = new SimpleBooleanProperty();
    private TrailInfo trail;
    private List<String> accounts = List.of();
    /** Bumped whenever what a plan was made for changes: an answer for an older one is dropped. */
    private long generation;
    /** The region the plan was made in: Create and Run go there, whatever the browser shows since. */
    private String planRegion;
    private TaskHandle checking;
    /** What the last plan said, shown again once the query is whole. */
    private String planStatus = "";
    private TaskHandle creation;

    public AthenaQuerySetup(TrailBrowserViewModel model, TaskExecutor executor,
                            Function<String, AthenaGateway> athenas, Function<String, TrailBucketGateway> buckets,
                            Clock clock, Ticker ticker) {
        this.model = model;
        this.executor = executor;
        this.athenas = athenas;
        this.buckets = buckets;
        this.clock = clock;
        this.ticker = ticker;
        question.addListener((o, was, now) -> showQuery());
        topic.addListener((o, was, now) -> showQuery());
        model.rangeProperty().addListener((o, was, now) -> showQuery());
        model.customStartProperty().addListener((o, was, now) -> showQuery());
        model.customEndProperty().addListener((o, was, now) -> showQuery());
        model.presetProperty().addListener((o, was, now) -> showQuery());
        workGroup.addListener((o, was, now) -> forget());
        database.addListener((o, was, now) -> forget());
    }

    /** Opens it on the trail and the accounts asked (empty for all): reads the work groups and databases. */
    public void open(TrailInfo chosen, List<String> asked) {
        this.trail = chosen;
        this.accounts = List.copyOf(asked);
        forget();
        String region = region();
        if (region == null) {
            status.set("Choose a region in the browser first: Athena's tables are per region.");
            return;
        }
        long asOf = generation;
        executor.execute(c -> {
            AthenaGateway athena = athenas.apply(region);
            return List.of(athena.workGroups(), athena.databases());
        }, lists -> {
            if (asOf != generation) {
                return;
            }
            String group = workGroup.get();
            String base = database.get();
            workGroups.setAll(lists.get(0)); // an editable combo box drops its value when its items change:
            databases.setAll(lists.get(1)); // the choices made are put back
            workGroup.set(group == null || group.isBlank() ? "primary" : group);
            database.set(base == null || base.isBlank() ? "default" : base);
            check();
        }, failure -> status.set("Could not read Athena's work groups and databases in " + region + ": "
                + Messages.of(failure)));
    }

    /** Finds the table for the work group and database chosen, or draws up the one to create. */
    public void check() {
        if (trail == null || busy.get()) {
            return;
        }
        AthenaPlace place;
        try {
            place = place();
        } catch (IllegalArgumentException bad) {
            status.set(bad.getMessage());
            return;
        }
        String region = region();
        if (region == null) {
            status.set("Choose a region in the browser first: Athena's tables are per region.");
            return;
        }
        TrailInfo asked = trail;
        long asOf = generation;
        busy.set(true);
        status.set("Looking for " + asked.name() + "'s table in " + place.database() + "…");
        checking = executor.execute(c -> new AthenaTableSetup(athenas.apply(region), buckets.apply(region)).plan(
                asked, place, null), found -> {
                    if (asOf != generation) {
                        return; // the trail, work group or database changed meanwhile: this plan is not theirs
                    }
                    busy.set(false);
                    planRegion = region;
                    plan.set(found);
                    resultsHint.set(found.workGroup().managedResults() ? "kept by Athena (managed results)"
                            : found.workGroup().outputLocation() != null ? "the work group's: "
                            + found.workGroup().outputLocation() : "s3://bucket/prefix/ (the work group has none)");
                    ddl.set(found.ready() ? "" : found.ddl());
                    planStatus = (found.ready() ? "Using table " + found.table().qualified() + "."
                            : "No table in " + place.database() + " suits " + asked.name() + ": Create table runs "
                            + "the statements below.") + (found.notes().isEmpty() ? ""
                            : "\n" + String.join("\n", found.notes()));
                    status.set(planStatus);
                    showQuery();
                }, failure -> {
                    if (asOf == generation) {
                        busy.set(false);
                        status.set(Messages.of(failure));
                    }
                });
    }

    /** Runs the plan's statements (the DDL shown), then looks again. */
    public void createTable() {
        AthenaTableSetup.Plan drawn = plan.get();
        if (drawn == null || drawn.ready() || busy.get()) {
            return;
        }
        String region = planRegion;
        busy.set(true);
        creating.set(true);
        status.set("Creating " + drawn.table().qualified() + "…");
        creation = executor.execute(c -> new AthenaTableSetup(athenas.apply(region), buckets.apply(region))
                .create(drawn, run(region), e -> executor.onUiThread(() -> state.set("Creating: " + e.state())), c),
                made -> {
                    busy.set(false);
                    creating.set(false);
                    creation = null;
                    state.set(made ? "Created " + drawn.table().qualified() + "." : "Stopped.");
                    if (made) {
                        check();
                    } else {
                        status.set("Stopped: " + drawn.table().qualified() + " may not have been made.");
                    }
                }, failure -> {
                    busy.set(false);
                    creating.set(false);
                    creation = null;
                    status.set(Messages.of(failure));
                });
    }

    /** Stops the creation of the table. */
    public void cancel() {
        if (creation != null) {
            creation.cancel();
        }
    }

    /** Runs the query shown into the browser. */
    public void run() {
        AthenaQuery query = query();
        if (query == null || model.runningProperty().get()) {
            return;
        }
        queryText.set(query.text()); // "the last 7 days" ends now: what is sent is what is shown
        AthenaPlace place;
        try { // the result location as it is now: typing one does not make the table be looked for again
            place = new AthenaPlace(plan.get().place().database(), plan.get().place().workGroup(),
                    outputLocation.get());
        } catch (IllegalArgumentException bad) {
            status.set(bad.getMessage());
            return;
        }
        String region = planRegion;
        long claim = model.beginLoad("Athena · starting " + query.table().qualified() + "…");
        io.mskconsole.core.trail.RecordSink records = model.newRecords();
        TaskHandle work = executor.execute(c -> new TrailAthenaRead(run(region)).keepingIn(records).read(query, place,
                new TrailAthenaRead.Listener() {
                    @Override
                    public void state(io.mskconsole.core.trailathena.AthenaExecution now) {
                        executor.onUiThread(() -> {
                            state.set(now.describe());
                            model.loaded(claim, List.of(), "Athena · " + now.describe());
                        });
                    }

                    @Override
                    public void events(List<TrailEvent> batch) {
                        executor.onUiThread(() -> model.loaded(claim, batch, model.progressTextProperty().get()));
                    }
                }, c), result -> {
                    state.set(result.describe());
                    model.endLoad(claim, "Athena · " + result.describe(), Notice.NONE);
                }, failure -> {
                    state.set(Messages.of(failure));
                    model.endLoad(claim, "Athena · not run", Notice.error("Could not query " + query.table()
                            .qualified() + ": " + Messages.of(failure)));
                });
        model.loading(claim, work);
    }

    /** The query of the browser's range and the question, or null (and the status says why). */
    AthenaQuery query() {
        AthenaTableSetup.Plan found = plan.get();
        if (found == null || !found.ready()) {
            return null;
        }
        try {
            TrailQuery range = model.query();
            return new AthenaQuery(found.table(), range.start(), range.end(), range.preset(),
                    found.table().byAccount() ? accounts : List.of(), range.regions(), question.get(),
                    AthenaQuery.Filters.topic(topic.get()));
        } catch (IllegalArgumentException bad) {
            queryText.set("");
            status.set(bad.getMessage());
            return null;
        }
    }

    private void showQuery() {
        AthenaQuery query = query();
        queryText.set(query == null ? "" : query.text());
        if (query != null) {
            status.set(planStatus + (query.notes().isEmpty() ? "" : "\n" + String.join("\n", query.notes())));
        }
    }

    private void forget() {
        if (creating.get()) {
            return; // the statements run on; their end looks again
        }
        generation++;
        if (checking != null) {
            checking.cancel();
            checking = null;
        }
        busy.set(false);
        plan.set(null);
        ddl.set("");
        queryText.set("");
        status.set(trail == null ? "" : "Find table looks for " + trail.name() + "'s table in the database chosen.");
    }

    private AthenaPlace place() {
        if (database.get() == null || database.get().isBlank()) {
            throw new IllegalArgumentException("Choose the database of the trail's table, or type one to make.");
        }
        if (workGroup.get() == null || workGroup.get().isBlank()) {
            throw new IllegalArgumentException("Choose the Athena work group to run in (often primary).");
        }
        return new AthenaPlace(database.get(), workGroup.get(), outputLocation.get());
    }

    private AthenaRun run(String region) {
        return new AthenaRun(athenas.apply(region), ticker, () -> UUID.randomUUID().toString());
    }

    private String region() {
        return model.regions().isEmpty() ? null : model.regions().get(0);
    }

    public ObservableList<String> workGroups() {
        return workGroups;
    }

    public ObservableList<String> databases() {
        return databases;
    }

    public StringProperty workGroupProperty() {
        return workGroup;
    }

    public StringProperty databaseProperty() {
        return database;
    }

    public StringProperty outputLocationProperty() {
        return outputLocation;
    }

    public ObjectProperty<AthenaQuestion> questionProperty() {
        return question;
    }

    public StringProperty topicProperty() {
        return topic;
    }

    /** The statements Create table runs; empty when the table exists. */
    public StringProperty ddlProperty() {
        return ddl;
    }

    /** The query Run sends, exactly; empty until a table is found. */
    public StringProperty queryTextProperty() {
        return queryText;
    }

    /** What was found, and the notes. */
    public StringProperty statusProperty() {
        return status;
    }

    /** The last run's state, data scanned and cost. */
    public StringProperty stateProperty() {
        return state;
    }

    /** What the result location field holds when left empty. */
    public StringProperty resultsHintProperty() {
        return resultsHint;
    }

    /** Whether Create table's statements are running (Stop stops them). */
    public BooleanProperty creatingProperty() {
        return creating;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public ObjectProperty<AthenaTableSetup.Plan> planProperty() {
        return plan;
    }

    public TrailBrowserViewModel browser() {
        return model;
    }
}
