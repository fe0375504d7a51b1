package io.mskconsole.core.create;

import io.mskconsole.core.delivery.LogDeliveryRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The rules a new cluster's settings must pass before CreateClusterV2 is sent, each problem at its field: the name;
 * the Kafka version (offered and not deprecated in the region, when known; 3.6 or later for Express brokers); the
 * broker type; the brokers, a multiple of the zones; the subnets and security groups ({@link NetworkRules}); storage
 * within the broker type's range, and none for Express brokers; at least one access control method, with TLS in
 * transit for those that need it; the tags; and broker log delivery as the broker log editor checks it. Nothing is
 * sent while any problem remains.
 */
public final class ClusterDraftRules {
    public static final int MAX_NAME_LENGTH = 64;
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9-]*");
    private static final Pattern LETTER = Pattern.compile("[A-Za-z]");
    private static final Pattern INSTANCE_TYPE_CHARS = Pattern.compile("[a-z0-9.]+");
    private static final Pattern PCA_ARN = Pattern.compile("arn:aws[a-z-]*:acm-pca:[a-z0-9-]+:\\d{12}:certificate-authority/.+");
    private static final Pattern CONFIGURATION_ARN = Pattern.compile("arn:aws[a-z-]*:kafka:[a-z0-9-]+:\\d{12}:configuration/.+");
    static final int MAX_TAGS = 50;

    private ClusterDraftRules() {
    }

    /** Every problem of the draft, in the order of the window's sections. Empty when it may be sent. */
    public static List<DraftProblem> check(ClusterDraft draft, RegionFacts facts) {
        RegionFacts known = facts == null ? RegionFacts.UNKNOWN : facts;
        List<DraftProblem> problems = new ArrayList<>();
        name(draft.name(), problems);
        kafkaVersion(draft, known, problems);
        brokers(draft, problems);
        problems.addAll(NetworkRules.check(draft, known));
        storage(draft, problems);
        access(draft, problems);
        monitoring(draft, problems);
        configuration(draft.configuration(), problems);
        tags(draft.tags(), problems);
        LogDeliveryRules.check(draft.logging()).forEach(p -> problems.add(DraftProblem.logs(p)));
        return List.copyOf(problems);
    }

    /** The problems of one field, as {@link #check} finds them. */
    public static List<DraftProblem> check(ClusterDraft draft, RegionFacts facts, DraftField field) {
        return check(draft, facts).stream().filter(p -> p.field() == field).toList();
    }

    static void name(String name, List<DraftProblem> problems) {
        if (name.isBlank()) {
            problems.add(new DraftProblem(DraftField.NAME, "Required: name the new cluster."));
        } else if (name.length() > MAX_NAME_LENGTH) {
            problems.add(new DraftProblem(DraftField.NAME, "Cluster names are at most " + MAX_NAME_LENGTH
                    + " characters (this one has " + name.length() + ")."));
        } else if (!LETTER.matcher(name.substring(0, 1)).matches()) {
            problems.add(new DraftProblem(DraftField.NAME, "Cluster names start with a letter."));
        } else if (!NAME.matcher(name).matches()) {
            problems.add(new DraftProblem(DraftField.NAME, "Cluster names use only letters, digits and hyphens (found "
                    + Rules.firstOutside(name, "[A-Za-z0-9-]") + ")."));
        }
    }

    private static void kafkaVersion(ClusterDraft draft, RegionFacts facts, List<DraftProblem> problems) {
        String version = draft.kafkaVersion().strip();
        if (version.isEmpty()) {
            problems.add(new DraftProblem(DraftField.KAFKA_VERSION, "Required: choose a Kafka version."));
            return;
        }
        if (facts.kafkaVersions() != null) {
            KafkaVersion offered = facts.kafkaVersions().stream().filter(v -> v.version().equals(version))
                    .findFirst().orElse(null);
            if (offered == null) {
                problems.add(new DraftProblem(DraftField.KAFKA_VERSION, "MSK does not offer Kafka " + version
                        + " in " + facts.region() + ". Choose one of: " + String.join(", ",
                        KafkaVersions.choices(facts.kafkaVersions()).stream()
                                .filter(c -> c.version().isActive()).map(KafkaVersions.Choice::name).toList())
                        + "."));
                return;
            }
            if (!offered.isActive()) {
                problems.add(new DraftProblem(DraftField.KAFKA_VERSION, "Kafka " + version + " is " + offered.status()
                        + ": MSK creates no new clusters with it. Choose a newer version."));
                return;
            }
        }
        if (draft.isExpress() && !KafkaVersions.atLeast(version, 3, 6)) {
            problems.add(new DraftProblem(DraftField.KAFKA_VERSION,
                    "Express brokers run Kafka 3.6 or later: choose a newer version, or standard brokers."));
        }
    }

    private static void brokers(ClusterDraft draft, List<DraftProblem> problems) {
        BrokerNodes brokers = draft.brokers();
        String type = brokers.instanceType().strip();
        if (type.isEmpty()) {
            problems.add(new DraftProblem(DraftField.INSTANCE_TYPE, "Required: choose a broker type."));
        } else if (BrokerTypes.find(type).isEmpty()) {
            String found = INSTANCE_TYPE_CHARS.matcher(type).matches() ? "" : " (use lowercase letters, digits and dots)";
            problems.add(new DraftProblem(DraftField.INSTANCE_TYPE, "\"" + type + "\" is not an MSK broker type"
                    + found + ": e.g. kafka.m7g.large, kafka.t3.small or express.m7g.large."));
        }
        int count = brokers.count();
        int zones = brokers.zones();
        if (count < 1) {
            problems.add(new DraftProblem(DraftField.BROKER_COUNT, "Required: at least one broker in each zone."));
        } else if (zones > 0 && count % zones != 0) {
            int lower = count / zones * zones;
            String options = (lower > 0 ? lower + " or " : "") + (lower + zones);
            problems.add(new DraftProblem(DraftField.BROKER_COUNT, "MSK spreads brokers evenly over the zones: "
                    + count + " brokers over " + zones + " zones is uneven. Use a multiple of " + zones + " (e.g. "
                    + options + ")."));
        }
    }

    private static void storage(ClusterDraft draft, List<DraftProblem> problems) {
        Integer size = draft.brokers().volumeSizeGiB();
        if (draft.isExpress()) {
            if (size != null) {
                problems.add(new DraftProblem(DraftField.STORAGE, "Express brokers have no storage settings: MSK "
                        + "manages their storage. Leave storage out."));
            }
            return;
        }
        BrokerType type = BrokerTypes.find(draft.brokers().instanceType()).orElse(null);
        int min = type == null ? BrokerTypes.MIN_VOLUME_GIB : type.minVolumeGiB();
        int max = type == null ? BrokerTypes.MAX_VOLUME_GIB : type.maxVolumeGiB();
        if (size == null) {
            problems.add(new DraftProblem(DraftField.STORAGE, "Required: storage per broker, " + min + " to "
                    + String.format("%,d", max) + " GiB."));
        } else if (size < min || size > max) {
            problems.add(new DraftProblem(DraftField.STORAGE, "Storage per broker is " + min + " to "
                    + String.format("%,d", max) + " GiB" + (type == null ? "" : " for " + type.instanceType())
                    + " (this is " + String.format("%,d", size) + ")."));
        }
    }

    private static void access(ClusterDraft draft, List<DraftProblem> problems) {
        ClientAccess access = draft.access();
        if (!access.anyEnabled()) {
            problems.add(new DraftProblem(DraftField.ACCESS_CONTROL,
                    "Turn on at least one access control method: unauthenticated, IAM, SASL/SCRAM or TLS."));
        }
        if (access.tls()) {
            if (access.certificateAuthorityArns().isEmpty()) {
                problems.add(new DraftProblem(DraftField.CERTIFICATE_AUTHORITIES, "TLS client authentication needs "
                        + "at least one ACM Private CA certificate authority (its ARN)."));
            }
            for (String arn : access.certificateAuthorityArns()) {
                if (!PCA_ARN.matcher(arn.strip()).matches()) {
                    problems.add(new DraftProblem(DraftField.CERTIFICATE_AUTHORITIES, "\"" + arn + "\" is not an "
                            + "ACM Private CA ARN (arn:aws:acm-pca:REGION:ACCOUNT:certificate-authority/ID)."));
                }
            }
        }
        if (access.needsTls() && draft.encryption().clientBroker() == ClientBrokerEncryption.PLAINTEXT) {
            problems.add(new DraftProblem(DraftField.ENCRYPTION_IN_TRANSIT, methodsOverTls(access)
                    + " over TLS: choose TLS, or TLS and plaintext, between clients and brokers."));
        }
    }

    private static String methodsOverTls(ClientAccess access) {
        List<String> methods = new ArrayList<>();
        if (access.iam()) {
            methods.add("IAM");
        }
        if (access.scram()) {
            methods.add("SASL/SCRAM");
        }
        if (access.tls()) {
            methods.add("TLS client authentication");
        }
        return String.join(" and ", methods) + (methods.size() == 1 ? " works" : " work");
    }

    private static void monitoring(ClusterDraft draft, List<DraftProblem> problems) {
        String level = draft.monitoring().enhancedMonitoring();
        if (!ClusterDraft.ENHANCED_MONITORING_LEVELS.contains(level)) {
            problems.add(new DraftProblem(DraftField.ENHANCED_MONITORING, "\"" + level + "\" is not a monitoring "
                    + "level: " + String.join(", ", ClusterDraft.ENHANCED_MONITORING_LEVELS) + "."));
        }
    }

    private static void configuration(ConfigurationRef configuration, List<DraftProblem> problems) {
        if (configuration == null) {
            return;
        }
        if (configuration.arn() == null || !CONFIGURATION_ARN.matcher(configuration.arn().strip()).matches()) {
            problems.add(new DraftProblem(DraftField.CONFIGURATION, "\"" + configuration.arn() + "\" is not an MSK "
                    + "configuration ARN (arn:aws:kafka:REGION:ACCOUNT:configuration/NAME/ID)."));
        }
        if (configuration.revision() < 1) {
            problems.add(new DraftProblem(DraftField.CONFIGURATION, "Configuration revisions start at 1 (this is "
                    + configuration.revision() + ")."));
        }
    }

    private static void tags(Map<String, String> tags, List<DraftProblem> problems) {
        if (tags.size() > MAX_TAGS) {
            problems.add(new DraftProblem(DraftField.TAGS, "At most " + MAX_TAGS + " tags (these are " + tags.size()
                    + ")."));
        }
        tags.forEach((key, value) -> {
            if (key.isBlank() || key.length() > 128) {
                problems.add(new DraftProblem(DraftField.TAGS, "Tag keys are 1 to 128 characters (\"" + key + "\")."));
            } else if (key.toLowerCase(java.util.Locale.ROOT).startsWith("aws:")) {
                problems.add(new DraftProblem(DraftField.TAGS, "Tag keys may not begin with \"aws:\" (reserved by AWS): "
                        + key + "."));
            }
            if (value != null && value.length() > 256) {
                problems.add(new DraftProblem(DraftField.TAGS, "Tag values are at most 256 characters (tag " + key
                        + " has " + value.length() + ")."));
            }
        });
    }
}
