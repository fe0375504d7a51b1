package io.mskconsole.core.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class JsonTextTest {
    private static ObjectNode sample() {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("schemaVersion", 1);
        root.putArray("items").add(JsonNodeFactory.instance.objectNode().put("name", "a").putNull("none")).add(2);
        root.putArray("empty");
        root.putObject("nested").put("flag", true);
        return root;
    }

    @Test
    void prettyPutsEveryMemberAndElementOnItsOwnLineTwoSpacesPerLevel() {
        assertThat(JsonText.pretty(sample())).isEqualTo("""
                {
                  "schemaVersion": 1,
                  "items": [
                    {
                      "name": "a",
                      "none": null
                    },
                    2
                  ],
                  "empty": [ ],
                  "nested": {
                    "flag": true
                  }
                }
                """);
    }

    @Test
    void compactIsOneLineWithoutSpaces() {
        assertThat(JsonText.compact(sample()))
                .isEqualTo("{\"schemaVersion\":1,\"items\":[{\"name\":\"a\",\"none\":null},2],\"empty\":[],"
                        + "\"nested\":{\"flag\":true}}");
    }

    @Test
    void theLoggingInfoDocumentNamesEachDestinationByItsCliName() {
        ObjectNode cli = LoggingInfoFormat.toNode(LoggingInfo.of(LogDelivery.NONE), JsonCasing.CLI);
        ObjectNode api = LoggingInfoFormat.toNode(LoggingInfo.of(LogDelivery.NONE), JsonCasing.API);

        assertThat(Arrays.stream(DestinationType.values()).map(DestinationType::cliName))
                .containsExactly("CloudWatchLogs", "S3", "Firehose")
                .allSatisfy(name -> assertThat(cli.get("BrokerLogs").has(name)).as(name).isTrue());
        assertThat(api.get("brokerLogs").has("cloudWatchLogs")).isTrue();
        assertThat(api.get("brokerLogs").has("s3")).isTrue();
        assertThat(api.get("brokerLogs").has("firehose")).isTrue();
    }
}
