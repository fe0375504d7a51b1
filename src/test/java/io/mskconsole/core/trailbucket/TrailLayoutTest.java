package io.mskconsole.core.trailbucket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The trail's S3 layout: the day folders a range needs, single-account and organization, and the files' times. */
class TrailLayoutTest {
    static final String FOLDER = "AWSLogs/111122223333/CloudTrail/us-east-1/";

    @Test
    void aRangeNeedsTheDayBeforeItsStartAndTheDayItsLastRecordsAreDelivered() {
        assertThat(TrailLayout.dayPrefixes(TrailLayout.root(null, null), "111122223333", "us-east-1",
                Instant.parse("2026-03-01T10:00:00Z"), Instant.parse("2026-03-02T12:00:00Z")))
                .containsExactly(FOLDER + "2026/02/28/", FOLDER + "2026/03/01/", FOLDER + "2026/03/02/");
        assertThat(TrailLayout.dayPrefixes(TrailLayout.root(null, null), "111122223333", "us-east-1",
                Instant.parse("2026-03-01T10:00:00Z"), Instant.parse("2026-03-01T23:30:00Z")))
                .as("records of the last half hour may be delivered after midnight")
                .containsExactly(FOLDER + "2026/02/28/", FOLDER + "2026/03/01/", FOLDER + "2026/03/02/");
    }

    @Test
    void aDayFolderSaysItsDay() {
        assertThat(TrailLayout.day("trails/AWSLogs/o-a1b2c3d4e5/111122223333/CloudTrail/us-east-1/2026/03/04/"))
                .contains(java.time.LocalDate.of(2026, 3, 4));
        assertThat(TrailLayout.day("AWSLogs/111122223333/CloudTrail/us-east-1/")).isEmpty();
        assertThat(TrailLayout.day("AWSLogs/111122223333/CloudTrail/us-east-1/2026/03/04/file.json.gz")).isEmpty();
        assertThat(TrailLayout.day("AWSLogs/111122223333/CloudTrail/us-east-1/2026/13/04/")).isEmpty();
        assertThat(TrailLayout.day(null)).isEmpty();
    }

    @Test
    void aPrefixAndAnOrganizationComeBeforeTheAccount() {
        assertThat(TrailLayout.root("audit/trails", "o-a1b2c3d4e5")).isEqualTo("audit/trails/AWSLogs/o-a1b2c3d4e5/");
        assertThat(TrailLayout.root("audit/", null)).isEqualTo("audit/AWSLogs/");
        assertThat(TrailLayout.root(" ", null)).isEqualTo("AWSLogs/");
        assertThat(TrailLayout.dayPrefixes(TrailLayout.root("audit", "o-a1b2c3d4e5"), "444455556666", "eu-west-1",
                Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-01-01T00:00:00Z"))).first()
                .isEqualTo("audit/AWSLogs/o-a1b2c3d4e5/444455556666/CloudTrail/eu-west-1/2025/12/31/");
    }

    @Test
    void badInputIsRefusedSayingWhat() {
        assertThatThrownBy(() -> TrailLayout.root(null, "org-1")).hasMessageContaining("'org-1' is not an "
                + "organization id");
        assertThatThrownBy(() -> TrailLayout.dayPrefixes("AWSLogs/", "1111", "us-east-1", Instant.EPOCH,
                Instant.EPOCH)).hasMessage("'1111' is not an AWS account id (12 digits).");
        assertThatThrownBy(() -> TrailLayout.dayPrefixes("AWSLogs/", "111122223333", "../x", Instant.EPOCH,
                Instant.EPOCH)).hasMessage("'../x' is not an AWS region (like us-east-1).");
        assertThatThrownBy(() -> TrailLayout.dayPrefixes("AWSLogs/", "111122223333", "us-east-1",
                Instant.parse("2026-03-02T00:00:00Z"), Instant.parse("2026-03-01T00:00:00Z")))
                .hasMessageContaining("starts (2026-03-02T00:00:00Z) after it ends");
        assertThatThrownBy(() -> TrailLayout.dayPrefixes("AWSLogs/", "111122223333", "us-east-1",
                Instant.parse("2020-01-01T00:00:00Z"), Instant.parse("2026-03-01T00:00:00Z")))
                .hasMessageContaining("spans more than 800 days");
    }

    @Test
    void aFilesNameSaysWhenItWasDeliveredAndWhetherItMayHoldTheRange() {
        String key = FOLDER + "2026/03/01/111122223333_CloudTrail_us-east-1_20260301T1005Z_0a1b2c3d4e5f6a7b.json.gz";
        assertThat(TrailLayout.deliveredAt(key)).contains(Instant.parse("2026-03-01T10:05:00Z"));
        assertThat(TrailLayout.deliveredAt(FOLDER + "2026/03/01/notes.txt")).isEmpty();
        Instant from = Instant.parse("2026-03-01T10:05:30Z");
        Instant to = Instant.parse("2026-03-01T11:00:00Z");
        assertThat(TrailLayout.mayHold(key, from, to)).as("delivered within the minute of the start").isTrue();
        assertThat(TrailLayout.mayHold(key, Instant.parse("2026-03-01T10:07:00Z"), to)).isFalse();
        assertThat(TrailLayout.mayHold(key, Instant.parse("2026-03-01T08:00:00Z"),
                Instant.parse("2026-03-01T09:05:00Z"))).as("delivered within the delay after the end").isTrue();
        assertThat(TrailLayout.mayHold(key, Instant.parse("2026-03-01T08:00:00Z"),
                Instant.parse("2026-03-01T09:00:00Z"))).isFalse();
        assertThat(TrailLayout.mayHold(FOLDER + "2026/03/01/odd-name.json.gz", from, to)).isTrue();
    }
}
