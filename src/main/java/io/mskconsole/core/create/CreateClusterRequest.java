package io.mskconsole.core.create;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mskconsole.core.delivery.JsonCasing;
import io.mskconsole.core.delivery.JsonText;
import io.mskconsole.core.delivery.LoggingInfo;
import java.util.Objects;

/**
 * Exactly what CreateClusterV2 sends for a draft that passed the rules: a provisioned cluster with its broker log
 * delivery, and its authorizer log delivery when any destination is on, inside {@code provisioned.loggingInfo}, names
 * dropped from disabled destinations, no storage for Express brokers. {@link #toApiBody()} is the body of {@code POST /api/v2/clusters}; {@link #toCliInput()} the same request
 * as {@code aws kafka create-cluster-v2 --cli-input-json} takes it.
 */
public record CreateClusterRequest(ClusterDraft draft) {
    public static final String HTTP_PATH = "/api/v2/clusters";

    public CreateClusterRequest {
        Objects.requireNonNull(draft, "draft");
        draft = draft.withLogging(draft.logging().resolvedAgainst(LoggingInfo.NONE).forRequest());
        if (draft.isExpress()) {
            draft = draft.withBrokers(draft.brokers().withVolumeSizeGiB(null));
        }
    }

    public String clusterName() {
        return draft.name();
    }

    /** The JSON body, camelCase, as the REST API takes it. */
    public ObjectNode toApiBody() {
        return CreateClusterJson.document(draft, JsonCasing.API);
    }

    /** The request as the AWS CLI's --cli-input-json document (PascalCase), pretty-printed. */
    public String toCliInput() {
        return JsonText.pretty(CreateClusterJson.document(draft, JsonCasing.CLI));
    }

    /** The request as an HTTP message a person can read: method and path, then the pretty-printed body. */
    public String describeHttp() {
        return "POST " + HTTP_PATH + "\n" + JsonText.pretty(toApiBody());
    }
}
