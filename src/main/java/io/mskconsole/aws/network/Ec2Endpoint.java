package io.mskconsole.aws.network;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import software.amazon.awssdk.profiles.Profile;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.regions.EndpointTag;
import software.amazon.awssdk.regions.PartitionEndpointKey;
import software.amazon.awssdk.regions.PartitionMetadata;
import software.amazon.awssdk.regions.Region;

/**
 * Where EC2 calls of one region go, decided as the SDK's generated clients decide it (checked against SDK 2.41.14's
 * {@code AwsClientEndpointProvider} and EC2's endpoint rules):
 * <ol>
 *   <li>the client settings' endpoint override;</li>
 *   <li>the system properties {@code aws.endpointUrlEc2}, then {@code aws.endpointUrl};</li>
 *   <li>the environment variables {@code AWS_ENDPOINT_URL_EC2}, then {@code AWS_ENDPOINT_URL};</li>
 *   <li>the profile's {@code services} section's {@code ec2 = endpoint_url = ...}, then the profile's own
 *       {@code ec2 = endpoint_url = ...}, then its {@code endpoint_url};</li>
 *   <li>else {@code https://ec2.<region>.<partition's DNS suffix>} ({@code amazonaws.com}, {@code amazonaws.com.cn},
 *       ...), with the FIPS and dual-stack variants when {@code use_fips_endpoint} or {@code use_dualstack_endpoint}
 *       (or their environment variables or system properties) say so.</li>
 * </ol>
 * Blank values count as unset.
 */
public final class Ec2Endpoint {
    private static final Pattern REGION = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private Ec2Endpoint() {
    }

    /**
     * @param override          the client settings' endpoint, or null
     * @param environment       the environment variables
     * @param systemProperties  the system properties ({@code System::getProperty})
     * @param profileFile       the shared config files
     * @param profile           the profile whose settings count
     * @param region            the region of the calls
     * @throws IllegalArgumentException when a configured URL or the region cannot make an endpoint; the message says
     *                                  which setting
     */
    public static URI resolve(URI override, Map<String, String> environment, Function<String, String> systemProperties,
                              ProfileFile profileFile, String profile, String region) {
        if (override != null) {
            return checked(override.toString(), "the client settings");
        }
        Optional<Profile> settings = profileFile.profile(profile);
        Optional<Setting> configured = first(
                setting(systemProperties.apply("aws.endpointUrlEc2"), "system property aws.endpointUrlEc2"),
                setting(systemProperties.apply("aws.endpointUrl"), "system property aws.endpointUrl"),
                setting(environment.get("AWS_ENDPOINT_URL_EC2"), "environment variable AWS_ENDPOINT_URL_EC2"),
                setting(environment.get("AWS_ENDPOINT_URL"), "environment variable AWS_ENDPOINT_URL"),
                settings.flatMap(p -> p.property("services"))
                        .flatMap(name -> profileFile.getSection("services", name)
                                .flatMap(section -> section.property("ec2.endpoint_url"))
                                .flatMap(url -> setting(url, "the services section " + name + " (ec2, endpoint_url)"))),
                settings.flatMap(p -> p.property("ec2.endpoint_url"))
                        .flatMap(url -> setting(url, "profile " + profile + " (ec2, endpoint_url)")),
                settings.flatMap(p -> p.property("endpoint_url"))
                        .flatMap(url -> setting(url, "profile " + profile + " (endpoint_url)")));
        if (configured.isPresent()) {
            return checked(configured.get().value(), configured.get().source());
        }
        boolean fips = flag(systemProperties.apply("aws.useFipsEndpoint"), environment.get("AWS_USE_FIPS_ENDPOINT"),
                settings.flatMap(p -> p.property("use_fips_endpoint")));
        boolean dualStack = flag(systemProperties.apply("aws.useDualstackEndpoint"),
                environment.get("AWS_USE_DUALSTACK_ENDPOINT"), settings.flatMap(p -> p.property("use_dualstack_endpoint")));
        return standard(region, fips, dualStack);
    }

    /** EC2's own endpoint of the region, as EC2's endpoint rules make it. */
    static URI standard(String region, boolean fips, boolean dualStack) {
        if (region == null || !REGION.matcher(region).matches()) {
            throw new IllegalArgumentException("'" + region + "' is not a region name");
        }
        PartitionMetadata partition = PartitionMetadata.of(Region.of(region));
        String suffix = partition.dnsSuffix();
        if (dualStack) {
            suffix = partition.dnsSuffix(PartitionEndpointKey.builder().tags(EndpointTag.DUALSTACK).build());
            if (suffix == null) {
                throw new IllegalArgumentException("dual-stack endpoints are turned on, but partition "
                        + partition.id() + " has none");
            }
        }
        String host;
        if (fips && !dualStack && "aws-us-gov".equals(partition.id())) {
            host = "ec2." + region + ".amazonaws.com";
        } else {
            host = (fips ? "ec2-fips." : "ec2.") + region + "." + suffix;
        }
        return URI.create("https://" + host);
    }

    private record Setting(String value, String source) {
    }

    private static Optional<Setting> setting(String value, String source) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(new Setting(value.strip(), source));
    }

    @SafeVarargs
    private static Optional<Setting> first(Optional<Setting>... candidates) {
        for (Optional<Setting> candidate : candidates) {
            if (candidate.isPresent()) {
                return candidate;
            }
        }
        return Optional.empty();
    }

    private static boolean flag(String property, String variable, Optional<String> profileValue) {
        String value = property != null && !property.isBlank() ? property
                : variable != null && !variable.isBlank() ? variable : profileValue.orElse("false");
        return "true".equals(value.strip().toLowerCase(Locale.ROOT));
    }

    private static URI checked(String value, String source) {
        String lower = value.toLowerCase(Locale.ROOT);
        IllegalArgumentException notHttp = new IllegalArgumentException("the endpoint URL " + value + " in " + source
                + " is not an http or https URL with a host");
        if (!(lower.startsWith("http://") || lower.startsWith("https://"))) {
            throw notHttp;
        }
        try {
            URI uri = new URI(value);
            if (uri.getHost() == null) {
                throw notHttp;
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("the endpoint URL " + value + " in " + source + " is not a valid URL ("
                    + e.getReason() + ")", e);
        }
    }
}
