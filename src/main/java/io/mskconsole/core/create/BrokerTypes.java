package io.mskconsole.core.create;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The broker sizes of MSK Provisioned, as the developer guide lists them ("Amazon MSK broker sizes"): standard
 * kafka.t3.small, kafka.m5.large to 24xlarge, kafka.m7g.large to 16xlarge; Express express.m7g.large to 16xlarge.
 * Standard brokers take 1 to 16,384 GiB of storage each (the MSK quotas page, "Minimum/Maximum storage per broker";
 * no smaller maximum is documented for kafka.t3.small). Sizes missing here that follow the service's naming
 * ({@code kafka.FAMILY.SIZE}, {@code express.FAMILY.SIZE}) are accepted as standard or Express, so a size AWS adds
 * later is not refused; some sizes are not offered in every region.
 */
public final class BrokerTypes {
    public static final int MIN_VOLUME_GIB = 1;
    public static final int MAX_VOLUME_GIB = 16384;
    private static final Pattern STANDARD_NAME = Pattern.compile("kafka\\.[a-z0-9]+\\.[a-z0-9]+");
    private static final Pattern EXPRESS_NAME = Pattern.compile("(kafka\\.)?express\\.[a-z0-9]+\\.[a-z0-9]+");

    public static final List<BrokerType> ALL = catalogue();

    private BrokerTypes() {
    }

    /** The known size with this name, or one of a family by its name's pattern; empty for a name MSK cannot have. */
    public static Optional<BrokerType> find(String instanceType) {
        if (instanceType == null) {
            return Optional.empty();
        }
        String name = instanceType.strip().toLowerCase(Locale.ROOT);
        for (BrokerType type : ALL) {
            if (type.instanceType().equals(name)) {
                return Optional.of(type);
            }
        }
        if (EXPRESS_NAME.matcher(name).matches()) {
            return Optional.of(express(instanceType.strip()));
        }
        if (STANDARD_NAME.matcher(name).matches()) {
            return Optional.of(standard(instanceType.strip()));
        }
        return Optional.empty();
    }

    /** Whether the name is an Express broker size ({@code express.m7g.large}; {@code kafka.express.*} too). */
    public static boolean isExpress(String instanceType) {
        if (instanceType == null) {
            return false;
        }
        String name = instanceType.strip().toLowerCase(Locale.ROOT);
        return name.startsWith("express.") || name.startsWith("kafka.express.");
    }

    public static List<BrokerType> of(BrokerType.Family family) {
        return ALL.stream().filter(t -> t.family() == family).toList();
    }

    private static List<BrokerType> catalogue() {
        List<BrokerType> types = new ArrayList<>();
        types.add(standard("kafka.t3.small"));
        for (String size : List.of("large", "xlarge", "2xlarge", "4xlarge", "8xlarge", "12xlarge", "16xlarge",
                "24xlarge")) {
            types.add(standard("kafka.m5." + size));
        }
        List<String> m7g = List.of("large", "xlarge", "2xlarge", "4xlarge", "8xlarge", "12xlarge", "16xlarge");
        m7g.forEach(size -> types.add(standard("kafka.m7g." + size)));
        m7g.forEach(size -> types.add(express("express.m7g." + size)));
        return List.copyOf(types);
    }

    private static BrokerType standard(String name) {
        return new BrokerType(name, BrokerType.Family.STANDARD, MIN_VOLUME_GIB, MAX_VOLUME_GIB);
    }

    private static BrokerType express(String name) {
        return new BrokerType(name, BrokerType.Family.EXPRESS, 0, 0);
    }
}
