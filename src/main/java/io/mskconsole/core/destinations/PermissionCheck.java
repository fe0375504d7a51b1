package io.mskconsole.core.destinations;

import io.mskconsole.core.delivery.DestinationField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * Check 3: the actions the caller lacks, as the IAM policy simulator sees them, one finding per field they concern.
 * The simulator ignores session and resource policies, so a denial is a warning to confirm, not an error; when it
 * cannot be asked, that is said as its own outcome.
 */
final class PermissionCheck {
    static final String ID = "permissions";

    private PermissionCheck() {
    }

    static CompletableFuture<List<Finding>> run(CheckRun run) {
        return run.permissions().thenApply(PermissionCheck::findings);
    }

    static List<Finding> findings(Permissions permissions) {
        List<Finding> findings = new ArrayList<>();
        if (!permissions.problems().isEmpty()) {
            findings.add(new Finding(ID, Severity.COULD_NOT_CHECK, null, "Could not check your permissions",
                    String.join(" ", permissions.problems()),
                    "Make sure you may use the log-delivery actions of AmazonMSKFullAccess and, for Amazon S3, "
                            + "s3:PutBucketPolicy. Checking needs iam:SimulatePrincipalPolicy on your own role or user."));
        }
        Map<DestinationField, List<Permissions.Denial>> byField = new LinkedHashMap<>();
        for (Permissions.Denial denial : permissions.denials()) {
            byField.computeIfAbsent(denial.need().field(), f -> new ArrayList<>()).add(denial);
        }
        byField.forEach((field, denials) -> findings.add(finding(permissions.caller(), field, denials)));
        return findings;
    }

    private static Finding finding(Caller caller, DestinationField field, List<Permissions.Denial> denials) {
        String actions = denials.stream().map(Permissions.Denial::action).distinct().collect(Collectors.joining(", "));
        String title = "You may lack " + actions
                + (field == null ? "" : " (" + field.destination().displayName() + ")");
        String list = denials.stream().map(Permissions.Denial::describe).collect(Collectors.joining("; "));
        String why = "The IAM policy simulator says " + caller.principalArn() + " is denied: " + list + ". "
                + purpose(field) + " The simulator does not see session policies or resource policies, so confirm"
                + " before applying.";
        String fix = "Ask for these actions in your IAM policy: AmazonMSKFullAccess has the log-delivery ones"
                + (field == DestinationField.BUCKET ? "; S3 delivery also needs s3:PutBucketPolicy on the bucket." : ".");
        return new Finding(ID, Severity.WARNING, field, title, why, fix);
    }

    private static String purpose(DestinationField field) {
        if (field == null) {
            return "Without them MSK refuses the change, or the log delivery cannot be set up.";
        }
        return switch (field) {
            case BUCKET, PREFIX -> "Log delivery adds the AWSLogDeliveryWrite statement to the bucket policy as you:"
                    + " without it the change is accepted but no logs arrive.";
            case LOG_GROUP -> "Log delivery adds its statement to the account's CloudWatch Logs resource policy as you.";
            case DELIVERY_STREAM -> "Log delivery tags the stream LogDeliveryEnabled=true as you.";
        };
    }
}
