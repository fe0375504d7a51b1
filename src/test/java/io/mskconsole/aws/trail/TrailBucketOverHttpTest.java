package io.mskconsole.aws.trail;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.mskconsole.aws.StubAccount;
import io.mskconsole.aws.account.AwsSession;
import io.mskconsole.core.arrival.StoredObject;
import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import io.mskconsole.core.trailbucket.ObjectPage;
import io.mskconsole.core.trailbucket.TrailBucketGateway;
import io.mskconsole.core.trailbucket.TrailInfo;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A trail's files over real HTTP, each request as sent: DescribeTrails with shadow trails, ListObjectsV2 of a day
 * folder page after page and of the folders under AWSLogs/, GetObject streamed; access denied naming the IAM action.
 */
class TrailBucketOverHttpTest {
    static final String DESCRIBE = "com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101.DescribeTrails";
    static final String S3_NS = "http://s3.amazonaws.com/doc/2006-03-01/";
    static final String BUCKET = "org-audit-trails";
    static final String DAY = "trails/AWSLogs/o-a1b2c3d4e5/111122223333/CloudTrail/us-east-1/2026/03/02/";
    static final String FILE = DAY + "111122223333_CloudTrail_us-east-1_20260302T1005Z_0a1b2c3d4e5f6a7b.json.gz";

    @RegisterExtension
    static WireMockExtension aws = StubAccount.localMsk();

    @TempDir
    Path home;
    AwsSession session;
    TrailBucketGateway bucket;

    @BeforeEach
    void openStubProfile() {
        session = StubAccount.open(home, StubAccount.patientSettings(aws.baseUrl()));
        bucket = session.trailBucket(StubAccount.REGION);
    }

    @AfterEach
    void closeSession() {
        session.close();
    }

    static String listing(String prefix, boolean truncated, String next, String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ListBucketResult xmlns=\"" + S3_NS + "\"><Name>" + BUCKET
                + "</Name><Prefix>" + prefix + "</Prefix><MaxKeys>1000</MaxKeys><IsTruncated>" + truncated
                + "</IsTruncated>" + (next == null ? "" : "<NextContinuationToken>" + next
                + "</NextContinuationToken>") + body + "</ListBucketResult>";
    }

    static String object(String key, long size) {
        return "<Contents><Key>" + key + "</Key><LastModified>2026-03-02T10:05:31.000Z</LastModified><ETag>&quot;"
                + "9b2cf535f27731c974343645a3985328&quot;</ETag><Size>" + size + "</Size><StorageClass>STANDARD"
                + "</StorageClass></Contents>";
    }

    @Test
    void trailsAreDescribedWithShadowTrailsAndMapped() {
        aws.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(DESCRIBE)).willReturn(aResponse()
                .withStatus(200).withHeader("Content-Type", "application/x-amz-json-1.1").withBody("""
                        {"trailList": [
                          {"Name": "org-audit", "S3BucketName": "%s", "S3KeyPrefix": "trails",
                           "IncludeGlobalServiceEvents": true, "IsMultiRegionTrail": true, "HomeRegion": "us-east-1",
                           "TrailARN": "arn:aws:cloudtrail:us-east-1:999988887777:trail/org-audit",
                           "LogFileValidationEnabled": true, "HasCustomEventSelectors": false,
                           "HasInsightSelectors": false, "IsOrganizationTrail": true},
                          {"Name": "local", "S3BucketName": "local-trail", "IsMultiRegionTrail": false,
                           "HomeRegion": "us-east-1", "TrailARN": "arn:aws:cloudtrail:us-east-1:111122223333:trail/local",
                           "IsOrganizationTrail": false}
                        ]}""".formatted(BUCKET))));

        List<TrailInfo> trails = bucket.trails();

        assertThat(trails).containsExactly(
                new TrailInfo("org-audit", "arn:aws:cloudtrail:us-east-1:999988887777:trail/org-audit", "us-east-1",
                        BUCKET, "trails", true, true),
                new TrailInfo("local", "arn:aws:cloudtrail:us-east-1:111122223333:trail/local", "us-east-1",
                        "local-trail", null, false, false));
        assertThat(trails.get(0).describe()).isEqualTo("org-audit → s3://" + BUCKET + "/trails (organization, all "
                + "regions)");
        LoggedRequest sent = aws.findAll(postRequestedFor(urlEqualTo("/"))).get(0);
        assertThat(sent.getBodyAsString()).isEqualTo("{\"includeShadowTrails\":true}");
        assertThat(sent.getHeader("Authorization")).matches(StubAccount.SIGNED_BY_STUB);
    }

    @Test
    void aDayFolderIsListedPageByPageWithTheContinuationToken() {
        aws.stubFor(get(urlPathEqualTo("/" + BUCKET)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/xml").withBody(listing(DAY, true, "1ueGcxLPRx1Tr/XYExHnhbYLgve"
                        + "DsEW", object(FILE, 4213)))));

        ObjectPage page = bucket.objects(BUCKET, DAY, null);
        ObjectPage next = bucket.objects(BUCKET, DAY, "1ueGcxLPRx1Tr/XYExHnhbYLgveDsEW");

        assertThat(page.objects()).containsExactly(new StoredObject(FILE, 4213, Instant.parse(
                "2026-03-02T10:05:31Z")));
        assertThat(page.nextToken()).isEqualTo("1ueGcxLPRx1Tr/XYExHnhbYLgveDsEW");
        List<LoggedRequest> sent = aws.findAll(getRequestedFor(urlPathEqualTo("/" + BUCKET)));
        assertThat(sent.get(0).getUrl()).isEqualTo("/" + BUCKET + "?list-type=2&prefix=trails%2FAWSLogs%2F"
                + "o-a1b2c3d4e5%2F111122223333%2FCloudTrail%2Fus-east-1%2F2026%2F03%2F02%2F");
        assertThat(sent.get(1).getUrl()).isEqualTo("/" + BUCKET + "?list-type=2&prefix=trails%2FAWSLogs%2F"
                + "o-a1b2c3d4e5%2F111122223333%2FCloudTrail%2Fus-east-1%2F2026%2F03%2F02%2F&continuation-token="
                + "1ueGcxLPRx1Tr%2FXYExHnhbYLgveDsEW");
        assertThat(next.nextToken()).isEqualTo("1ueGcxLPRx1Tr/XYExHnhbYLgveDsEW");
    }

    @Test
    void theFoldersUnderAPrefixAreItsCommonPrefixes() {
        aws.stubFor(get(urlPathEqualTo("/" + BUCKET)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/xml").withBody(listing("trails/AWSLogs/", false, null,
                        "<Delimiter>/</Delimiter><CommonPrefixes><Prefix>trails/AWSLogs/o-a1b2c3d4e5/</Prefix>"
                                + "</CommonPrefixes>"))));

        assertThat(bucket.folders(BUCKET, "trails/AWSLogs/")).containsExactly("trails/AWSLogs/o-a1b2c3d4e5/");
        assertThat(aws.findAll(getRequestedFor(urlPathEqualTo("/" + BUCKET))).get(0).getUrl()).isEqualTo("/" + BUCKET
                + "?list-type=2&delimiter=%2F&prefix=trails%2FAWSLogs%2F");
    }

    @Test
    void aFileIsStreamedAsStored() throws Exception {
        byte[] gz = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        aws.stubFor(get(urlPathEqualTo("/" + BUCKET + "/" + FILE)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/x-gzip").withBody(gz)));

        try (InputStream in = bucket.open(BUCKET, FILE)) {
            assertThat(in.readAllBytes()).isEqualTo(gz);
        }
    }

    @Test
    void aBucketThatMayNotBeListedIsAccessDeniedNamingS3ListBucket() {
        aws.stubFor(get(urlPathEqualTo("/" + BUCKET)).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/xml").withBody("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                        + "<Error><Code>AccessDenied</Code><Message>Access Denied</Message><RequestId>4442587FB7D0A2F9"
                        + "</RequestId></Error>")));

        assertThatThrownBy(() -> bucket.objects(BUCKET, DAY, null)).isInstanceOfSatisfying(GatewayException.class,
                e -> {
                    assertThat(e.failure()).isEqualTo(Failure.ACCESS_DENIED);
                    assertThat(e.getMessage()).contains("bucket " + BUCKET).endsWith("needs permission for "
                            + "s3:ListBucket on this resource.");
                });
    }
}
