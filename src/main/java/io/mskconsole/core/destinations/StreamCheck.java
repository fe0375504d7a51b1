package io.mskconsole.core.destinations;

import io.mskconsole.core.delivery.DestinationField;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** Checks 1 and 6 for Firehose: the stream exists, takes direct PUTs, and is (or can be) tagged for log delivery. */
final class StreamCheck {
    static final String SOURCE_ID = "firehose-source";
    static final String TAG_ID = "firehose-tag";
    static final String STATUS_ID = "firehose-status";

    private StreamCheck() {
    }

    static CompletableFuture<List<Finding>> run(CheckRun run) {
        String name = run.logs().firehose().deliveryStream().strip();
        return run.lookup(Keys.deliveryStream(run.region(), name),
                        () -> run.services.destinations().deliveryStream(name))
                .thenCombine(run.permissions(), (stream, permissions) -> findings(run, name, stream, permissions))
                .exceptionally(failure -> List.of(Missing.couldNotCheck(DestinationField.DELIVERY_STREAM,
                        "delivery stream", name, run.region(), failure)));
    }

    private static List<Finding> findings(CheckRun run, String name, Optional<DeliveryStreamInfo> found,
                                          Permissions permissions) {
        if (found.isEmpty()) {
            return List.of(Missing.finding(DestinationField.DELIVERY_STREAM, "Delivery stream", name, run.region(),
                    "Create a Firehose stream in " + run.region() + " whose source is Direct PUT (any destination), "
                            + "then pick it. Log delivery writes only to streams tagged "
                            + DeliveryStreamInfo.TAG_KEY + "=true; AWS adds the tag when you may tag the stream "
                            + "(firehose:TagDeliveryStream).", List.of(), run.request.clusterArn() == null));
        }
        DeliveryStreamInfo stream = found.get();
        List<Finding> findings = new ArrayList<>();
        if (stream.type() == null) {
            findings.add(new Finding(SOURCE_ID, Severity.COULD_NOT_CHECK, DestinationField.DELIVERY_STREAM,
                    "Could not tell whether stream " + name + " takes direct PUTs",
                    "DescribeDeliveryStream gave no source type.",
                    "Make sure the stream's source is Direct PUT before applying."));
        } else if (!stream.takesDirectPut()) {
            findings.add(new Finding(SOURCE_ID, Severity.ERROR, DestinationField.DELIVERY_STREAM,
                    "Stream " + name + " does not take direct PUTs (its source is " + stream.type() + ")",
                    "Log delivery puts records into the stream directly; a stream fed by a Kinesis data stream or "
                            + "an MSK cluster refuses them.",
                    "Pick or create a stream whose source is Direct PUT."));
        }
        if (stream.status() != null && !"ACTIVE".equals(stream.status())) {
            findings.add(new Finding(STATUS_ID, Severity.WARNING, DestinationField.DELIVERY_STREAM,
                    "Stream " + name + " is " + stream.status(),
                    "Log delivery needs an ACTIVE stream.", "Wait until the stream is ACTIVE, or pick another."));
        }
        if (!stream.tagsKnown()) {
            findings.add(new Finding(TAG_ID, Severity.COULD_NOT_CHECK, DestinationField.DELIVERY_STREAM,
                    "Could not read the tags of stream " + name,
                    "ListTagsForDeliveryStream failed, so it is not known whether the stream is tagged "
                            + DeliveryStreamInfo.TAG_KEY + "=true, which log delivery needs.",
                    "Make sure the stream is tagged " + DeliveryStreamInfo.TAG_KEY + "=true, or that you may tag it "
                            + "(firehose:TagDeliveryStream)."));
        } else if (!stream.taggedForLogDelivery()) {
            Optional<Decision> mayTag = stream.arn() == null ? permissions.decision(PermissionNeeds.TAG_STREAM)
                    : permissions.decision(PermissionNeeds.TAG_STREAM, stream.arn())
                    .or(() -> permissions.decision(PermissionNeeds.TAG_STREAM));
            findings.add(tagFinding(name, mayTag));
        }
        return findings;
    }

    private static Finding tagFinding(String name, Optional<Decision> mayTag) {
        String why = "Log delivery writes only to streams tagged " + DeliveryStreamInfo.TAG_KEY + "=true, and adds the"
                + " tag itself when you may tag the stream (firehose:TagDeliveryStream).";
        String fix = "Tag the stream " + DeliveryStreamInfo.TAG_KEY + "=true (aws firehose tag-delivery-stream "
                + "--delivery-stream-name " + name + " --tags Key=" + DeliveryStreamInfo.TAG_KEY + ",Value=true), or "
                + "ask for firehose:TagDeliveryStream.";
        if (mayTag.isEmpty()) {
            return new Finding(TAG_ID, Severity.COULD_NOT_CHECK, DestinationField.DELIVERY_STREAM,
                    "Stream " + name + " is not tagged " + DeliveryStreamInfo.TAG_KEY + "=true; could not check "
                            + "whether you may tag it", why, fix);
        }
        if (mayTag.get() == Decision.ALLOWED) {
            return new Finding(TAG_ID, Severity.INFO, DestinationField.DELIVERY_STREAM,
                    "Stream " + name + " will be tagged " + DeliveryStreamInfo.TAG_KEY + "=true", why,
                    "Nothing to do: you may tag the stream.");
        }
        return new Finding(TAG_ID, Severity.WARNING, DestinationField.DELIVERY_STREAM,
                "Stream " + name + " is not tagged " + DeliveryStreamInfo.TAG_KEY + "=true, and your identity lacks "
                        + "permission to tag it (firehose:TagDeliveryStream)",
                why + " Without the tag no logs arrive.", fix);
    }
}
