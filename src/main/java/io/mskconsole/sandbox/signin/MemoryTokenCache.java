package io.mskconsole.sandbox.signin;

import io.mskconsole.core.signin.SsoLogin;
import io.mskconsole.core.signin.SsoToken;
import io.mskconsole.core.signin.TokenCache;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The Sandbox's token cache: in memory, so its sample sign-in never touches the AWS CLI's files. */
final class MemoryTokenCache implements TokenCache {
    private final Map<String, SsoToken> tokens = new ConcurrentHashMap<>();

    @Override
    public Optional<SsoToken> read(SsoLogin login) {
        return Optional.ofNullable(tokens.get(login.cacheKey()));
    }

    @Override
    public void write(SsoLogin login, SsoToken token) {
        tokens.put(login.cacheKey(), token);
    }

    @Override
    public boolean delete(SsoLogin login) {
        return tokens.remove(login.cacheKey()) != null;
    }
}
