package io.mskconsole.aws.destinations;

import io.mskconsole.aws.errors.AwsCall;
import io.mskconsole.aws.errors.AwsService;
import io.mskconsole.core.destinations.BucketInfo;
import io.mskconsole.core.destinations.DeliveryStreamInfo;
import io.mskconsole.core.destinations.DestinationGateway;
import io.mskconsole.core.errors.GatewayException;
import io.mskconsole.core.destinations.LogGroupInfo;
import io.mskconsole.core.destinations.Page;
import io.mskconsole.core.destinations.ResourcePolicyInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.cloudwatchlogs.model.DescribeLogGroupsRequest;
import software.amazon.awssdk.services.cloudwatchlogs.model.DescribeLogGroupsResponse;
import software.amazon.awssdk.services.cloudwatchlogs.model.DescribeResourcePoliciesResponse;
import software.amazon.awssdk.services.cloudwatchlogs.model.LogGroup;
import software.amazon.awssdk.services.firehose.FirehoseClient;
import software.amazon.awssdk.services.firehose.model.DeliveryStreamDescription;
import software.amazon.awssdk.services.firehose.model.ListDeliveryStreamsResponse;
import software.amazon.awssdk.services.firehose.model.ListTagsForDeliveryStreamResponse;
import software.amazon.awssdk.services.firehose.model.ResourceNotFoundException;

/**
 * {@link DestinationGateway} over CloudWatch Logs, S3 and Firehose for one region. Every failure comes out as a
 * {@link io.mskconsole.core.errors.GatewayException} worded by {@link io.mskconsole.aws.errors.AwsFailures}; a client
 * that cannot be had (closed session, unusable region or profile settings) is {@code CONFIGURATION}. Reads use the
 * clients' retry strategy. Thread-safe when the clients are.
 */
public final class AwsDestinationGateway implements DestinationGateway {
    /** The largest page DescribeLogGroups gives. */
    static final int LOG_GROUP_PAGE_SIZE = 50;
    /** Delivery stream names per page of ListDeliveryStreams (the service allows up to 10,000). */
    static final int STREAM_PAGE_SIZE = 100;
    /** The largest page ListTagsForDeliveryStream gives. */
    static final int TAG_PAGE_SIZE = 50;
    /** The largest page DescribeResourcePolicies gives. */
    static final int POLICY_PAGE_SIZE = 50;

    private final DestinationClients clients;
    private final String region;
    private final String profile;
    private final S3Buckets buckets;

    /**
     * @param clients the session's clients, asked on each use (they may be built lazily, and refuse once closed)
     * @param region  the region of the log groups, delivery streams and new buckets
     * @param profile the profile the clients sign with, for messages; null when credentials were given directly
     */
    public AwsDestinationGateway(DestinationClients clients, String region, String profile) {
        this.clients = Objects.requireNonNull(clients, "clients");
        this.region = Objects.requireNonNull(region, "region");
        this.profile = profile;
        this.buckets = new S3Buckets(clients, region, profile);
    }

    @Override
    public String region() {
        return region;
    }

    @Override
    public Page<LogGroupInfo> logGroups(String search, String pageToken) {
        return logs("DescribeLogGroups", null, logs -> {
            DescribeLogGroupsRequest.Builder request = DescribeLogGroupsRequest.builder()
                    .limit(LOG_GROUP_PAGE_SIZE).nextToken(pageToken);
            if (search != null && search.startsWith("/")) {
                request.logGroupNamePrefix(search);
            } else if (search != null && !search.isBlank()) {
                request.logGroupNamePattern(search.strip());
            }
            DescribeLogGroupsResponse page = logs.describeLogGroups(request.build());
            boolean pattern = search != null && !search.isBlank() && !search.startsWith("/");
            return new Page<>(page.logGroups().stream()
                    .map(group -> pattern ? DestinationMapping.nameOnly(group) : DestinationMapping.logGroup(group))
                    .toList(), page.nextToken());
        });
    }

    /**
     * DescribeLogGroups with the name as prefix: the names come sorted, so once a page holds a name after this one,
     * no later page can hold it.
     */
    @Override
    public Optional<LogGroupInfo> logGroup(String name) {
        return logs("DescribeLogGroups", name, logs -> {
            String token = null;
            do {
                String current = token;
                DescribeLogGroupsResponse page = logs.describeLogGroups(r -> r.logGroupNamePrefix(name)
                        .limit(LOG_GROUP_PAGE_SIZE).nextToken(current));
                for (LogGroup group : page.logGroups()) {
                    if (name.equals(group.logGroupName())) {
                        return Optional.of(DestinationMapping.logGroup(group));
                    }
                }
                boolean passed = page.logGroups().stream().anyMatch(g -> g.logGroupName().compareTo(name) > 0);
                token = passed ? null : page.nextToken();
            } while (token != null);
            return Optional.empty();
        });
    }

    @Override
    public List<ResourcePolicyInfo> logResourcePolicies() {
        return logs("DescribeResourcePolicies", null, logs -> {
            List<ResourcePolicyInfo> policies = new ArrayList<>();
            String token = null;
            do {
                String next = token;
                DescribeResourcePoliciesResponse page =
                        logs.describeResourcePolicies(r -> r.limit(POLICY_PAGE_SIZE).nextToken(next));
                page.resourcePolicies().forEach(p -> policies.add(DestinationMapping.resourcePolicy(p)));
                token = page.nextToken() == null || page.nextToken().isEmpty() ? null : page.nextToken();
            } while (token != null);
            return List.copyOf(policies);
        });
    }

    @Override
    public void createLogGroup(String name, Integer retentionDays) {
        logs("CreateLogGroup", name, logs -> logs.createLogGroup(r -> r.logGroupName(name)));
        if (retentionDays == null) {
            return;
        }
        try {
            logs("PutRetentionPolicy", name, logs -> logs.putRetentionPolicy(r -> r.logGroupName(name)
                    .retentionInDays(retentionDays)));
        } catch (GatewayException notSet) {
            throw new GatewayException(notSet.failure(), "PutRetentionPolicy", "Created log group " + name
                    + ", but its retention could not be set to " + retentionDays + " days: " + notSet.getMessage()
                    + " Its events are kept until a retention is set (CloudWatch console or aws logs "
                    + "put-retention-policy).", null, notSet);
        }
    }

    @Override
    public Page<BucketInfo> buckets(String pageToken) {
        return buckets.buckets(pageToken);
    }

    @Override
    public Optional<BucketInfo> bucket(String name) {
        return buckets.bucket(name);
    }

    @Override
    public void createBucket(String name) {
        buckets.createBucket(name);
    }

    /** The page token is the last name of the previous page (ExclusiveStartDeliveryStreamName). */
    @Override
    public Page<String> deliveryStreams(String pageToken) {
        return firehose("ListDeliveryStreams", null, firehose -> {
            ListDeliveryStreamsResponse page = firehose.listDeliveryStreams(r -> r.limit(STREAM_PAGE_SIZE)
                    .exclusiveStartDeliveryStreamName(pageToken));
            List<String> names = page.deliveryStreamNames();
            boolean more = Boolean.TRUE.equals(page.hasMoreDeliveryStreams()) && !names.isEmpty();
            return new Page<>(names, more ? names.get(names.size() - 1) : null);
        });
    }

    /**
     * DescribeDeliveryStream, then ListTagsForDeliveryStream page by page. When the tags cannot be read (access
     * denied, throttled after the retries, ...) the stream is still returned, with no tags and
     * {@link DeliveryStreamInfo#tagsKnown()} false; a failure of DescribeDeliveryStream, or a client that cannot be
     * had (closed session), fails the lookup.
     */
    @Override
    public Optional<DeliveryStreamInfo> deliveryStream(String name) {
        Optional<DeliveryStreamDescription> description = firehose("DescribeDeliveryStream", name, firehose -> {
            try {
                return Optional.of(firehose.describeDeliveryStream(r -> r.deliveryStreamName(name))
                        .deliveryStreamDescription());
            } catch (ResourceNotFoundException absent) {
                return Optional.empty();
            }
        });
        return description.map(found -> tags(name)
                .map(tags -> DestinationMapping.deliveryStream(name, found, tags, true))
                .orElseGet(() -> DestinationMapping.deliveryStream(name, found, Map.of(), false)));
    }

    /** Every tag of the stream, or empty when they could not be read (never a partial set). */
    private Optional<Map<String, String>> tags(String name) {
        AwsCall where = AwsCall.of(AwsService.FIREHOSE, "ListTagsForDeliveryStream", region, profile, null)
                .forResource("delivery stream", name);
        return SdkCalls.call(where, () -> clients.firehose(region), firehose -> {
            Map<String, String> tags = new LinkedHashMap<>();
            String after = null;
            while (true) {
                String start = after;
                ListTagsForDeliveryStreamResponse page = firehose.listTagsForDeliveryStream(r -> r
                        .deliveryStreamName(name).limit(TAG_PAGE_SIZE).exclusiveStartTagKey(start));
                page.tags().forEach(tag -> tags.put(tag.key(), tag.value() == null ? "" : tag.value()));
                if (!Boolean.TRUE.equals(page.hasMoreTags()) || page.tags().isEmpty()) {
                    return Optional.of(tags);
                }
                after = page.tags().get(page.tags().size() - 1).key();
            }
        }, unreadable -> Optional.empty());
    }

    private <T> T logs(String operation, String logGroup, Function<CloudWatchLogsClient, T> action) {
        AwsCall where = AwsCall.of(AwsService.CLOUDWATCH_LOGS, operation, region, profile, null);
        return SdkCalls.call(logGroup == null ? where : where.forResource("log group", logGroup),
                () -> clients.logs(region), action);
    }

    private <T> T firehose(String operation, String stream, Function<FirehoseClient, T> action) {
        AwsCall where = AwsCall.of(AwsService.FIREHOSE, operation, region, profile, null);
        return SdkCalls.call(stream == null ? where : where.forResource("delivery stream", stream),
                () -> clients.firehose(region), action);
    }
}
