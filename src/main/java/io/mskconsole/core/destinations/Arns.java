package io.mskconsole.core.destinations;

/** The ARNs of log destinations and the log-delivery role, in the caller's partition and account. */
final class Arns {
    private Arns() {
    }

    static String bucket(String partition, String bucket) {
        return "arn:" + partition + ":s3:::" + bucket;
    }

    static String logGroup(String partition, String region, String account, String logGroup) {
        return "arn:" + partition + ":logs:" + region + ":" + account + ":log-group:" + logGroup;
    }

    static String deliveryStream(String partition, String region, String account, String stream) {
        return "arn:" + partition + ":firehose:" + region + ":" + account + ":deliverystream/" + stream;
    }

    static String logDeliveryRole(String partition, String account) {
        return "arn:" + partition + ":iam::" + account
                + ":role/aws-service-role/delivery.logs.amazonaws.com/AWSServiceRoleForLogDelivery";
    }
}
