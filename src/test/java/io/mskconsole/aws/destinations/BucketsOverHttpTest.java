package io.mskconsole.aws.destinations;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToXml;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.head;
import static com.github.tomakehurst.wiremock.client.WireMock.headRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.mskconsole.aws.destinations.AwsWire.ACCOUNT;
import static io.mskconsole.aws.destinations.AwsWire.S3_NS;
import static io.mskconsole.aws.destinations.AwsWire.only;
import static io.mskconsole.aws.destinations.AwsWire.s3Error;
import static io.mskconsole.aws.destinations.AwsWire.signedRegion;
import static io.mskconsole.aws.destinations.AwsWire.xml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.mskconsole.aws.StubAccount;
import io.mskconsole.aws.account.AwsSession;
import io.mskconsole.core.destinations.BucketEncryption;
import io.mskconsole.core.destinations.BucketInfo;
import io.mskconsole.core.destinations.Page;
import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** S3 (REST-XML, path-style against the stub) over real HTTP: listing, lookup with region and encryption, creation. */
class BucketsOverHttpTest {
    static final String KEY = "arn:aws:kms:us-east-1:" + ACCOUNT + ":key/1234abcd-12ab-34cd-56ef-1234567890ab";

    @RegisterExtension
    static WireMockExtension aws = StubAccount.localMsk();

    @TempDir
    Path home;
    AwsSession session;

    @BeforeEach
    void openStubProfile() {
        session = StubAccount.open(home, StubAccount.patientSettings(aws.baseUrl()));
    }

    @AfterEach
    void closeSession() {
        session.close();
    }

    BucketInfo lookUp(String bucket) {
        return session.destinations("us-east-1").destinations().bucket(bucket).orElseThrow();
    }

    static String bucket(String name, String region) {
        return "<Bucket><Name>" + name + "</Name><CreationDate>2024-05-01T10:15:30.000Z</CreationDate>"
                + "<BucketRegion>" + region + "</BucketRegion><BucketArn>arn:aws:s3:::" + name + "</BucketArn></Bucket>";
    }

    static ResponseDefinitionBuilder bucketList(String continuationToken, String... buckets) {
        return xml(200, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ListAllMyBucketsResult xmlns=\"" + S3_NS
                + "\"><Owner><ID>75aa57f09aa0c8caeab4f8c24e99d10f8e7faeebf76c078efc7c6caea54ba06a</ID></Owner>"
                + "<Buckets>" + String.join("", buckets) + "</Buckets>"
                + (continuationToken == null ? "" : "<ContinuationToken>" + continuationToken + "</ContinuationToken>")
                + "</ListAllMyBucketsResult>");
    }

    static ResponseDefinitionBuilder encryption(String algorithm, String keyId) {
        return xml(200, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ServerSideEncryptionConfiguration xmlns=\""
                + S3_NS + "\"><Rule><ApplyServerSideEncryptionByDefault><SSEAlgorithm>" + algorithm + "</SSEAlgorithm>"
                + (keyId == null ? "" : "<KMSMasterKeyID>" + keyId + "</KMSMasterKeyID>")
                + "</ApplyServerSideEncryptionByDefault><BucketKeyEnabled>true</BucketKeyEnabled></Rule>"
                + "</ServerSideEncryptionConfiguration>");
    }

    static ResponseDefinitionBuilder headFound(String region) {
        return aResponse().withStatus(200).withHeader("x-amz-bucket-region", region)
                .withHeader("x-amz-access-point-alias", "false");
    }

    @Test
    void listsBucketsWithTheirRegionsPageByPage() {
        aws.stubFor(get(urlPathEqualTo("/")).withQueryParam("continuation-token", absent())
                .willReturn(bucketList("token-2", bucket("msk-logs-use1", "us-east-1"),
                        bucket("msk-logs-euw1", "eu-west-1"))));
        aws.stubFor(get(urlPathEqualTo("/")).withQueryParam("continuation-token", equalTo("token-2"))
                .willReturn(bucketList(null, bucket("archive-apse2", "ap-southeast-2"))));
        var gateway = session.destinations("us-east-1").destinations();

        Page<BucketInfo> first = gateway.buckets(null);
        Page<BucketInfo> second = gateway.buckets(first.nextToken());

        assertThat(first.items()).containsExactly(BucketInfo.listed("msk-logs-use1", "us-east-1"),
                BucketInfo.listed("msk-logs-euw1", "eu-west-1"));
        assertThat(first.nextToken()).isEqualTo("token-2");
        assertThat(second.items()).containsExactly(BucketInfo.listed("archive-apse2", "ap-southeast-2"));
        assertThat(second.hasMore()).isFalse();
        assertThat(aws.findAll(getRequestedFor(urlPathEqualTo("/")))).extracting(LoggedRequest::getUrl)
                .containsExactly("/?max-buckets=1000", "/?max-buckets=1000&continuation-token=token-2");
    }

    @Test
    void aBucketOfTheRegionWithSseKmsHasItsKey() {
        aws.stubFor(head(urlEqualTo("/msk-logs")).willReturn(headFound("us-east-1")));
        aws.stubFor(get(urlEqualTo("/msk-logs?encryption")).willReturn(encryption("aws:kms", KEY)));

        assertThat(lookUp("msk-logs")).isEqualTo(new BucketInfo("msk-logs", "us-east-1", BucketEncryption.SSE_KMS, KEY));

        aws.verify(1, headRequestedFor(urlEqualTo("/msk-logs")));
        LoggedRequest encryption = only(aws, getRequestedFor(urlEqualTo("/msk-logs?encryption")));
        assertThat(signedRegion(encryption)).isEqualTo("us-east-1");
    }

    @Test
    void aBucketOfAnotherRegionIsLocatedByTheRedirectsRegionHeaderAndReadThere() {
        aws.stubFor(head(urlEqualTo("/eu-logs")).willReturn(aResponse().withStatus(301)
                .withHeader("x-amz-bucket-region", "eu-west-1")));
        aws.stubFor(get(urlEqualTo("/eu-logs?encryption")).willReturn(encryption("AES256", null)));

        assertThat(lookUp("eu-logs")).isEqualTo(new BucketInfo("eu-logs", "eu-west-1", BucketEncryption.SSE_S3, null));

        assertThat(signedRegion(only(aws, headRequestedFor(urlEqualTo("/eu-logs"))))).isEqualTo("us-east-1");
        assertThat(signedRegion(only(aws, getRequestedFor(urlEqualTo("/eu-logs?encryption")))))
                .as("encryption is read with a client of the bucket's region").isEqualTo("eu-west-1");
    }

    @Test
    void dualLayerKmsAndNoEncryptionRule() {
        aws.stubFor(head(urlEqualTo("/dsse")).willReturn(headFound("us-east-1")));
        aws.stubFor(get(urlEqualTo("/dsse?encryption")).willReturn(encryption("aws:kms:dsse", "alias/logs")));
        aws.stubFor(head(urlEqualTo("/old-bucket")).willReturn(headFound("us-east-1")));
        aws.stubFor(get(urlEqualTo("/old-bucket?encryption")).willReturn(s3Error(404,
                "ServerSideEncryptionConfigurationNotFoundError", "The server side encryption configuration was not found")));

        assertThat(lookUp("dsse")).isEqualTo(new BucketInfo("dsse", "us-east-1", BucketEncryption.DSSE_KMS, "alias/logs"));
        assertThat(lookUp("old-bucket")).isEqualTo(new BucketInfo("old-bucket", "us-east-1", BucketEncryption.NONE, null));
    }

    @Test
    void encryptionThatMayNotBeReadIsUnknownAndTheLookupStillSucceeds() {
        aws.stubFor(head(urlEqualTo("/locked")).willReturn(headFound("us-east-1")));
        aws.stubFor(get(urlEqualTo("/locked?encryption")).willReturn(s3Error(403, "AccessDenied", "Access Denied")));

        assertThat(lookUp("locked")).isEqualTo(new BucketInfo("locked", "us-east-1", BucketEncryption.UNKNOWN, null));
    }

    @Test
    void aMissingBucketIsEmptyAndNothingElseIsAsked() {
        aws.stubFor(head(urlEqualTo("/nobody-has-this")).willReturn(aResponse().withStatus(404)));

        assertThat(session.destinations("us-east-1").destinations().bucket("nobody-has-this")).isEmpty();

        aws.verify(0, getRequestedFor(urlPathEqualTo("/nobody-has-this")));
    }

    @Test
    void aForbiddenBucketWhoseRegionS3NamesIsFoundThereWithUnknownEncryptionAndItsEncryptionIsNotAsked() {
        aws.stubFor(head(urlEqualTo("/locked-here")).willReturn(aResponse().withStatus(403)
                .withHeader("x-amz-bucket-region", "us-east-1")));
        aws.stubFor(head(urlEqualTo("/locked-eu")).willReturn(aResponse().withStatus(403)
                .withHeader("x-amz-bucket-region", "eu-west-1")));

        assertThat(lookUp("locked-here"))
                .isEqualTo(new BucketInfo("locked-here", "us-east-1", BucketEncryption.UNKNOWN, null));
        assertThat(lookUp("locked-eu")).as("a bucket of another region is still seen to be in that region")
                .isEqualTo(new BucketInfo("locked-eu", "eu-west-1", BucketEncryption.UNKNOWN, null));

        assertThat(aws.findAll(anyRequestedFor(anyUrl()))).extracting(r -> r.getMethod() + " " + r.getUrl())
                .containsExactlyInAnyOrder("HEAD /locked-here", "HEAD /locked-eu");
        assertThat(signedRegion(only(aws, headRequestedFor(urlEqualTo("/locked-eu"))))).isEqualTo("us-east-1");
        aws.verify(0, getRequestedFor(urlPathEqualTo("/locked-here")));
        aws.verify(0, getRequestedFor(urlPathEqualTo("/locked-eu")));
    }

    @Test
    void aForbiddenBucketWithoutARegionExistsButCannotBeRead() {
        aws.stubFor(head(urlEqualTo("/someone-elses")).willReturn(aResponse().withStatus(403)));

        assertThatThrownBy(() -> lookUp("someone-elses")).isInstanceOfSatisfying(GatewayException.class, e -> {
            assertThat(e.failure()).isEqualTo(Failure.ACCESS_DENIED);
            assertThat(e.operation()).isEqualTo("HeadBucket");
            assertThat(e.getMessage()).isEqualTo("HeadBucket of bucket someone-elses in us-east-1 (profile stub)"
                    + " failed: access denied. The bucket exists, but the identity of profile stub cannot read it: it"
                    + " may belong to another account, or the identity needs s3:ListBucket on it.");
        });
        aws.verify(1, headRequestedFor(urlEqualTo("/someone-elses")));
        aws.verify(0, getRequestedFor(urlPathEqualTo("/someone-elses")));
    }

    @Test
    void createsABucketInUsEast1WithoutAConfiguration() {
        aws.stubFor(put(urlEqualTo("/new-logs")).willReturn(aResponse().withStatus(200)
                .withHeader("Location", "/new-logs")));

        session.destinations("us-east-1").destinations().createBucket("new-logs");

        LoggedRequest create = only(aws, putRequestedFor(urlEqualTo("/new-logs")));
        assertThat(create.getBodyAsString()).isEmpty();
        assertThat(signedRegion(create)).isEqualTo("us-east-1");
    }

    @Test
    void createsABucketElsewhereWithItsLocationConstraint() {
        aws.stubFor(put(urlEqualTo("/new-logs-eu")).willReturn(aResponse().withStatus(200)
                .withHeader("Location", "http://new-logs-eu.s3.amazonaws.com/")));

        session.destinations("eu-west-1").destinations().createBucket("new-logs-eu");

        LoggedRequest create = only(aws, putRequestedFor(urlEqualTo("/new-logs-eu")).withRequestBody(equalToXml(
                "<CreateBucketConfiguration xmlns=\"" + S3_NS + "\"><LocationConstraint>eu-west-1</LocationConstraint>"
                        + "</CreateBucketConfiguration>")));
        assertThat(signedRegion(create)).isEqualTo("eu-west-1");
    }

    @Test
    void aTakenNameIsAConflict() {
        aws.stubFor(put(urlEqualTo("/logs")).willReturn(s3Error(409, "BucketAlreadyExists",
                "The requested bucket name is not available.")));

        assertThatThrownBy(() -> session.destinations("us-east-1").destinations().createBucket("logs"))
                .isInstanceOfSatisfying(GatewayException.class, e -> {
                    assertThat(e.failure()).isEqualTo(Failure.CONFLICT);
                    assertThat(e.serviceMessage()).isEqualTo("The requested bucket name is not available.");
                });
    }
}
