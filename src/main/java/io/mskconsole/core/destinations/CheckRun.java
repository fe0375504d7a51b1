package io.mskconsole.core.destinations;

import io.mskconsole.core.delivery.LogDelivery;
import io.mskconsole.core.delivery.LogKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * One run of the checks for one kind of log of one draft: the services, the shared cache and executor, and the caller
 * and permission lookups every check may wait on. Lookups are cached under keys that name the region and the
 * resource, so a destination serving both kinds is looked up once.
 */
final class CheckRun {
    final DestinationServices services;
    final CheckRequest request;
    final LogKind kind;
    private final CheckCache cache;
    private final Executor executor;
    private CompletableFuture<Permissions> permissions;

    CheckRun(DestinationServices services, CheckCache cache, Executor executor, CheckRequest request, LogKind kind) {
        this.kind = kind;
        this.services = services;
        this.cache = cache;
        this.executor = executor;
        this.request = request;
    }

    /** The delivery of this run's kind. */
    LogDelivery logs() {
        return request.logging().delivery(kind);
    }

    String region() {
        return request.region();
    }

    <T> CompletableFuture<T> lookup(String key, Supplier<T> lookup) {
        return cache.get(key, lookup, executor);
    }

    CompletableFuture<Caller> caller() {
        return lookup("caller", services.permissions()::caller);
    }

    /** What the simulator says about the draft's needs; always completes normally (problems are inside). */
    synchronized CompletableFuture<Permissions> permissions() {
        if (permissions == null) {
            permissions = caller().thenCompose(this::simulateAll)
                    .exceptionally(failure -> Permissions.unknown("Could not tell who you are (GetCallerIdentity): "
                            + reason(failure)));
        }
        return permissions;
    }

    /** One SimulatePrincipalPolicy per resource (and condition keys), for all the needs on it: fewer calls to IAM. */
    private CompletableFuture<Permissions> simulateAll(Caller caller) {
        Map<List<Object>, List<PermissionNeed>> byResource = new LinkedHashMap<>();
        for (PermissionNeed need : PermissionNeeds.of(request, logs(), caller)) {
            byResource.computeIfAbsent(List.of(need.resourceArn(), need.context()), k -> new ArrayList<>()).add(need);
        }
        List<CompletableFuture<Permissions.Answer>> answers = new ArrayList<>();
        for (List<PermissionNeed> group : byResource.values()) {
            Set<String> actions = new LinkedHashSet<>();
            group.forEach(need -> actions.addAll(need.actions()));
            PermissionNeed first = group.get(0);
            CompletableFuture<Permissions.Answer> all = simulate(caller, new PermissionNeed(List.copyOf(actions),
                    first.resourceArn(), first.context(), first.field(), first.required()));
            for (PermissionNeed need : group) {
                answers.add(all.thenApply(answer -> new Permissions.Answer(need, answer.decisions() == null ? null
                        : subset(answer.decisions(), need.actions()), answer.problem())));
            }
        }
        return CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).thenApply(done -> {
            List<Permissions.Answer> all = answers.stream().map(CompletableFuture::join).toList();
            List<String> problems = all.stream().filter(a -> a.problem() != null).map(Permissions.Answer::problem)
                    .distinct().toList();
            return new Permissions(caller, all, problems);
        });
    }

    CompletableFuture<Permissions.Answer> simulate(Caller caller, PermissionNeed need) {
        String key = "simulate:" + caller.principalArn() + "|" + need.resourceArn() + "|" + need.actions()
                + "|" + need.context();
        CompletableFuture<Map<String, Decision>> decisions = lookup(key, () -> services.permissions()
                .simulate(caller.principalArn(), need.actions(), need.resourceArn(), need.context()));
        return decisions.handle((result, failure) -> failure == null
                ? new Permissions.Answer(need, result, null)
                : new Permissions.Answer(need, null, "The IAM policy simulator could not be asked "
                        + "(SimulatePrincipalPolicy) about " + caller.principalArn() + ": " + reason(failure)
                        + (notFound(failure) ? " The role's path could not be read (iam:GetRole may be denied), so "
                        + "its ARN was guessed without one." : "")));
    }

    private static Map<String, Decision> subset(Map<String, Decision> decisions, List<String> actions) {
        Map<String, Decision> mine = new LinkedHashMap<>();
        actions.forEach(action -> {
            if (decisions.containsKey(action)) {
                mine.put(action, decisions.get(action));
            }
        });
        return mine;
    }

    /** The person-facing reason of a failed lookup, without the CompletionException wrapper. */
    static String reason(Throwable failure) {
        Throwable cause = unwrap(failure);
        String message = cause.getMessage();
        return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message.strip();
    }

    private static boolean notFound(Throwable failure) {
        return unwrap(failure) instanceof io.mskconsole.core.errors.GatewayException gateway
                && gateway.failure() == io.mskconsole.core.errors.Failure.NOT_FOUND;
    }

    static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
