package io.mskconsole.core.clusters;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClusterArnTest {
    static final String ARN = "arn:aws:kafka:eu-west-1:111122223333:cluster/analytics-eu/5b9e3a17-d2c4-48f6-a0e1-93c7b5d2f8a4-4";

    @Test
    void readsRegionAndAccount() {
        assertThat(ClusterArn.region(ARN)).isEqualTo("eu-west-1");
        assertThat(ClusterArn.account(ARN)).isEqualTo("111122223333");
    }

    @Test
    void somethingElseHasNoRegionOrAccount() {
        assertThat(ClusterArn.region("not an arn")).isEmpty();
        assertThat(ClusterArn.region(null)).isEmpty();
        assertThat(ClusterArn.account("arn:aws:kafka")).isEmpty();
    }

    @Test
    void tellsClusterArnsFromOthers() {
        assertThat(ClusterArn.looksValid(ARN)).isTrue();
        assertThat(ClusterArn.looksValid("arn:aws-cn:kafka:cn-north-1:111122223333:cluster/a/b-1")).isTrue();
        assertThat(ClusterArn.looksValid("arn:aws:kafka:us-east-1:111122223333:topic/a/b/c")).isFalse();
        assertThat(ClusterArn.looksValid("arn:aws:s3:::bucket")).isFalse();
        assertThat(ClusterArn.looksValid("arn:aws:kafka::111122223333:cluster/a/b")).isFalse();
        assertThat(ClusterArn.looksValid(null)).isFalse();
    }

    @Test
    void encodesTheArnAsOnePathSegment() {
        assertThat(ClusterArn.pathSegment(ARN))
                .isEqualTo("arn%3Aaws%3Akafka%3Aeu-west-1%3A111122223333%3Acluster%2Fanalytics-eu%2F5b9e3a17-d2c4-48f6-a0e1-93c7b5d2f8a4-4");
        assertThat(ClusterArn.pathSegment("a b+c")).isEqualTo("a%20b%2Bc");
    }
}
