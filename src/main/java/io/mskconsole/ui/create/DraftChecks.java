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
    private final BooleanBinding valid;
    private final StringBinding summary;

    DraftChecks(ClusterForm form, ObservableValue<RegionFacts> facts) {
        problems = Bindings.createObjectBinding(() -> check(form, facts.getValue()), form.valueBinding(), facts);
        for (DraftField field : DraftField.values()) {
            atField.put(field, Bindings.createStringBinding(() -> problems.get().stream()
                    .filter(p -> p.field() == field).map(DraftProblem::message)
                    .collect(Collectors.joining("\n")), problems));
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
