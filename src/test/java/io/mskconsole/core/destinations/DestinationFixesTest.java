package io.mskconsole.core.destinations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.delivery.LogDelivery;
import io.mskconsole.core.delivery.CloudWatchLogsDestination;
import io.mskconsole.testing.FakeDestinations;
import org.junit.jupiter.api.Test;

class DestinationFixesTest {
    static final String KEY = DestinationChecksTest.KEY;
    final FakeDestinations aws = new FakeDestinations("eu-west-1");
    final CheckCache cache = new CheckCache();
    final DestinationFixes fixes = new DestinationFixes(aws.services(), cache);

    @Test
    void creatingALogGroupMakesTheNextCheckReadItAgainAndPass() {
        LogDelivery logs = LogDelivery.NONE.withCloudWatchLogs(CloudWatchLogsDestination.to("/msk/new"));
        DestinationChecks checks = new DestinationChecks(aws.services(), cache, Runnable::run);
        CheckRequest request = new CheckRequest(new DeliveryContext("eu-west-1", false, false), logs, null);
        assertThat(checks.run(request, Cancellation.none()).blocksApply()).isTrue();

        fixes.createLogGroup("/msk/new", 30);

        assertThat(aws.calls).contains("createLogGroup /msk/new retention 30");
        assertThat(checks.run(request, Cancellation.none()).blocksApply()).isFalse();
        assertThat(aws.count("logGroup")).isEqualTo(2);
    }

    @Test
    void creatingABucketForgetsItsLookup() {
        cache.get(Keys.bucket("b1"), () -> java.util.Optional.empty(), Runnable::run);
        fixes.createBucket("b1");
        assertThat(aws.calls).containsExactly("createBucket b1");
        assertThat(cache.size()).isZero();
    }

    @Test
    void theKeyStatementIsShownBeforeItIsSentAndSentOnce() {
        aws.keyPolicies.put(KEY, DestinationChecksTest.PLAIN_POLICY);

        KeyPolicyChange change = fixes.prepareKeyStatement(KEY);
        assertThat(change.changes()).isTrue();
        assertThat(aws.count("putKeyPolicy")).isZero();
        assertThat(KeyPolicyMerge.allowsLogDelivery(change.after())).isTrue();

        fixes.putKeyStatement(change);
        assertThat(aws.keyPolicies.get(KEY)).isEqualTo(change.after());
        assertThat(fixes.prepareKeyStatement(KEY).changes()).isFalse();
    }

    @Test
    void aKeyPolicyChangedSinceItWasShownIsNotOverwritten() {
        aws.keyPolicies.put(KEY, DestinationChecksTest.PLAIN_POLICY);
        KeyPolicyChange change = fixes.prepareKeyStatement(KEY);
        aws.keyPolicies.put(KEY, DestinationChecksTest.PLAIN_POLICY.replace("kms:*", "kms:Describe*"));

        assertThatThrownBy(() -> fixes.putKeyStatement(change)).hasMessageContaining("changed since it was shown");
        assertThat(aws.count("putKeyPolicy")).isZero();
    }

    @Test
    void theDiffShowsOnlyTheAddedStatement() {
        aws.keyPolicies.put(KEY, DestinationChecksTest.PLAIN_POLICY);
        String diff = PolicyDiff.of(fixes.prepareKeyStatement(KEY));

        assertThat(diff).startsWith("--- key policy (now)\n+++ key policy (after)");
        assertThat(diff.lines().filter(l -> l.startsWith("-") && !l.startsWith("---"))).isEmpty();
        assertThat(diff.lines().filter(l -> l.startsWith("+") && !l.startsWith("+++")))
                .anySatisfy(l -> assertThat(l).contains("delivery.logs.amazonaws.com"))
                .anySatisfy(l -> assertThat(l).contains("Allow Amazon MSK to use the key."));
    }
}
