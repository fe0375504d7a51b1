package io.mskconsole.core.trail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrailFilterTest {
    final TrailEvent describe = TrailRecords.parse(TrailRecordsTest.DESCRIBE_CLUSTER).orElseThrow();
    final TrailEvent topic = TrailRecords.parse(TrailRecordsTest.CREATE_TOPIC).orElseThrow();
    final List<TrailEvent> events = List.of(describe, topic);

    List<TrailEvent> filter(TrailFilter filter) {
        return events.stream().filter(filter.predicate()).toList();
    }

    @Test
    void everyConditionMustHold() {
        assertThat(filter(TrailFilter.ALL)).containsExactly(describe, topic);
        assertThat(filter(TrailFilter.text("joe"))).containsExactly(describe);
        assertThat(filter(TrailFilter.text("  CREATE   topic9 "))).as("all words, any case").containsExactly(topic);
        assertThat(filter(TrailFilter.text("createtopic joe"))).isEmpty();
        assertThat(filter(new TrailFilter(null, "describe", null, null, null, null, null))).containsExactly(describe);
        assertThat(filter(new TrailFilter(null, null, "admin", null, null, false, null))).containsExactly(topic);
        assertThat(filter(new TrailFilter(null, null, null, "examplecluster", null, true, false)))
                .containsExactly(describe);
        assertThat(filter(new TrailFilter(null, null, null, null, "topic9", null, null))).containsExactly(topic);
        assertThat(filter(new TrailFilter(null, null, null, null, null, null, true))).isEmpty();
    }

    @Test
    void aClusterIsFoundByItsArnOrName() {
        String arn = "arn:aws:kafka:us-east-1:111122223333:cluster/IamAuthCluster/3ebafd8e-dae9-440d-85db-4ef52679674d-1";
        assertThat(filter(TrailFilter.ALL.withCluster(arn))).containsExactly(topic);
        assertThat(filter(TrailFilter.ALL.withCluster("IamAuth"))).containsExactly(topic);
        assertThat(TrailFilter.ALL.isEmpty()).isTrue();
        assertThat(TrailFilter.ALL.withCluster("x").isEmpty()).isFalse();
    }
}
