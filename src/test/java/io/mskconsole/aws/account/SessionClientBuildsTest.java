package io.mskconsole.aws.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mskconsole.aws.StubAccount;
import io.mskconsole.aws.errors.SessionClosedException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * How the session builds its clients when several threads need them at once (the first check run wants S3, IAM,
 * STS, CloudWatch Logs, Firehose and KMS together): clients of different services are built at the same time, each
 * exactly once, and every one is closed by {@link AwsSession#close()}, also one still being built when it is called.
 * Nothing is sent: the clients are only built.
 */
class SessionClientBuildsTest {
    static final long WAIT_SECONDS = 10;

    @TempDir
    Path dir;

    final ExecutorService pool = Executors.newCachedThreadPool();

    @AfterEach
    void stopThreads() throws InterruptedException {
        pool.shutdownNow();
        assertThat(pool.awaitTermination(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
    }

    /**
     * The session's real client builders, each client wrapped to count its builds and closes by "service region".
     * In the building thread, with that key, {@code beforeBuild} runs before each build (before the session's
     * credentials are asked for) and {@code afterBuild} once the client is built and counted, before it is returned.
     */
    static final class WatchedClients extends ServiceClients {
        final Map<String, AtomicInteger> builds = new ConcurrentHashMap<>();
        final Map<String, AtomicInteger> closes = new ConcurrentHashMap<>();
        volatile Consumer<String> beforeBuild = key -> { };
        volatile Consumer<String> afterBuild = key -> { };

        WatchedClients(String profile, ProfileFile file, AwsClientSettings settings,
                       ServiceClients.Shared shared) {
            super(profile, file, settings, Map.of(), shared);
        }

        @Override
        S3Client s3(Region region) {
            return watch("s3", region, S3Client.class, () -> super.s3(region));
        }

        @Override
        IamClient iam(Region region) {
            return watch("iam", region, IamClient.class, () -> super.iam(region));
        }

        @Override
        CloudWatchLogsClient logs(Region region) {
            return watch("logs", region, CloudWatchLogsClient.class, () -> super.logs(region));
        }

        @Override
        StsClient sts(Region region) {
            return watch("sts", region, StsClient.class, () -> super.sts(region));
        }

        private <C extends SdkClient> C watch(String service, Region region, Class<C> type, Supplier<C> build) {
            String key = service + " " + region.id();
            beforeBuild.accept(key);
            C real = build.get();
            builds.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
            C watched = type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                    (proxy, method, args) -> {
                        if (method.getName().equals("close") && method.getParameterCount() == 0) {
                            closes.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
                        }
                        try {
                            return method.invoke(real, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    }));
            afterBuild.accept(key);
            return watched;
        }

        int builds(String key) {
            return builds.getOrDefault(key, new AtomicInteger()).get();
        }

        int closes(String key) {
            return closes.getOrDefault(key, new AtomicInteger()).get();
        }
    }

    WatchedClients watched;

    @Test
    void commandsNameTheProfileOnlyWhenTheSharedFilesHoldIt() {
        StubAccount.write(dir.resolve("config"), "[profile p]\nregion = us-east-1\n");
        ProfileFile file = ProfileFile.builder().content(dir.resolve("config")).type(ProfileFile.Type.CONFIGURATION)
                .build();
        AwsClientSettings settings = AwsClientSettings.forStub(URI.create("http://127.0.0.1:9"));
        Map<String, String> environment = Map.of("AWS_ACCESS_KEY_ID", "AKIDEXAMPLE");
        try (AwsSession named = new AwsSession("p", file, environment, settings);
             AwsSession fromEnvironment = new AwsSession("default", file, environment, settings)) {
            assertThat(named.cliAccount()).isEqualTo(io.mskconsole.core.commandline.CliAccount.named("p"));
            assertThat(named.regionName("ap-northeast-3")).as("from the SDK's region metadata")
                    .isEqualTo("Asia Pacific (Osaka)");
            assertThat(named.regionName("xx-nowhere-9")).isEmpty();
            assertThat(fromEnvironment.cliAccount()).as("no [default] in the files: the AWS CLI would refuse it")
                    .isEqualTo(io.mskconsole.core.commandline.CliAccount.AS_FOUND);
        }
    }

    AwsSession open() {
        StubAccount.write(dir.resolve("config"), "[profile p]\nregion = us-east-1\n");
        ProfileFile file = ProfileFile.builder().content(dir.resolve("config")).type(ProfileFile.Type.CONFIGURATION)
                .build();
        AwsClientSettings settings = AwsClientSettings.forStub(URI.create("http://127.0.0.1:9"));
        return new AwsSession("p", file, () -> file, Map.of(), settings, credentials -> {
            watched = new WatchedClients("p", file, settings, credentials);
            return watched;
        });
    }

    static void await(CountDownLatch latch) {
        try {
            if (!latch.await(WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new AssertionError("waited " + WAIT_SECONDS + " s in vain");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    static Throwable failureOf(Future<?> future) throws InterruptedException {
        try {
            future.get(WAIT_SECONDS, TimeUnit.SECONDS);
            return null;
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the call did not end", e);
        }
    }

    @Test
    void clientsOfTwoServicesAreBuiltAtTheSameTimeEachOnceAndAllClosedAtClose() throws Exception {
        AwsSession session = open();
        var clients = session.destinationClients();
        CountDownLatch bothBuilding = new CountDownLatch(2);
        AtomicBoolean overlapped = new AtomicBoolean(true);
        watched.beforeBuild = key -> {
            bothBuilding.countDown();
            try {
                // each build waits until the other one has started: this only ends well if they run at once
                if (!bothBuilding.await(WAIT_SECONDS, TimeUnit.SECONDS)) {
                    overlapped.set(false);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        CountDownLatch go = new CountDownLatch(1);
        List<Future<SdkClient>> s3 = new ArrayList<>();
        List<Future<SdkClient>> iam = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            s3.add(pool.submit(whenGo(go, () -> (SdkClient) clients.s3("us-east-1"))));
            iam.add(pool.submit(whenGo(go, () -> (SdkClient) clients.iam("us-east-1"))));
        }

        go.countDown();
        Set<SdkClient> s3Seen = ConcurrentHashMap.newKeySet();
        Set<SdkClient> iamSeen = ConcurrentHashMap.newKeySet();
        for (int i = 0; i < 4; i++) {
            s3Seen.add(s3.get(i).get(2 * WAIT_SECONDS, TimeUnit.SECONDS));
            iamSeen.add(iam.get(i).get(2 * WAIT_SECONDS, TimeUnit.SECONDS));
        }

        assertThat(overlapped).as("the S3 and IAM clients were built at the same time").isTrue();
        assertThat(s3Seen).as("every thread got the same S3 client").hasSize(1);
        assertThat(iamSeen).hasSize(1);
        assertThat(watched.builds).containsOnlyKeys("s3 us-east-1", "iam aws-global");
        assertThat(watched.builds("s3 us-east-1")).isEqualTo(1);
        assertThat(watched.builds("iam aws-global")).isEqualTo(1);
        assertThat(clients.s3("us-east-1")).isSameAs(s3Seen.iterator().next());
        assertThat(session.clientCount()).isEqualTo(2);
        assertThat(watched.closes).isEmpty();

        session.close();

        assertThat(watched.closes("s3 us-east-1")).isEqualTo(1);
        assertThat(watched.closes("iam aws-global")).isEqualTo(1);
        assertThat(session.clientCount()).isZero();
        assertThatThrownBy(() -> clients.s3("us-east-1")).isInstanceOf(SessionClosedException.class);
        assertThatThrownBy(() -> clients.sts("us-east-1")).isInstanceOf(SessionClosedException.class);
        assertThat(watched.builds("s3 us-east-1")).as("nothing is built after close").isEqualTo(1);
        assertThat(watched.builds).doesNotContainKey("sts us-east-1");
    }

    @Test
    void aClientBeingBuiltWhenTheSessionClosesIsClosedOnceBuiltAndNotHandedOut() throws Exception {
        AwsSession session = open();
        var clients = session.destinationClients();
        clients.logs("us-east-1");
        CountDownLatch building = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        watched.afterBuild = key -> {
            if (key.startsWith("s3 ")) {
                building.countDown();
                await(finish);
            }
        };
        Future<S3Client> s3 = pool.submit(() -> clients.s3("eu-west-1"));
        await(building);

        CompletableFuture.runAsync(session::close, pool).get(WAIT_SECONDS, TimeUnit.SECONDS);

        assertThat(watched.closes("logs us-east-1")).as("a client built before close").isEqualTo(1);
        assertThat(watched.closes("s3 eu-west-1")).as("close does not wait for the build to end").isZero();
        finish.countDown();
        assertThat(failureOf(s3)).as("the client built during close is not handed out")
                .isInstanceOf(SessionClosedException.class).hasMessageContaining("profile p");
        assertThat(watched.builds("s3 eu-west-1")).isEqualTo(1);
        assertThat(watched.closes("s3 eu-west-1")).as("and it is closed, once").isEqualTo(1);
        assertThat(session.clientCount()).isZero();
        assertThatThrownBy(() -> clients.s3("eu-west-1")).isInstanceOf(SessionClosedException.class);
        assertThatThrownBy(() -> session.client("us-east-1")).isInstanceOf(SessionClosedException.class);
        assertThat(watched.builds).containsOnlyKeys("logs us-east-1", "s3 eu-west-1");
    }

    @Test
    void aBuildThatAsksForCredentialsAfterCloseIsRefusedAndSoAreTheThreadsWaitingForIt() throws Exception {
        AwsSession session = open();
        var clients = session.destinationClients();
        CountDownLatch building = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        watched.beforeBuild = key -> {
            building.countDown();
            await(finish);
        };
        List<Future<StsClient>> waiting = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            waiting.add(pool.submit(() -> clients.sts("us-east-1")));
        }
        await(building);

        session.close();
        finish.countDown();

        for (Future<StsClient> call : waiting) {
            assertThat(failureOf(call)).isInstanceOf(SessionClosedException.class);
        }
        assertThat(watched.builds).as("no client was built, so none can be left open").isEmpty();
        assertThat(session.clientCount()).isZero();
        assertThatThrownBy(() -> clients.sts("us-east-1")).isInstanceOf(SessionClosedException.class);
        assertThat(watched.builds).isEmpty();
    }

    private static <T> Callable<T> whenGo(CountDownLatch go, Callable<T> call) {
        return () -> {
            await(go);
            return call.call();
        };
    }
}
