package io.mskconsole.core.signin;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * One lock per login, held while its cached token is read and replaced (a refresh, a sign-in, a sign-out), so a
 * refresh in flight cannot write back a token a sign-out has just removed. Also counts each login's sign-ins and
 * sign-outs, so work that began before one can tell its answer is out of date.
 */
final class LoginLocks {
    private final ConcurrentMap<String, Object> locks = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Integer> generations = new ConcurrentHashMap<>();

    Object of(SsoLogin login) {
        return locks.computeIfAbsent(login.cacheKey(), key -> new Object());
    }

    /** How many times the login was signed in or out in this run. */
    int generation(SsoLogin login) {
        return generations.getOrDefault(login.cacheKey(), 0);
    }

    /** A sign-in or sign-out: answers asked for before it are out of date. Called holding {@link #of}. */
    void changed(SsoLogin login) {
        generations.merge(login.cacheKey(), 1, Integer::sum);
    }
}
