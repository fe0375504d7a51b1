package io.mskconsole.ui.fleet;

import io.mskconsole.core.account.Account;
import io.mskconsole.core.account.Accounts;
import io.mskconsole.core.fleet.Finding;
import io.mskconsole.core.fleet.FleetPolicy;
import io.mskconsole.core.fleet.FleetReport;
import io.mskconsole.core.fleet.FleetScan;
import io.mskconsole.core.levels.LevelsSeen;
import io.mskconsole.ui.common.Messages;
import io.mskconsole.ui.common.Notice;
import io.mskconsole.ui.common.TaskExecutor;
import io.mskconsole.ui.common.TaskHandle;
import io.mskconsole.ui.common.UiPreferences;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The fleet window's state: which accounts and regions to scan, the scan (progress per region as they come in, each
 * failed region said on its own), every cluster read with its findings, the filters (text, finding, a bar of the
 * chart), the grouping, and the summary the chart draws. The scan is the core's {@link FleetScan}, as
 * {@code fleet scan} runs it. On the UI thread; the scan runs through the executor.
 */
public final class FleetViewModel {
    /** The finding filter's choices before the rules: every cluster, those with any finding, those with none. */
    public static final String ALL = "All clusters";
    public static final String ANY_FINDING = "With any finding";
    public static final String NO_FINDING = "Without findings";
    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d+");

    /** An account the scan may read, and whether it will. */
    public record AccountChoice(Account account, BooleanProperty chosen) {
    }

    /** A bar of the chart: one group's clusters of one outcome. */
    public record ChartPick(String group, Outcome outcome) {
    }

    private final Accounts accounts;
    private final TaskExecutor executor;
    private final Clock clock;
    private final Supplier<LevelsSeen> levels;
    private final UiPreferences preferences;
    private final ObservableList<AccountChoice> accountChoices = FXCollections.observableArrayList();
    private final StringProperty regions = new SimpleStringProperty("all");
    private final ObjectProperty<FleetPolicy> policy = new SimpleObjectProperty<>(FleetPolicy.standard());
    private final ObservableList<FleetReport.Row> rows = FXCollections.observableArrayList();
    private final FilteredList<FleetReport.Row> shown = new FilteredList<>(rows);
    private final ObservableList<RegionProgress> progress = FXCollections.observableArrayList();
    private final StringProperty filterText = new SimpleStringProperty("");
    private final StringProperty findingFilter = new SimpleStringProperty(ALL);
    private final ObservableList<String> findingChoices = FXCollections.observableArrayList();
    private final ObjectProperty<ChartPick> chartPick = new SimpleObjectProperty<>();
    private final ObjectProperty<Grouping> grouping = new SimpleObjectProperty<>(Grouping.ACCOUNT);
    private final BooleanProperty scanning = new SimpleBooleanProperty();
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>(Notice.NONE);
    private final StringProperty status = new SimpleStringProperty("Choose accounts and regions, then Scan.");
    private final ObjectProperty<FleetReport> report = new SimpleObjectProperty<>();
    private final IntegerProperty revision = new SimpleIntegerProperty();
    private final FleetArrival arrival;
    private TaskHandle running;
    private int generation;

    /**
     * @param levels the brokers' levels read in this run, taken when a scan starts (for the rule about levels)
     */
    public FleetViewModel(Accounts accounts, TaskExecutor executor, Clock clock, Supplier<LevelsSeen> levels) {
        this(accounts, executor, clock, levels, UiPreferences.NONE);
    }

    /** @param preferences where the regions scanned are remembered for the next run */
    public FleetViewModel(Accounts accounts, TaskExecutor executor, Clock clock, Supplier<LevelsSeen> levels,
                          UiPreferences preferences) {
        this.accounts = accounts;
        this.executor = executor;
        this.clock = clock;
        this.levels = levels;
        this.preferences = preferences;
        this.arrival = new FleetArrival(accounts, executor, clock);
        regions.set(preferences.fleetRegions());
        filterText.addListener((o, a, b) -> refilter());
        findingFilter.addListener((o, a, b) -> refilter());
        chartPick.addListener((o, a, b) -> refilter());
        grouping.addListener((o, a, b) -> {
            chartPick.set(null);
            revision.set(revision.get() + 1);
        });
        policy.addListener((o, a, b) -> offerFindings());
        offerFindings();
    }

    /** Offers these accounts; those in {@code chosen} are ticked (the accounts open in the main window). */
    public void offer(List<Account> offered, List<Account> chosen) {
        List<AccountChoice> choices = new ArrayList<>();
        for (Account account : offered) {
            boolean was = accountChoices.stream().filter(c -> c.account().equals(account)).findFirst()
                    .map(c -> c.chosen().get()).orElse(chosen.contains(account));
            choices.add(new AccountChoice(account, new SimpleBooleanProperty(was)));
        }
        accountChoices.setAll(choices);
    }

    /** Reads every chosen account and region; the table fills as each region comes in. */
    public void scan() {
        List<Account> chosen = accountChoices.stream().filter(c -> c.chosen().get()).map(AccountChoice::account)
                .toList();
        if (chosen.isEmpty()) {
            notice.set(Notice.warning("Choose at least one account to scan."));
            return;
        }
        List<String> asked = regionsAsked();
        if (asked == null) {
            return;
        }
        cancel();
        String remembered = asked.isEmpty() ? "all" : String.join(", ", asked);
        executor.execute(c -> {
            preferences.saveFleetRegions(remembered);
            return remembered;
        }, saved -> { }, failure -> notice.set(Notice.warning("The regions could not be remembered for next time: "
                + Messages.of(failure))));
        int scan = ++generation;
        rows.clear();
        progress.clear();
        chartPick.set(null);
        report.set(null);
        notice.set(Notice.NONE);
        scanning.set(true);
        status.set("Scanning " + chosen.size() + (chosen.size() == 1 ? " account" : " accounts") + "…");
        FleetPolicy rules = policy.get();
        LevelsSeen seen = levels.get();
        FleetScan.Progress told = new FleetScan.Progress() {
            @Override
            public void rowsRead(Account account, String region, List<FleetReport.Row> read) {
                executor.onUiThread(() -> {
                    if (scan == generation) {
                        rows.addAll(read);
                        progress.add(new RegionProgress(account, region, read.size(), null));
                        changed();
                    }
                });
            }

            @Override
            public void regionFailed(Account account, String region, String message) {
                executor.onUiThread(() -> {
                    if (scan == generation) {
                        progress.add(new RegionProgress(account, region, -1, message));
                        changed();
                    }
                });
            }
        };
        running = executor.execute(c -> new FleetScan(accounts, executor.lookups(), clock, seen)
                .scan(chosen, asked, rules, told, c), done -> {
                    if (scan != generation) {
                        return;
                    }
                    scanning.set(false);
                    report.set(done);
                    rows.setAll(done.rows()); // the report's order: account, region, name
                    changed();
                    status.set(summary(done));
                }, failure -> {
                    if (scan == generation) {
                        scanning.set(false);
                        notice.set(Notice.error("The scan failed: " + Messages.of(failure)));
                    }
                });
    }

    /** Stops the scan; what was read stays. */
    public void cancel() {
        if (running != null && scanning.get()) {
            running.cancel();
            generation++;
            scanning.set(false);
            status.set("Stopped: " + rows.size() + " clusters read from " + progress.size() + " regions.");
        }
        running = null;
    }

    /** The regions asked, empty for all; null (with a notice) when the text names something that is not one. */
    List<String> regionsAsked() {
        String text = regions.get() == null ? "" : regions.get().strip().toLowerCase(Locale.ROOT);
        if (text.isEmpty() || text.equals("all")) {
            return List.of();
        }
        List<String> asked = new ArrayList<>();
        for (String part : text.split("[,\\s]+")) {
            if (!REGION.matcher(part).matches()) {
                notice.set(Notice.error("Regions: \"" + part + "\" is not a region code (e.g. us-east-1); write "
                        + "\"all\" or codes separated by commas."));
                return null;
            }
            if (!asked.contains(part)) {
                asked.add(part);
            }
        }
        return asked;
    }

    /** Clusters per group and outcome, over every cluster read (the chart's bars), groups sorted by name. */
    public Map<String, Map<Outcome, Integer>> summary() {
        Map<String, Map<Outcome, Integer>> bars = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (FleetReport.Row row : rows) {
            bars.computeIfAbsent(grouping.get().of(row), g -> new EnumMap<>(Outcome.class))
                    .merge(Outcome.of(row.findings()), 1, Integer::sum);
        }
        return bars;
    }

    /** Shows only the bar's clusters; the same bar again shows every cluster. */
    public void pick(String group, Outcome outcome) {
        ChartPick picked = new ChartPick(group, outcome);
        chartPick.set(picked.equals(chartPick.get()) ? null : picked);
    }

    private void refilter() {
        String text = filterText.get() == null ? "" : filterText.get().strip().toLowerCase(Locale.ROOT);
        String finding = findingFilter.get() == null ? ALL : findingFilter.get();
        ChartPick pick = chartPick.get();
        Grouping by = grouping.get();
        Predicate<FleetReport.Row> predicate = row -> (text.isEmpty() || matches(row, text))
                && findingMatches(row, finding)
                && (pick == null || by.of(row).equals(pick.group()) && Outcome.of(row.findings()) == pick.outcome());
        shown.setPredicate(predicate);
    }

    private static boolean matches(FleetReport.Row row, String text) {
        return contains(row.cluster().name(), text) || contains(row.region(), text)
                || contains(row.account().displayName(), text) || contains(row.cluster().arn(), text)
                || row.findings().stream().anyMatch(f -> contains(f.why(), text) || contains(f.rule(), text));
    }

    private static boolean contains(String value, String text) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(text);
    }

    private static boolean findingMatches(FleetReport.Row row, String finding) {
        return switch (finding) {
            case ALL -> true;
            case ANY_FINDING -> !row.findings().isEmpty();
            case NO_FINDING -> row.findings().isEmpty();
            default -> row.findings().stream().map(Finding::rule).anyMatch(finding::equals);
        };
    }

    private void offerFindings() {
        List<String> choices = new ArrayList<>(List.of(ALL, ANY_FINDING, NO_FINDING));
        policy.get().rules().forEach(rule -> choices.add(rule.id()));
        findingChoices.setAll(choices);
        if (!choices.contains(findingFilter.get())) {
            findingFilter.set(ALL);
        }
    }

    private void changed() {
        revision.set(revision.get() + 1);
        if (scanning.get()) {
            long failed = progress.stream().filter(RegionProgress::failed).count();
            status.set("Scanning… " + progress.size() + " regions in, " + rows.size() + " clusters"
                    + (failed == 0 ? "" : ", " + failed + " regions not read"));
        }
    }

    static String summary(FleetReport report) {
        long withFindings = report.rows().stream().filter(r -> !r.findings().isEmpty()).count();
        return report.rows().size() + " clusters in " + report.regions().size() + " regions of "
                + report.accounts().size() + (report.accounts().size() == 1 ? " account" : " accounts") + "; "
                + withFindings + " with findings" + (report.failures().isEmpty() ? ""
                : "; " + report.failures().size() + (report.failures().size() == 1 ? " region" : " regions")
                + " not read") + ".";
    }

    /** Whether the shown clusters' logs arrive, read on request. */
    public FleetArrival arrival() {
        return arrival;
    }

    public ObservableList<AccountChoice> accountChoices() {
        return accountChoices;
    }

    public StringProperty regionsProperty() {
        return regions;
    }

    public ObjectProperty<FleetPolicy> policyProperty() {
        return policy;
    }

    /** Every cluster read (the chart's). */
    public ObservableList<FleetReport.Row> rows() {
        return rows;
    }

    /** The clusters the filters let through (the table's). */
    public ObservableList<FleetReport.Row> shown() {
        return shown;
    }

    public ObservableList<RegionProgress> progress() {
        return progress;
    }

    public StringProperty filterTextProperty() {
        return filterText;
    }

    public StringProperty findingFilterProperty() {
        return findingFilter;
    }

    public ObservableList<String> findingChoices() {
        return findingChoices;
    }

    public ReadOnlyObjectProperty<ChartPick> chartPickProperty() {
        return chartPick;
    }

    public void clearPick() {
        chartPick.set(null);
    }

    public ObjectProperty<Grouping> groupingProperty() {
        return grouping;
    }

    public ReadOnlyBooleanProperty scanningProperty() {
        return scanning;
    }

    public ObjectProperty<Notice> noticeProperty() {
        return notice;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    /** The last finished scan, for export and the change's plan; null before one. */
    public ReadOnlyObjectProperty<FleetReport> reportProperty() {
        return report;
    }

    /** Counts up whenever the chart's summary may have changed. */
    public IntegerProperty revisionProperty() {
        return revision;
    }
}
