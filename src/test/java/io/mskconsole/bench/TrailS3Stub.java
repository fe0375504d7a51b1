package io.mskconsole.bench;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.math.BigInteger;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An organization trail's bucket as S3 and CloudTrail would serve it, from memory, for a WireMock on 127.0.0.1
 * (path-style S3), every answer after {@code delayMs}: DescribeTrails (the trail, organization and multi-region),
 * ListObjectsV2 (prefix, delimiter, max-keys, continuation-token, start-after, encoding-type; 1,000 keys a page at
 * most), GetObject and HeadObject of the files {@link TrailS3Files} made. Counts requests by operation and the bytes
 * of the files served ({@link #reset()} between runs).
 */
final class TrailS3Stub implements ResponseDefinitionTransformerV2 {
    static final String TRAIL = "org-audit";
    static final String MANAGEMENT_ACCOUNT = "999988887777";
    private static final DateTimeFormatter S3_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'",
            Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final String XML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

    /** One object: its bytes as stored, when it was written, its ETag (the MD5 of its bytes, as S3 gives). */
    record Stored(byte[] bytes, Instant lastModified, String etag) {
    }

    private final int delayMs;
    private final String bucket;
    private final String keyPrefix;
    private final NavigableMap<String, Stored> objects = new TreeMap<>();
    private final Map<String, AtomicInteger> requests = new ConcurrentSkipListMap<>();
    private final AtomicLong bytesServed = new AtomicLong();

    TrailS3Stub(int delayMs, TrailS3Files files) {
        this.delayMs = delayMs;
        this.bucket = TrailS3Files.BUCKET;
        this.keyPrefix = TrailS3Files.KEY_PREFIX;
        files.files().forEach(file -> objects.put(file.key(), new Stored(file.gzipped(), file.delivered()
                .plusSeconds(31), md5(file.gzipped()))));
    }

    void reset() {
        requests.clear();
        bytesServed.set(0);
    }

    /** Requests by operation since the last reset. */
    Map<String, Integer> requests() {
        Map<String, Integer> counted = new LinkedHashMap<>();
        requests.forEach((operation, n) -> counted.put(operation, n.get()));
        return counted;
    }

    int requestCount() {
        return requests.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    /** The bytes of the files served by GetObject since the last reset. */
    long bytesServed() {
        return bytesServed.get();
    }

    @Override
    public String getName() {
        return "trail-s3-stub";
    }

    @Override
    public boolean applyGlobally() {
        return true;
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
        LoggedRequest request = event.getRequest();
        String method = request.getMethod().getName();
        String target = request.getHeader("X-Amz-Target");
        String path = URLDecoder.decode(request.getUrl().split("\\?")[0], StandardCharsets.UTF_8);
        if (target != null) {
            String operation = target.substring(target.lastIndexOf('.') + 1);
            count(operation);
            return operation.equals("DescribeTrails") ? describeTrails()
                    : aResponse().withStatus(400).withFixedDelay(delayMs).withHeader("Content-Type",
                    "application/x-amz-json-1.1").withBody("{\"__type\":\"InvalidAction\",\"message\":\"Not stubbed: "
                    + operation + "\"}").build();
        }
        boolean listing = query(request, "list-type") != null;
        String operation = listing ? "ListObjectsV2" : method.equals("HEAD") ? "HeadObject" : "GetObject";
        count(operation);
        if (!path.equals("/" + bucket) && !path.startsWith("/" + bucket + "/")) {
            return error(404, "NoSuchBucket", "The specified bucket does not exist");
        }
        if (listing) {
            return list(request);
        }
        Stored object = path.length() > bucket.length() + 2 ? objects.get(path.substring(bucket.length() + 2)) : null;
        if (object == null) {
            return error(404, "NoSuchKey", "The specified key does not exist.");
        }
        ResponseDefinitionBuilder answer = aResponse().withStatus(200).withFixedDelay(delayMs)
                .withHeader("Content-Type", "application/x-gzip")
                .withHeader("Last-Modified", DateTimeFormatter.RFC_1123_DATE_TIME.format(
                        object.lastModified().atOffset(ZoneOffset.UTC)))
                .withHeader("ETag", "\"" + object.etag() + "\"").withHeader("Accept-Ranges", "bytes")
                .withHeader("x-amz-server-side-encryption", "AES256")
                .withHeader("x-amz-request-id", "4442587FB7D0A2F9");
        if (method.equals("HEAD")) {
            return answer.withHeader("Content-Length", String.valueOf(object.bytes().length)).build();
        }
        bytesServed.addAndGet(object.bytes().length);
        return answer.withBody(object.bytes()).build();
    }

    private ResponseDefinition describeTrails() {
        String body = "{\"trailList\":[{\"Name\":\"" + TRAIL + "\",\"S3BucketName\":\"" + bucket
                + "\",\"S3KeyPrefix\":\"" + keyPrefix + "\",\"IncludeGlobalServiceEvents\":true,"
                + "\"IsMultiRegionTrail\":true,\"HomeRegion\":\""
                + TrailS3Files.REGION + "\",\"TrailARN\":\"arn:aws:cloudtrail:" + TrailS3Files.REGION + ":"
                + MANAGEMENT_ACCOUNT + ":trail/" + TRAIL + "\",\"LogFileValidationEnabled\":true,"
                + "\"HasCustomEventSelectors\":false,\"HasInsightSelectors\":false,\"IsOrganizationTrail\":true}]}";
        return aResponse().withStatus(200).withFixedDelay(delayMs)
                .withHeader("Content-Type", "application/x-amz-json-1.1")
                .withHeader("x-amzn-RequestId", "5f1b2c3d-0000-4000-8000-000000000001").withBody(body).build();
    }

    /** ListObjectsV2: keys after the token (or start-after) under the prefix; with a delimiter, the folders too. */
    private ResponseDefinition list(LoggedRequest request) {
        String prefix = query(request, "prefix") == null ? "" : query(request, "prefix");
        String delimiter = query(request, "delimiter");
        int maxKeys = query(request, "max-keys") == null ? 1000 : Math.min(1000,
                Integer.parseInt(query(request, "max-keys")));
        String continuation = query(request, "continuation-token");
        String after = continuation != null ? new String(Base64.getUrlDecoder().decode(continuation),
                StandardCharsets.UTF_8) : query(request, "start-after");
        NavigableMap<String, Stored> under = objects.subMap(prefix, true, prefix + Character.MAX_VALUE, false);
        if (after != null) {
            under = under.tailMap(after, false);
        }
        StringBuilder contents = new StringBuilder();
        TreeSet<String> folders = new TreeSet<>();
        int count = 0;
        String last = null;
        boolean truncated = false;
        for (Map.Entry<String, Stored> object : under.entrySet()) {
            String key = object.getKey();
            int cut = delimiter == null ? -1 : key.indexOf(delimiter, prefix.length());
            if (cut >= 0) {
                if (folders.add(key.substring(0, cut + delimiter.length()))) {
                    count++;
                }
                continue;
            }
            if (count == maxKeys) {
                truncated = true;
                break;
            }
            contents.append("<Contents><Key>").append(key).append("</Key><LastModified>")
                    .append(S3_TIME.format(object.getValue().lastModified())).append("</LastModified><ETag>&quot;")
                    .append(object.getValue().etag()).append("&quot;</ETag><Size>")
                    .append(object.getValue().bytes().length).append("</Size><StorageClass>STANDARD"
                            + "</StorageClass></Contents>");
            count++;
            last = key;
        }
        StringBuilder common = new StringBuilder();
        folders.forEach(folder -> common.append("<CommonPrefixes><Prefix>").append(folder)
                .append("</Prefix></CommonPrefixes>"));
        String xml = XML + "<ListBucketResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><Name>" + bucket
                + "</Name><Prefix>" + prefix + "</Prefix>"
                + (continuation == null ? "" : "<ContinuationToken>" + continuation + "</ContinuationToken>")
                + (truncated ? "<NextContinuationToken>" + Base64.getUrlEncoder().encodeToString(
                last.getBytes(StandardCharsets.UTF_8)) + "</NextContinuationToken>" : "")
                + "<KeyCount>" + count + "</KeyCount><MaxKeys>" + maxKeys + "</MaxKeys>"
                + (delimiter == null ? "" : "<Delimiter>" + delimiter + "</Delimiter>")
                + ("url".equals(query(request, "encoding-type")) ? "<EncodingType>url</EncodingType>" : "")
                + "<IsTruncated>" + truncated + "</IsTruncated>" + contents + common + "</ListBucketResult>";
        return aResponse().withStatus(200).withFixedDelay(delayMs).withHeader("Content-Type", "application/xml")
                .withHeader("x-amz-request-id", "4442587FB7D0A2F9").withBody(xml).build();
    }

    private ResponseDefinition error(int status, String code, String message) {
        return aResponse().withStatus(status).withFixedDelay(delayMs).withHeader("Content-Type", "application/xml")
                .withBody(XML + "<Error><Code>" + code + "</Code><Message>" + message + "</Message><RequestId>"
                        + "4442587FB7D0A2F9</RequestId></Error>").build();
    }

    private void count(String operation) {
        requests.computeIfAbsent(operation, o -> new AtomicInteger()).incrementAndGet();
    }

    private static String query(LoggedRequest request, String name) {
        QueryParameter parameter = request.queryParameter(name);
        return parameter == null || !parameter.isPresent() ? null : parameter.firstValue();
    }

    private static String md5(byte[] bytes) {
        try {
            return String.format(Locale.ROOT, "%032x", new BigInteger(1, MessageDigest.getInstance("MD5")
                    .digest(bytes)));
        } catch (NoSuchAlgorithmException cannot) {
            throw new IllegalStateException(cannot);
        }
    }
}
