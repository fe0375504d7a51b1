package io.mskconsole.core.trailathena;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mskconsole.core.trail.TrailSource;
import io.mskconsole.core.trailbucket.TrailInfo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Athena table and query as text, against golden files reviewed with AWS's documented CloudTrail table (its
 * columns, the JSON SerDe, CloudTrail's input format, the projection properties): an organization trail projected
 * over account, region and date, a trail of one account over region and date, and the MSK query with its partition
 * predicates and every value quoted.
 */
class AthenaTextTest {
    static final TrailInfo ORG = new TrailInfo("org-audit", "arn:aws:cloudtrail:us-east-1:999988887777:trail/org-audit",
            "us-east-1", "org-audit-trails", "trails", true, true);
    static final TrailInfo LOCAL = new TrailInfo("local", "arn:aws:cloudtrail:us-east-1:111122223333:trail/local",
            "us-east-1", "local-trail", null, false, true);
    final AthenaTable org = new AthenaTable("audit", "msk_cloudtrail", ORG, "o-a1b2c3d4e5",
            List.of("111122223333", "444455556666"), List.of("us-east-1", "eu-west-1"), LocalDate.of(2025, 1, 1));

    static String golden(String name) throws IOException {
        try (InputStream in = AthenaTextTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).stripTrailing();
        }
    }

    @Test
    void anOrganizationTableIsProjectedOverAccountRegionAndDate() throws IOException {
        assertThat(org.ddl()).isEqualTo(golden("org-trail.ddl.sql"));
    }

    @Test
    void aTableOfOneAccountIsProjectedOverRegionAndDate() throws IOException {
        AthenaTable local = new AthenaTable("Default", "MSK_trail", LOCAL, null, List.of("111122223333"),
                List.of("us-east-1"), LocalDate.of(2024, 6, 1));

        assertThat(local.qualified()).isEqualTo("default.msk_trail");
        assertThat(local.ddl()).isEqualTo(golden("account-trail.ddl.sql"));
    }

    @Test
    void theQueryNamesItsDaysAccountsAndRegionsAndQuotesEveryValue() throws IOException {
        AthenaQuery query = new AthenaQuery(org, Instant.parse("2026-03-01T00:00:00Z"),
                Instant.parse("2026-03-07T23:30:00Z"), TrailSource.Preset.BOTH, List.of("111122223333"),
                List.of("us-east-1"), AthenaQuestion.ALL, new AthenaQuery.Filters("UpdateMonitoring' OR '1'='1",
                "o'brien -- 100%_", null));

        assertThat(query.text()).isEqualTo(golden("msk-query.sql"));
        assertThat(query.days()).as("the range's first day to the day its last records are delivered").isEqualTo(8);
    }

    @Test
    void namesAndValuesThatAreNotAthenasAreRefusedSayingWhat() {
        assertThatThrownBy(() -> new AthenaTable("audit; DROP", "t", ORG, "o-a1b2c3d4e5", List.of("111122223333"),
                List.of("us-east-1"), LocalDate.of(2025, 1, 1))).hasMessageContaining("The database name "
                + "'audit; DROP' is not one Athena takes");
        assertThatThrownBy(() -> new AthenaTable("audit", "t", ORG, "o-a1b2c3d4e5", List.of("1111'"),
                List.of("us-east-1"), LocalDate.of(2025, 1, 1))).hasMessage("'1111'' is not an AWS account id (12 "
                + "digits).");
        assertThatThrownBy(() -> new AthenaQuery(new AthenaTable("audit", "t", LOCAL, null, List.of("111122223333"),
                List.of("us-east-1"), LocalDate.of(2025, 1, 1)), Instant.EPOCH, Instant.EPOCH, null,
                List.of("111122223333"), List.of(), null, null)).hasMessageContaining("holds one account's events");
        assertThatThrownBy(() -> new AthenaQuery(org, Instant.EPOCH, Instant.EPOCH, null, List.of(), List.of(),
                AthenaQuestion.TOPIC, AthenaQuery.Filters.NONE)).hasMessage("\"Kafka actions on a topic\" needs the "
                + "topic's name.");
    }

    @Test
    void eachSavedQuestionAddsItsOwnPredicatesAndQuotesTheTopic() throws IOException {
        Instant from = Instant.parse("2026-03-01T00:00:00Z");
        Instant to = Instant.parse("2026-03-07T23:30:00Z");
        StringBuilder all = new StringBuilder();
        for (AthenaQuestion question : AthenaQuestion.values()) {
            AthenaQuery query = new AthenaQuery(org, from, to, TrailSource.Preset.BOTH, List.of(), List.of(),
                    question, AthenaQuery.Filters.topic("orders_v2' --"));
            all.append("-- ").append(question.label()).append('\n').append(query.text()).append("\n\n");
        }

        assertThat(all.toString().stripTrailing()).isEqualTo(golden("saved-questions.sql"));
        assertThat(AthenaQuestion.of("log-delivery")).contains(AthenaQuestion.LOG_DELIVERY);
        assertThat(AthenaQuestion.of("Denied calls")).contains(AthenaQuestion.DENIED);
        assertThat(AthenaQuestion.of("nope")).isEmpty();
    }

    @Test
    void theRangeIsComparedInWholeSecondsAsCloudTrailWritesThem() {
        AthenaQuery query = new AthenaQuery(org, Instant.parse("2026-11-30T23:01:05.378692350Z"),
                Instant.parse("2026-12-07T23:01:05.9Z"), null, List.of(), List.of(), AthenaQuestion.ALL, null);

        assertThat(query.text()).contains("AND eventtime >= '2026-11-30T23:01:05Z'\n")
                .contains("AND eventtime <= '2026-12-07T23:01:05Z'\n");
    }

    @Test
    void theHeaderNamesEachColumnByItsAlias() {
        assertThat(AthenaQuery.header()).startsWith("eventversion", "eventid").contains("usertype", "userarn")
                .endsWith("resourcearns").hasSize(AthenaQuery.COLUMNS.size());
    }
}
