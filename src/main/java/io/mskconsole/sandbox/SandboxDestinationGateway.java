package io.mskconsole.sandbox;

import io.mskconsole.core.destinations.BucketInfo;
import io.mskconsole.core.destinations.DeliveryStreamInfo;
import io.mskconsole.core.destinations.DestinationGateway;
import io.mskconsole.core.destinations.LogGroupInfo;
import io.mskconsole.core.destinations.Page;
import io.mskconsole.core.destinations.ResourcePolicyInfo;
import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The broker log destinations of one Sandbox region, answered from the world's current inventory. Listings come in
 * pages of {@code pageSize} with a token; searches, names and refusals follow CloudWatch Logs, S3 and Firehose:
 * a log group search that starts with "/" is a name prefix (DescribeLogGroups' logGroupNamePrefix), any other is a
 * substring (logGroupNamePattern); both are case-sensitive, as the CloudWatch Logs API reference says, and refused
 * when they hold a character no log group name can have. Created log groups and buckets join the world, so a later
 * lookup or UpdateMonitoring finds them.
 */
final class SandboxDestinationGateway implements DestinationGateway {
    private static final Pattern LOG_GROUP_CHARACTERS = Pattern.compile("[.\\-_/#A-Za-z0-9]+");
    private static final Pattern BUCKET_NAME = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");
    private static final Pattern IP_ADDRESS = Pattern.compile("\\d+\\.\\d+\\.\\d+\\.\\d+");
    private static final int MAX_LOG_GROUP_NAME = 512;

    private final SandboxWorld world;
    private final String region;
    private final SandboxLatency latency;
    private final int pageSize;

    /** A gateway whose listings come in pages of {@link SandboxPaging#DEFAULT_PAGE_SIZE}. */
    SandboxDestinationGateway(SandboxWorld world, String region, SandboxLatency latency) {
        this(world, region, latency, SandboxPaging.DEFAULT_PAGE_SIZE);
    }

    /** @param pageSize items per page of every listing, 1 to {@value SandboxPaging#MAX_PAGE_SIZE} */
    SandboxDestinationGateway(SandboxWorld world, String region, SandboxLatency latency, int pageSize) {
        this.world = Objects.requireNonNull(world, "world");
        this.region = Objects.requireNonNull(region, "region");
        this.latency = Objects.requireNonNull(latency, "latency");
        this.pageSize = SandboxPaging.checkedPageSize(pageSize);
    }

    @Override
    public String region() {
        return region;
    }

    @Override
    public Page<LogGroupInfo> logGroups(String search, String pageToken) {
        String operation = "DescribeLogGroups";
        latency.pause(operation);
        String text = search == null ? "" : search.strip();
        Predicate<String> matches;
        String listing;
        if (text.isEmpty()) {
            matches = name -> true;
            listing = operation + " " + region;
        } else {
            boolean prefix = text.startsWith("/");
            String parameter = prefix ? "logGroupNamePrefix" : "logGroupNamePattern";
            checkLogGroupText(operation, parameter, text);
            matches = prefix ? name -> name.startsWith(text) : name -> name.contains(text);
            listing = operation + " " + region + " " + parameter + " " + text;
        }
        List<SandboxLogGroup> found = world.inventory().logGroupDetails(region).stream()
                .filter(group -> matches.test(group.name())).toList();
        String account = world.accountId();
        return SandboxPaging.page(found, SandboxLogGroup::name, group -> group.info(account), listing, pageToken,
                pageSize, operation);
    }

    @Override
    public Page<BucketInfo> buckets(String pageToken) {
        latency.pause("ListBuckets");
        return SandboxPaging.page(world.inventory().buckets(), SandboxBucket::name,
                bucket -> BucketInfo.listed(bucket.name(), bucket.region()), "ListBuckets", pageToken, pageSize,
                "ListBuckets");
    }

    @Override
    public Page<String> deliveryStreams(String pageToken) {
        String operation = "ListDeliveryStreams";
        latency.pause(operation);
        return SandboxPaging.page(world.inventory().deliveryStreams(region), name -> name, name -> name,
                operation + " " + region, pageToken, pageSize, operation);
    }

    @Override
    public Optional<LogGroupInfo> logGroup(String name) {
        latency.pause("DescribeLogGroups");
        return name == null ? Optional.empty() : world.inventory().logGroup(region, name)
                .map(group -> group.info(world.accountId()));
    }

    @Override
    public Optional<BucketInfo> bucket(String name) {
        latency.pause("GetBucketEncryption");
        return name == null ? Optional.empty() : world.inventory().bucket(name).map(SandboxBucket::info);
    }

    @Override
    public Optional<DeliveryStreamInfo> deliveryStream(String name) {
        latency.pause("DescribeDeliveryStream");
        return name == null ? Optional.empty()
                : world.inventory().deliveryStream(region, name).map(stream -> stream.info(world.accountId()));
    }

    @Override
    public List<ResourcePolicyInfo> logResourcePolicies() {
        latency.pause("DescribeResourcePolicies");
        return world.inventory().resourcePolicies(region).stream().map(SandboxLogPolicy::info).toList();
    }

    @Override
    public void createLogGroup(String name, Integer retentionDays) {
        String operation = "CreateLogGroup";
        latency.pause(operation);
        String text = name == null ? "" : name;
        checkLogGroupText(operation, "logGroupName", text);
        if (text.startsWith("aws/")) {
            String service = "Log group names starting with 'aws/' are reserved for AWS services.";
            throw refused(operation, "Log group " + text + " cannot be created: " + service, service);
        }
        world.createLogGroup(region, text, retentionDays);
    }

    @Override
    public void createBucket(String name) {
        String operation = "CreateBucket";
        latency.pause(operation);
        if (name == null || !BUCKET_NAME.matcher(name).matches() || name.contains("..")
                || IP_ADDRESS.matcher(name).matches() || name.startsWith("xn--") || name.endsWith("-s3alias")) {
            String service = "The specified bucket is not valid.";
            throw refused(operation, "Bucket name " + name + " is not valid: 3 to 63 lowercase letters, digits, dots"
                    + " and hyphens, starting and ending with a letter or digit. (InvalidBucketName: " + service + ")",
                    service);
        }
        world.createBucket(region, name);
    }

    private static void checkLogGroupText(String operation, String parameter, String text) {
        if (text.isEmpty() || text.length() > MAX_LOG_GROUP_NAME || !LOG_GROUP_CHARACTERS.matcher(text).matches()) {
            String service = "1 validation error detected: Value '" + text + "' at '" + parameter + "' failed to "
                    + "satisfy constraint: Member must satisfy regular expression pattern: [\\.\\-_/#A-Za-z0-9]+";
            throw refused(operation, "Log group names have 1 to 512 letters, digits and the characters . - _ / #: \""
                    + text + "\" cannot match any. (" + service + ")", service);
        }
    }

    private static GatewayException refused(String operation, String message, String service) {
        return new GatewayException(Failure.BAD_REQUEST, operation, message, service, null);
    }
}
