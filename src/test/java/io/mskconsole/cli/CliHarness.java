package io.mskconsole.cli;

import io.mskconsole.core.account.Accounts;
import io.mskconsole.core.account.Account;
import io.mskconsole.core.account.Session;
import io.mskconsole.core.clusters.ClusterState;
import io.mskconsole.core.clusters.MonitoringSettings;
import io.mskconsole.core.destinations.BucketEncryption;
import io.mskconsole.core.destinations.BucketInfo;
import io.mskconsole.core.destinations.DeliveryStreamInfo;
import io.mskconsole.core.destinations.LogGroupInfo;
import io.mskconsole.core.levels.RaisedLevelStore;
import io.mskconsole.core.delivery.LogDelivery;
import io.mskconsole.core.delivery.CloudWatchLogsDestination;
import io.mskconsole.core.delivery.FirehoseDestination;
import io.mskconsole.core.delivery.S3Destination;
import io.mskconsole.core.trail.Ticker;
import io.mskconsole.testing.FakeAccounts;
import io.mskconsole.testing.FakeDestinations;
import io.mskconsole.testing.FakeMsk;
import io.mskconsole.testing.FakeSession;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * Runs commands the way the launcher does, against a profile "prod" (us-east-1 by default, with clusters in
 * us-east-1) and a Sandbox, capturing what they print.
 */
final class CliHarness {
    static final String PROD_ARN = "arn:aws:kafka:us-east-1:123456789012:cluster/prod-events/0a1b2c3d-1111-2222-3333-444455556666-1";
    static final String BUSY_ARN = "arn:aws:kafka:us-east-1:123456789012:cluster/batch-jobs/0a1b2c3d-7777-8888-9999-000011112222-2";
    static final String SERVERLESS_ARN = "arn:aws:kafka:us-east-1:123456789012:cluster/adhoc-analytics/0a1b2c3d-aaaa-bbbb-cccc-ddddeeeeffff-s1";
    static final String SANDBOX_ARN = "arn:aws:kafka:eu-west-1:000000000000:cluster/sandbox-demo/5a5a5a5a-0000-1111-2222-333344445555-1";
    static final MonitoringSettings PROD_MONITORING = FakeMsk.MONITORING;
    /** The first line the checks print for cluster prod-events when they find nothing. */
    static final String PROD_CHECKED = "Checked log delivery of prod-events in us-east-1: No problems found";

    final FakeAccounts profiles = new FakeAccounts();
    final FakeSession prod = profiles.session(Account.profile("prod"), "us-east-1");
    final FakeSession sandbox = profiles.session(Account.SANDBOX, "eu-west-1");
    final Path workingDirectory;
    Interrupts interrupts = Interrupts.NONE;
    /** "Now" for the commands; null for the system's clock. */
    Clock clock;
    /** The trail's pacing; null for the system's (real waits). */
    Ticker ticker;
    String stdin = "";
    /** The environment variables the commands see. */
    final Map<String, String> variables = new java.util.HashMap<>();
    /** Where {@code loggers set} records raised levels. */
    RaisedLevelStore raisedLevels = RaisedLevelStore.inMemory();
    /** Where {@code trail --s3} keeps the files it read: none unless a test gives one. */
    io.mskconsole.core.trailcache.TrailFileCache trailCache = io.mskconsole.core.trailcache.TrailFileCache.NONE;
    /** Where {@code trail} keeps records' texts and LookupEvents' answers; the heap and nothing by default. */
    io.mskconsole.core.trail.TrailKeeping keeping = io.mskconsole.core.trail.TrailKeeping.HEAP;
    /** When set, --sandbox opens this (e.g. a real SandboxSession) instead of the fake {@link #sandbox}. */
    Session sandboxSession;
    /** The Sandbox's sample IAM Identity Center sign-in, or null for none. */
    Accounts.SandboxSignIn sandboxSignIn;

    record Result(int exitCode, String out, String err) {
    }

    CliHarness(Path workingDirectory) {
        this.workingDirectory = workingDirectory;
        profiles.sessions.put("prod", prod);
        profiles.defaultProfile = "prod";
        prod.region("us-east-1")
                .put(FakeMsk.provisioned(PROD_ARN, "prod-events", ClusterState.ACTIVE, "K3AEGXETSR30VB",
                        new LogDelivery(CloudWatchLogsDestination.to("/msk/prod-events"), S3Destination.OFF,
                                FirehoseDestination.OFF)))
                .put(FakeMsk.provisioned(BUSY_ARN, "batch-jobs", ClusterState.UPDATING, "K2BUSY", LogDelivery.NONE))
                .put(FakeMsk.serverless(SERVERLESS_ARN, "adhoc-analytics", "KSLS1"));
        prod.region("eu-west-1");
        // The destinations the tests' files name exist, and the caller may do everything: the checks find nothing.
        prodDestinations().logGroups.put("/msk/prod-events",
                new LogGroupInfo("/msk/prod-events", null, 30, 0, null));
        prodDestinations().buckets.put("msk-broker-logs-123",
                new BucketInfo("msk-broker-logs-123", "us-east-1", BucketEncryption.SSE_S3, null));
        prodDestinations().streams.put("msk-logs", new DeliveryStreamInfo("msk-logs",
                "arn:aws:firehose:us-east-1:123456789012:deliverystream/msk-logs", DeliveryStreamInfo.DIRECT_PUT,
                "ACTIVE", Map.of(DeliveryStreamInfo.TAG_KEY, "true")));
        sandbox.fakeDestinations("eu-west-1").logGroups.put("/msk/demo", new LogGroupInfo("/msk/demo", null, null, 0,
                null));
        sandbox.region("eu-west-1").put(FakeMsk.provisioned(SANDBOX_ARN, "sandbox-demo", ClusterState.ACTIVE, "SBX1",
                LogDelivery.NONE));
    }

    FakeMsk prodMsk() {
        return prod.regions.get("us-east-1");
    }

    /** The destinations, keys and permissions of profile prod in us-east-1. */
    FakeDestinations prodDestinations() {
        return prod.fakeDestinations("us-east-1");
    }

    /** The environment a run gets, its streams going nowhere. */
    CliEnvironment environment() {
        return environment(new ByteArrayOutputStream(), new ByteArrayOutputStream());
    }

    Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CliEnvironment env = environment(out, err);
        int code = MskConsoleCli.run(args, env);
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private CliEnvironment environment(ByteArrayOutputStream out, ByteArrayOutputStream err) {
        return new CliEnvironment(new Accounts(profiles,
                () -> sandboxSession != null ? sandboxSession : sandbox, sandboxSignIn),
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                workingDirectory, Duration.ofMillis(1), interrupts, clock, ticker, variables, raisedLevels, trailCache,
                keeping);
    }
}
