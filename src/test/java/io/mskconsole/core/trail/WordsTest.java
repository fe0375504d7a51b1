package io.mskconsole.core.trail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Events share their repeated values, one instance each, and the free-text filter looks in each field's lower case:
 * what a million events save, with the same matches as before.
 */
class WordsTest {
    static TrailEvent event(String id, String name, String user) {
        return TrailRecords.parse("{\"eventID\":\"" + id + "\",\"eventTime\":\"2026-03-01T00:00:00Z\",\"eventName\":\""
                + name + "\",\"eventSource\":\"kafka.amazonaws.com\",\"awsRegion\":\"us-east-1\",\"userIdentity\":"
                + "{\"type\":\"IAMUser\",\"userName\":\"" + user + "\"},\"requestParameters\":{\"clusterArn\":"
                + "\"arn:aws:kafka:us-east-1:111122223333:cluster/orders-prod/0a1b2c3d-1\"},\"recipientAccountId\":"
                + "\"111122223333\"}").orElseThrow();
    }

    @Test
    void eventsShareTheirRepeatedValues() {
        TrailEvent first = event("a", new String("UpdateMonitoring"), new String("Jane"));
        TrailEvent second = event("b", new String("UpdateMonitoring"), new String("Jane"));

        assertThat(second.name()).isEqualTo("UpdateMonitoring").isSameAs(first.name());
        assertThat(second.user()).isSameAs(first.user());
        assertThat(second.account()).isSameAs(first.account());
        assertThat(second.resource()).isEqualTo(first.resource()).isSameAs(first.resource());
        assertThat(Words.of("")).isEmpty();
        assertThat(Words.of((String) null)).isEmpty();
    }

    @Test
    void theTextFilterLooksInEachFieldIgnoringCaseAndNeverAcrossTwo() {
        TrailEvent event = event("Evt-1", "UpdateMonitoring", "Jane");

        assertThat(event.holds("updatemon")).isTrue();
        assertThat(event.holds("jane")).isTrue();
        assertThat(event.holds("orders-prod")).isTrue();
        assertThat(event.holds("111122223333")).isTrue();
        assertThat(event.holds("evt-1")).as("the event id, lowered").isTrue();
        assertThat(event.holds("monitoringkafka")).as("not across two fields").isFalse();
        assertThat(TrailFilter.text("JANE updatemonitoring").predicate().test(event)).isTrue();
        assertThat(TrailFilter.text("jane bob").predicate().test(event)).isFalse();
        assertThat(event.searchText()).contains("updatemonitoring\nkafka.amazonaws.com");
    }
}
