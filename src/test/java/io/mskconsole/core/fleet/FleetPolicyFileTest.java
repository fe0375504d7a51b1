package io.mskconsole.core.fleet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The fleet policy file, JSON or YAML: read as data, and refused with its line and column when it is not a policy. */
class FleetPolicyFileTest {
    static final String YAML = """
            version: 1
            rules:
              broker-logs-delivered: {severity: high}
              authorizer-logs-delivered:
                severity: low
              s3-bucket-pattern: {severity: medium, pattern: "msk-logs-.*"}
            """;

    @Test
    void aYamlPolicyNamesItsRulesWithTheirSeveritiesAndParameters() {
        FleetPolicy policy = FleetPolicyFile.parse(YAML, "fleet.yaml", true);

        assertThat(policy.rules()).extracting(FleetRule::id, FleetRule::severity).containsExactly(
                org.assertj.core.groups.Tuple.tuple("broker-logs-delivered", Severity.HIGH),
                org.assertj.core.groups.Tuple.tuple("authorizer-logs-delivered", Severity.LOW),
                org.assertj.core.groups.Tuple.tuple("s3-bucket-pattern", Severity.MEDIUM));
        assertThat(((S3BucketPattern) policy.rules().get(2)).pattern().pattern()).isEqualTo("msk-logs-.*");
    }

    @Test
    void theSamePolicyInJsonAndARuleTurnedOff() {
        FleetPolicy policy = FleetPolicyFile.parse("""
                {"version": 1, "rules": {"broker-logs-delivered": {"severity": "medium"},
                 "authorizer-logs-delivered": {"enabled": false}}}""", "fleet.json", false);

        assertThat(policy.rules()).singleElement().isEqualTo(new BrokerLogsDelivered(Severity.MEDIUM));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "version: 1\\nrules:\\n  broker-logs-deliverd: {severity: high}\\n|fleet.yaml: line 3, column 3: unknown "
                    + "rule \"broker-logs-deliverd\"",
            "version: 1\\nrules:\\n  broker-logs-delivered: {severity: urgent}\\n|fleet.yaml: line 3, column 27: "
                    + "rule broker-logs-delivered has severity \"urgent\"",
            "version: 2\\nrules: {}\\n|fleet.yaml: line 1, column 1: \"version\" must be 1",
            "version: 1\\nrules:\\n  s3-bucket-pattern: {pattern: \"msk-(\"}\\n|fleet.yaml: line 3, column 23: rule "
                    + "s3-bucket-pattern has a pattern that is not a regular expression",
            "version: 1\\nrules:\\n  broker-logs-delivered: {severity: high, script: rm}\\n|fleet.yaml: line 3, "
                    + "column 43: unknown field \"broker-logs-delivered.script\"",
            "version: 1\\nrules: [broker-logs-delivered\\n|fleet.yaml: line 2, column 30: while parsing a flow "
                    + "sequence; expected ',' or ']', but got <stream end>"})
    void whatIsNotAPolicyIsRefusedWithWhereAndWhat(String text, String message) {
        assertThatThrownBy(() -> FleetPolicyFile.parse(text.replace("\\n", "\n"), "fleet.yaml", true))
                .isInstanceOf(FleetPolicyFile.Invalid.class).hasMessageStartingWith(message);
    }

    @Test
    void aJsonSyntaxErrorSaysItsLineAndColumn() {
        assertThatThrownBy(() -> FleetPolicyFile.parse("{\n  \"version\": 1,\n  \"rules\": {,}\n}", "fleet.json",
                false)).isInstanceOf(FleetPolicyFile.Invalid.class).hasMessageStartingWith("fleet.json: line 3, column 13");
    }
}
