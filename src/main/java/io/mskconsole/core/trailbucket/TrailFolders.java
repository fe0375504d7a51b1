package io.mskconsole.core.trailbucket;

import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a trail's bucket holds under its layout, found by listing its folders: an organization trail's {@code o-…}
 * folder, and the accounts that have files. The same for the window and {@code trail --s3}.
 */
public final class TrailFolders {
    private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");
    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d");
    private static final Pattern ORGANIZATION = Pattern.compile("o-[a-z0-9]{10,32}");

    private TrailFolders() {
    }

    /** The organization's id: the {@code o-…} folder under the trail's {@code AWSLogs/}; empty when it has none yet. */
    public static Optional<String> organization(TrailBucketGateway bucket, TrailInfo trail) {
        String logs = TrailLayout.root(trail.keyPrefix(), null);
        return bucket.folders(trail.bucket(), logs).stream().map(folder -> last(folder, logs))
                .filter(name -> ORGANIZATION.matcher(name).matches()).findFirst();
    }

    /**
     * The organization's id of an organization trail, null for a trail of one account.
     *
     * @throws GatewayException ({@code NOT_FOUND}) when an organization trail has delivered nothing yet
     */
    public static String organizationOf(TrailBucketGateway bucket, TrailInfo trail) {
        return !trail.organization() ? null : organization(bucket, trail).orElseThrow(() -> new GatewayException(
                Failure.NOT_FOUND, "ListObjectsV2", "Trail " + trail.name() + " has delivered nothing to s3://"
                + trail.bucket() + " yet."));
    }

    /** The accounts with a folder under the root ({@link TrailLayout#root}), in the bucket's order. */
    public static List<String> accounts(TrailBucketGateway bucket, TrailInfo trail, String root) {
        return bucket.folders(trail.bucket(), root).stream().map(folder -> last(folder, root))
                .filter(name -> ACCOUNT.matcher(name).matches()).toList();
    }

    /**
     * The accounts asked, each checked against the bucket: an account the trail has delivered nothing for is refused,
     * naming those it has (a typo must not read as "no events").
     *
     * @param asked the accounts asked, or empty for every account in the bucket
     * @throws IllegalArgumentException for an account the bucket has no folder of, or none at all
     */
    public static List<String> asked(TrailBucketGateway bucket, TrailInfo trail, String root, List<String> asked) {
        if (!asked.isEmpty() && !trail.organization() && trail.account() != null) {
            List<String> other = asked.stream().filter(a -> !a.equals(trail.account())).toList();
            if (!other.isEmpty()) {
                throw new IllegalArgumentException("Trail " + trail.name() + " logs account " + trail.account()
                        + " only, not " + String.join(", ", other) + ".");
            }
            return asked;
        }
        List<String> held = accounts(bucket, trail, root);
        if (held.isEmpty()) {
            throw new IllegalArgumentException("s3://" + trail.bucket() + "/" + root + " holds no account folder: "
                    + "trail " + trail.name() + " has delivered nothing there.");
        }
        List<String> missing = asked.stream().filter(a -> !held.contains(a)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("s3://" + trail.bucket() + "/" + root + " holds no files of account "
                    + String.join(", ", missing) + ": it holds " + String.join(", ", held) + ".");
        }
        return asked.isEmpty() ? held : asked;
    }

    /** The regions with a folder under an account's {@code CloudTrail/}. */
    public static List<String> regions(TrailBucketGateway bucket, TrailInfo trail, String root, String account) {
        String parent = root + account + "/CloudTrail/";
        return bucket.folders(trail.bucket(), parent).stream().map(folder -> last(folder, parent))
                .filter(name -> REGION.matcher(name).matches()).toList();
    }

    private static String last(String folder, String parent) {
        String name = folder.startsWith(parent) ? folder.substring(parent.length()) : folder;
        return name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
    }
}
