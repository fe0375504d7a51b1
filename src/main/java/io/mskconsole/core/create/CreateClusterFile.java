package io.mskconsole.core.create;

import io.mskconsole.core.delivery.JsonCasing;
import io.mskconsole.core.delivery.JsonText;

/**
 * The request file a draft is saved to and loaded from, for change tickets: the AWS CLI's
 * {@code aws kafka create-cluster-v2 --cli-input-json} document (PascalCase, the members
 * {@code --generate-cli-skeleton} prints), so one file works with both tools. Loading refuses, naming the member by its
 * JSON path: malformed JSON, wrong types, duplicated or unknown members, and create-cluster-v2 members msk-console does
 * not set (Serverless, StorageMode, Rebalancing, ConnectivityInfo, ZoneIds, ProvisionedThroughput): a file is never
 * read partly. A draft saved and loaded again is the same request (a name typed for a broker log destination that is
 * off is not kept, as it is not sent).
 */
public final class CreateClusterFile {
    private CreateClusterFile() {
    }

    /** Reads a request file (PascalCase; camelCase is read too). */
    public static ClusterDraft read(String json) throws DraftFileException {
        if (json == null || json.isBlank()) {
            throw new DraftFileException("The file is empty: expected a create-cluster-v2 request (a JSON object "
                    + "with ClusterName and Provisioned).", null, 0);
        }
        return CreateClusterFileReader.read(json);
    }

    /** The draft as it is, pretty-printed, names of disabled destinations left out as they are not sent. */
    public static String write(ClusterDraft draft) {
        return JsonText.pretty(CreateClusterJson.document(draft, JsonCasing.CLI));
    }
}
