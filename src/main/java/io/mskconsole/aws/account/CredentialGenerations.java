package io.mskconsole.aws.account;

import java.util.function.Supplier;

/**
 * A session's credentials as its calls report on them ({@link CredentialHealthInterceptor}): before the first call
 * (or after the session closed) the generation is the first one to be built.
 */
final class CredentialGenerations implements CredentialHealthInterceptor.Generations {
    private final Supplier<FailureTaggingCredentialsProvider> provider;

    /** @param provider the session's provider built so far, or null */
    CredentialGenerations(Supplier<FailureTaggingCredentialsProvider> provider) {
        this.provider = provider;
    }

    @Override
    public int nextGeneration() {
        FailureTaggingCredentialsProvider now = provider.get();
        return now == null ? 1 : now.nextGeneration();
    }

    @Override
    public boolean isCurrent(int generation) {
        FailureTaggingCredentialsProvider now = provider.get();
        return now != null && now.isCurrent(generation);
    }

    @Override
    public void renewOnNextUse(int generation) {
        FailureTaggingCredentialsProvider now = provider.get();
        if (now != null) {
            now.renewOnNextUse(generation);
        }
    }
}
