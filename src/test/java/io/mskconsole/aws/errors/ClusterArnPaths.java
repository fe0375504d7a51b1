package io.mskconsole.aws.errors;

import io.mskconsole.core.clusters.ClusterArn;

/** The ARN as it appears in a request path (the core's encoding, which the SDK's matches: see the apply test). */
final class ClusterArnPaths {
    private ClusterArnPaths() {
    }

    static String encoded(String arn) {
        return ClusterArn.pathSegment(arn);
    }
}
