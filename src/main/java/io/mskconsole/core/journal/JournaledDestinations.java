package io.mskconsole.core.journal;

import io.mskconsole.core.destinations.BucketInfo;
import io.mskconsole.core.destinations.DeliveryStreamInfo;
import io.mskconsole.core.destinations.DestinationGateway;
import io.mskconsole.core.destinations.DestinationServices;
import io.mskconsole.core.destinations.KeyGateway;
import io.mskconsole.core.destinations.KeyInfo;
import io.mskconsole.core.destinations.LogGroupInfo;
import io.mskconsole.core.destinations.Page;
import io.mskconsole.core.destinations.ResourcePolicyInfo;
import java.util.List;
import java.util.Optional;

/**
 * An account's destination services whose changes go to its {@link ChangeJournal}: each log group and bucket
 * created and each key policy put, one line each. Lookups pass through untouched.
 */
final class JournaledDestinations {
    private JournaledDestinations() {
    }

    static DestinationServices over(DestinationServices services, ChangeJournal journal) {
        return new DestinationServices(destinations(services.destinations(), journal), keys(services.keys(), journal),
                services.permissions());
    }

    private static DestinationGateway destinations(DestinationGateway gateway, ChangeJournal journal) {
        return new DestinationGateway() {
            @Override
            public String region() {
                return gateway.region();
            }

            @Override
            public Page<LogGroupInfo> logGroups(String search, String pageToken) {
                return gateway.logGroups(search, pageToken);
            }

            @Override
            public Page<BucketInfo> buckets(String pageToken) {
                return gateway.buckets(pageToken);
            }

            @Override
            public Page<String> deliveryStreams(String pageToken) {
                return gateway.deliveryStreams(pageToken);
            }

            @Override
            public Optional<LogGroupInfo> logGroup(String name) {
                return gateway.logGroup(name);
            }

            @Override
            public Optional<BucketInfo> bucket(String name) {
                return gateway.bucket(name);
            }

            @Override
            public Optional<DeliveryStreamInfo> deliveryStream(String name) {
                return gateway.deliveryStream(name);
            }

            @Override
            public List<ResourcePolicyInfo> logResourcePolicies() {
                return gateway.logResourcePolicies();
            }

            @Override
            public void createLogGroup(String name, Integer retentionDays) {
                gateway.createLogGroup(name, retentionDays);
                journal.record("Created log group " + name, retentionDays == null ? "events kept for ever"
                        : "events kept " + retentionDays + " days");
            }

            @Override
            public void createBucket(String name) {
                gateway.createBucket(name);
                journal.record("Created bucket " + name, "S3's defaults (Block Public Access, SSE-S3)");
            }
        };
    }

    private static KeyGateway keys(KeyGateway gateway, ChangeJournal journal) {
        return new KeyGateway() {
            @Override
            public KeyInfo describeKey(String keyId) {
                return gateway.describeKey(keyId);
            }

            @Override
            public String keyPolicy(String keyArn) {
                return gateway.keyPolicy(keyArn);
            }

            @Override
            public void putKeyPolicy(String keyArn, String policyJson) {
                gateway.putKeyPolicy(keyArn, policyJson);
                journal.record("Put the key policy of " + keyArn, "the log delivery statement added ("
                        + policyJson.length() + " characters)");
            }
        };
    }
}
