package io.mskconsole.ui.create;

import io.mskconsole.core.create.ClusterDraftRules;
import io.mskconsole.core.create.DraftField;
import io.mskconsole.core.create.DraftProblem;
import io.mskconsole.core.create.RegionFacts;
import java.util.ArrayList;
import java.util.EnumMap;
import io.mskconsole.core.delivery.LogKind;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import java.util.EnumSet;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableValue;

/**
 * The rules of a new cluster ({@link ClusterDraftRules}) applied to the form as the person edits it, with what is
 * known of the region: every problem, each field's own (shown under the field), and whether the draft may be sent.
 * Broker log delivery's problems stand under the destinations' own fields, as in the broker log editor.
 */
public final class DraftChecks {
    private final ObjectBinding<List<DraftProblem>> problems;
    private final Map<DraftField, StringBinding> atField = new EnumMap<>(DraftField.class);
    private final Map<DraftField, Shown> shownAt = new EnumMap<>(DraftField.class);
    private final BooleanBinding valid;
    private final StringBinding summary;

    /**
     * A field's problems as shown under it: only once the person has left the field ({@link #touch}) or asked to
     * review ({@link DraftChecks#revealAll}), so a new form does not open covered in "Required".
     */
    public final class Shown extends StringBinding {
        private final DraftField field;

        private Shown(DraftField field) {
            this.field = field;
            bind(atField.get(field), revealed, touched);
        }

        /** The person left the field: its problems show from now on. */
        public void touch() {
            touched.add(field);
        }

        @Override
        protected String computeValue() {
            if (!revealed.get() && !touched.contains(field)) {
                return "";
            }
            return atField.get(field).get();
        }
    }

    private final BooleanProperty revealed = new SimpleBooleanProperty();
    private final ObservableSet<DraftField> touched = FXCollections.observableSet(EnumSet.noneOf(DraftField.class));

    DraftChecks(ClusterForm form, ObservableValue<RegionFacts> facts) {
        problems = Bindings.createObjectBinding(() -> check(form, facts.getValue()), form.valueBinding(), facts);
        for (DraftField field : DraftField.values()) {
            atField.put(field, Bindings.createStringBinding(() -> problems.get().stream()
                    .filter(p -> p.field() == field).map(DraftProblem::message)
                    .collect(Collectors.joining("\n")), problems));
            shownAt.put(field, new Shown(field));
        }
        valid = Bindings.createBooleanBinding(() -> problems.get().isEmpty(), problems);
        summary = Bindings.createStringBinding(() -> summarize(problems.get()), problems);
    }

    private static List<DraftProblem> check(ClusterForm form, RegionFacts facts) {
        List<DraftProblem> found = new ArrayList<>(ClusterDraftRules.check(form.value(), facts));
        StorageText.problem(form.storageProperty().get()).ifPresent(notNumber -> {
            found.removeIf(p -> p.field() == DraftField.STORAGE);
            found.add(new DraftProblem(DraftField.STORAGE, notNumber));
        });
        return List.copyOf(found);
    }

    /** "Fix 2 settings: Cluster name, Subnets." or "" when every rule passes. */
    static String summarize(List<DraftProblem> problems) {
        if (problems.isEmpty()) {
            return "";
        }
        Set<String> fields = new LinkedHashSet<>();
        problems.forEach(p -> fields.add(p.destinationField() == null ? p.field().label()
                : (p.logKind() == LogKind.AUTHORIZER ? LogKind.AUTHORIZER.displayName() + ", " : "")
                        + p.destinationField().destination().displayName()));
        return "Fix " + fields.size() + (fields.size() == 1 ? " setting: " : " settings: ")
                + String.join(", ", fields) + ".";
    }

    /** Every problem, in the order of the window's sections. */
    public ObjectBinding<List<DraftProblem>> problems() {
        return problems;
    }

    /** Every field's problems show from now on (Review was pressed). */
    public void revealAll() {
        revealed.set(true);
    }

    /** Whether Review was pressed: the foot of the window then says what to fix. */
    public BooleanProperty revealedProperty() {
        return revealed;
    }

    /** The problems of one field as shown under it: once left or after Review ({@link Shown}). */
    public Shown shown(DraftField field) {
        return shownAt.get(field);
    }

    /** The problems of one field, one per line; "" when it is fine. */
    public StringBinding at(DraftField field) {
        return atField.get(field);
    }

    /** True while no rule is broken: the draft may be reviewed and sent. */
    public BooleanBinding validBinding() {
        return valid;
    }

    /** Which settings still need fixing, for the foot of the window; "" when none. */
    public StringBinding summaryBinding() {
        return summary;
    }
}
