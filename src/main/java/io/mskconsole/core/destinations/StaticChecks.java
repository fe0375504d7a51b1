package io.mskconsole.core.destinations;

import io.mskconsole.core.logging.BrokerLogs;
import io.mskconsole.core.logging.DestinationField;
import io.mskconsole.core.logging.RegionLimits;
import java.util.ArrayList;
import java.util.List;

/** The checks that need no call to AWS: documented limits of a region, a broker type or a log level. */
public final class StaticChecks {
    public static final String FIREHOSE_OSAKA = "firehose-osaka";
    public static final String LOG_LEVEL_CLOUDWATCH = "log-level-cloudwatch";
    public static final String EXPRESS_BROKERS = "express-brokers";
    public static final String EXPRESS_CHINA = "express-china";
    static final String SAMPLING_NOTE = "If you use CloudWatch Logs as a log destination and you dynamically enable "
            + "DEBUG or TRACE level logging, Amazon MSK may continuously deliver a sample of logs. This can "
            + "significantly impact broker performance.";

    private StaticChecks() {
    }

    public static List<Finding> check(DeliveryContext context, BrokerLogs logs) {
        List<Finding> findings = new ArrayList<>();
        if (RegionLimits.OSAKA.equals(context.region()) && logs.firehose().enabled()) {
            findings.add(new Finding(FIREHOSE_OSAKA, Severity.WARNING, DestinationField.DELIVERY_STREAM,
                    "Kinesis Data Firehose in Asia Pacific (Osaka)", RegionLimits.OSAKA_FIREHOSE,
                    "Deliver to CloudWatch Logs or Amazon S3 from this region, or confirm that MSK now delivers to "
                            + "Firehose in ap-northeast-3 before relying on it."));
        }
        if (context.verboseBrokerLogging() && logs.cloudWatchLogs().enabled()) {
            findings.add(new Finding(LOG_LEVEL_CLOUDWATCH, Severity.WARNING, DestinationField.LOG_GROUP,
                    "DEBUG or TRACE broker logs to CloudWatch Logs",
                    "The MSK developer guide: \"" + SAMPLING_NOTE + "\"",
                    "While brokers log at DEBUG or TRACE, deliver to Amazon S3 or Kinesis Data Firehose instead."));
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
}
