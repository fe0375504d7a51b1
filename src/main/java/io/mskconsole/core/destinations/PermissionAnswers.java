package io.mskconsole.core.destinations;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;

/**
 * Who an account's caller is and what IAM lets them do, asked once per account and kept until "check again": every
 * editor and Create cluster window of the account, in every region, shares the answers (GetCallerIdentity, GetRole,
 * SimulatePrincipalPolicy), instead of asking at each check. A question asked while the same one runs waits for its
 * answer; a failed question is not kept. Thread-safe.
 */
public final class PermissionAnswers {
    private final ConcurrentMap<List<Object>, CompletableFuture<Object>> answers = new ConcurrentHashMap<>();

    /** The gateway of one region, answering from this account's answers. */
    public PermissionGateway over(PermissionGateway region) {
        return new PermissionGateway() {
            @Override
            public Caller caller() {
                return once(List.of("caller"), region::caller);
            }

            @Override
            public Map<String, Decision> simulate(String principalArn, List<String> actions, String resourceArn,
                                                  Map<String, String> context) {
                List<Object> key = List.of("simulate", principalArn, List.copyOf(actions),
                        resourceArn == null ? "" : resourceArn, context == null ? Map.of() : Map.copyOf(context));
                return once(key, () -> region.simulate(principalArn, actions, resourceArn, context));
            }

            @Override
            public void forgetAnswers() {
                PermissionAnswers.this.forget();
            }
        };
    }

    /** Who the caller is, if it was asked and answered already; never asks. */
    public java.util.Optional<Caller> knownCaller() {
        CompletableFuture<Object> answer = answers.get(List.of("caller"));
        return answer != null && answer.isDone() && !answer.isCompletedExceptionally()
                ? java.util.Optional.of((Caller) answer.join()) : java.util.Optional.empty();
    }

    /** Forgets every answer: the next question is asked again. */
    public void forget() {
        answers.clear();
    }

    @SuppressWarnings("unchecked")
    private <T> T once(List<Object> key, Supplier<T> ask) {
        CompletableFuture<Object> mine = new CompletableFuture<>();
        CompletableFuture<Object> running = answers.putIfAbsent(key, mine);
        if (running == null) {
            try {
                T answer = ask.get();
                mine.complete(answer);
                return answer;
            } catch (RuntimeException | Error failure) {
                answers.remove(key, mine);
                mine.completeExceptionally(failure);
                throw failure;
            }
        }
        try {
            return (T) running.join();
        } catch (CompletionException failed) {
            if (failed.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw failed;
        }
    }
}
