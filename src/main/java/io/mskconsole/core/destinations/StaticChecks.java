package io.mskconsole.core.destinations;

import io.mskconsole.core.levels.CloudWatchCaution;
import io.mskconsole.core.levels.VerboseLogger;
import io.mskconsole.core.delivery.LogDelivery;
import io.mskconsole.core.delivery.DestinationField;
import io.mskconsole.core.delivery.LogKind;
import io.mskconsole.core.delivery.LoggingInfo;
import io.mskconsole.core.delivery.RegionLimits;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The checks that need no call to AWS: documented limits of a region, a broker type or a log level. */
public final class StaticChecks {
    public static final String FIREHOSE_OSAKA = "firehose-osaka";
    public static final String LOG_LEVEL_CLOUDWATCH = "log-level-cloudwatch";
    public static final String EXPRESS_BROKERS = "express-brokers";
    public static final String EXPRESS_CHINA = "express-china";
    static final String SAMPLING_NOTE = CloudWatchCaution.DOCUMENTED_NOTE;
    /** How many of the brokers' verbose loggers the finding names before "and N more". */
    static final int NAMED_LOGGERS = 3;

    private StaticChecks() {
    }

    /** The checks of each kind the draft delivers (broker logs always), merged as {@link DestinationChecks} does. */
    public static List<Finding> check(DeliveryContext context, LoggingInfo logging) {
        List<Finding> tagged = new ArrayList<>();
        for (LogKind kind : LogKind.values()) {
            if (kind == LogKind.BROKER || logging.delivery(kind).anyEnabled()) {
                check(context, logging.delivery(kind), kind).forEach(f -> tagged.add(f.withKinds(Set.of(kind))));
            }
        }
        return KindMerge.merge(tagged);
    }

    /** The checks of broker logs. */
    public static List<Finding> check(DeliveryContext context, LogDelivery logs) {
        return check(context, logs, LogKind.BROKER);
    }

    /** The checks of one kind's delivery: the brokers' log levels matter to broker logs only. */
    public static List<Finding> check(DeliveryContext context, LogDelivery logs, LogKind kind) {
        List<Finding> findings = new ArrayList<>();
        if (RegionLimits.OSAKA.equals(context.region()) && logs.firehose().enabled()) {
            findings.add(new Finding(FIREHOSE_OSAKA, Severity.WARNING, DestinationField.DELIVERY_STREAM,
                    "Kinesis Data Firehose in Asia Pacific (Osaka)", RegionLimits.OSAKA_FIREHOSE,
                    "Deliver to CloudWatch Logs or Amazon S3 from this region, or confirm that MSK now delivers to "
                            + "Firehose in ap-northeast-3 before relying on it."));
        }
        if (kind == LogKind.BROKER && context.logsAboveInfo() && logs.cloudWatchLogs().enabled()) {
            findings.add(new Finding(LOG_LEVEL_CLOUDWATCH, Severity.WARNING, DestinationField.LOG_GROUP,
                    "DEBUG or TRACE broker logs to CloudWatch Logs",
                    "The MSK developer guide: \"" + SAMPLING_NOTE + "\"" + seenOnBrokers(context),
                    CloudWatchCaution.ADVICE));
        }
        if (context.expressBrokers() && logs.anyEnabled()) {
            findings.add(new Finding(EXPRESS_BROKERS, Severity.INFO, null, "Express brokers",
                    "Older MSK service versions refused broker logs on Express brokers (\"Broker logs are not "
                            + "supported for clusters with Express instance types.\"); they are supported now.",
                    "If MSK still refuses, its own message is shown after Apply; nothing is changed then."));
            if ("aws-cn".equals(context.partition())) {
                findings.add(new Finding(EXPRESS_CHINA, Severity.WARNING, null, "Express brokers in the China regions",
                        "The documentation for the China regions still says broker logs are not available on "
                                + "Express brokers.",
                        "Expect MSK to refuse the change; check the China regions' documentation first."));
            }
        }
        return List.copyOf(findings);
    }

    /** " The brokers log kafka.controller at DEBUG on broker 1, ... now." when their levels were read and show it. */
    private static String seenOnBrokers(DeliveryContext context) {
        if (!context.brokerLevelsKnown() || context.brokerLevels().isEmpty()) {
            return "";
        }
        List<VerboseLogger> verbose = context.brokerLevels();
        String named = verbose.stream().limit(NAMED_LOGGERS).map(VerboseLogger::describe)
                .collect(Collectors.joining(", "));
        int more = verbose.size() - NAMED_LOGGERS;
        return " The brokers log " + named + (more > 0 ? " and " + more + " more" : "") + " now.";
    }
}
