package io.mskconsole.testing;

import io.mskconsole.core.destinations.BucketInfo;
import io.mskconsole.core.destinations.Caller;
import io.mskconsole.core.destinations.Decision;
import io.mskconsole.core.destinations.DeliveryStreamInfo;
import io.mskconsole.core.destinations.DestinationGateway;
import io.mskconsole.core.destinations.DestinationServices;
import io.mskconsole.core.destinations.KeyGateway;
import io.mskconsole.core.destinations.KeyInfo;
import io.mskconsole.core.destinations.LogGroupInfo;
import io.mskconsole.core.destinations.Page;
import io.mskconsole.core.destinations.PermissionGateway;
import io.mskconsole.core.destinations.ResourcePolicyInfo;
import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;

/**
 * Destinations, keys and permissions of one region in memory, recording each call ("logGroup /msk/a"), with
 * failures to inject per call name and an optional gate that holds every call until opened.
 */
public class FakeDestinations implements DestinationGateway, KeyGateway, PermissionGateway {
    public final String region;
    public final Map<String, LogGroupInfo> logGroups = new LinkedHashMap<>();
    public final Map<String, BucketInfo> buckets = new LinkedHashMap<>();
    public final Map<String, DeliveryStreamInfo> streams = new LinkedHashMap<>();
    public final List<ResourcePolicyInfo> policies = new ArrayList<>();
    public final Map<String, KeyInfo> keys = new LinkedHashMap<>();
    public final Map<String, String> keyPolicies = new ConcurrentHashMap<>();
    /** Actions the simulator denies (implicitly). */
    public final Set<String> denied = Collections.synchronizedSet(new HashSet<>());
    /** Call name ("simulate", "keyPolicy", ...) → the failure it throws. */
    public final Map<String, GatewayException> failures = new ConcurrentHashMap<>();
    public final List<String> calls = Collections.synchronizedList(new ArrayList<>());
    public Caller caller = new Caller("111122223333", "arn:aws:sts::111122223333:assumed-role/Admin/me",
            "arn:aws:iam::111122223333:role/Admin");
    public int pageSize = 50;
    /** When true, any log group, bucket or stream looked up exists in the region, plain (for tests about other things). */
    public boolean everythingExists;
    /** When set, every call waits for it: to see calls running at the same time. */
    public volatile CountDownLatch gate;

    public FakeDestinations(String region) {
        this.region = region;
    }

    public DestinationServices services() {
        return new DestinationServices(this, this, this);
    }

    public static GatewayException denied(String operation) {
        return new GatewayException(Failure.ACCESS_DENIED, operation, "Access denied to " + operation + ".");
    }

    private void call(String name, String argument) {
        calls.add(name + " " + argument);
        CountDownLatch waitFor = gate;
        if (waitFor != null) {
            try {
                waitFor.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        GatewayException failure = failures.get(name);
        if (failure != null) {
            throw failure;
        }
    }

    public long count(String name) {
        synchronized (calls) {
            return calls.stream().filter(c -> c.startsWith(name + " ")).count();
        }
    }

    @Override
    public String region() {
        return region;
    }

    @Override
    public Page<LogGroupInfo> logGroups(String search, String pageToken) {
        call("logGroups", search + "|" + pageToken);
        List<LogGroupInfo> matching = logGroups.values().stream().filter(g -> search == null || search.isBlank()
                || (search.startsWith("/") ? g.name().startsWith(search) : g.name().contains(search))).toList();
        return page(matching, pageToken);
    }

    @Override
    public Page<BucketInfo> buckets(String pageToken) {
        call("buckets", String.valueOf(pageToken));
        return page(List.copyOf(buckets.values()).stream().map(b -> BucketInfo.listed(b.name(), b.region())).toList(),
                pageToken);
    }

    @Override
    public Page<String> deliveryStreams(String pageToken) {
        call("deliveryStreams", String.valueOf(pageToken));
        return page(List.copyOf(streams.keySet()), pageToken);
    }

    private <T> Page<T> page(List<T> all, String token) {
        int from = token == null ? 0 : Integer.parseInt(token);
        int to = Math.min(all.size(), from + pageSize);
        return new Page<>(all.subList(from, to), to < all.size() ? String.valueOf(to) : null);
    }

    @Override
    public Optional<LogGroupInfo> logGroup(String name) {
        call("logGroup", name);
        if (everythingExists && !logGroups.containsKey(name)) {
            return Optional.of(new LogGroupInfo(name, null, null, 0, null));
        }
        return Optional.ofNullable(logGroups.get(name));
    }

    @Override
    public Optional<BucketInfo> bucket(String name) {
        call("bucket", name);
        if (everythingExists && !buckets.containsKey(name)) {
            return Optional.of(new BucketInfo(name, region, io.mskconsole.core.destinations.BucketEncryption.SSE_S3, null));
        }
        return Optional.ofNullable(buckets.get(name));
    }

    @Override
    public Optional<DeliveryStreamInfo> deliveryStream(String name) {
        call("deliveryStream", name);
        if (everythingExists && !streams.containsKey(name)) {
            return Optional.of(new DeliveryStreamInfo(name, null, DeliveryStreamInfo.DIRECT_PUT, "ACTIVE",
                    Map.of(DeliveryStreamInfo.TAG_KEY, "true")));
        }
        return Optional.ofNullable(streams.get(name));
    }

    @Override
    public List<ResourcePolicyInfo> logResourcePolicies() {
        call("logResourcePolicies", region);
        return List.copyOf(policies);
    }

    @Override
    public void createLogGroup(String name, Integer retentionDays) {
        call("createLogGroup", retentionDays == null ? name : name + " retention " + retentionDays);
        logGroups.put(name, new LogGroupInfo(name, null, retentionDays, 0, null));
    }

    @Override
    public void createBucket(String name) {
        call("createBucket", name);
        buckets.put(name, new BucketInfo(name, region, io.mskconsole.core.destinations.BucketEncryption.SSE_S3, null));
    }

    @Override
    public KeyInfo describeKey(String keyId) {
        call("describeKey", keyId);
        KeyInfo key = keys.get(keyId);
        if (key == null) {
            throw new GatewayException(Failure.NOT_FOUND, "DescribeKey", "Key " + keyId + " does not exist.");
        }
        return key;
    }

    @Override
    public String keyPolicy(String keyArn) {
        call("keyPolicy", keyArn);
        return keyPolicies.get(keyArn);
    }

    @Override
    public void putKeyPolicy(String keyArn, String policyJson) {
        call("putKeyPolicy", keyArn);
        keyPolicies.put(keyArn, policyJson);
    }

    @Override
    public Caller caller() {
        call("caller", "");
        return caller;
    }

    @Override
    public Map<String, Decision> simulate(String principalArn, List<String> actions, String resourceArn,
                                          Map<String, String> context) {
        call("simulate", principalArn + " " + actions + " " + resourceArn + " " + context);
        Map<String, Decision> decisions = new LinkedHashMap<>();
        actions.forEach(a -> decisions.put(a, denied.contains(a) ? Decision.IMPLICIT_DENY : Decision.ALLOWED));
        return decisions;
    }
}
