package io.mskconsole.bench;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;

/**
 * The bucket of {@link LogViewerStub}: the S3 delivery layout of one cluster's broker logs,
 * {@code <folder><YYYY-MM-DD-HH>/Broker-N_HH-mm_<hash>.log.gz}, one gzipped object per broker per 5 minutes, written
 * a few seconds after its 5 minutes end, in the folder of the hour it was written; none written after {@code now}.
 * Answers ListObjectsV2 (prefix, max-keys, continuation-token, start-after), GetObject and HeadObject, path-style.
 */
final class LogBucketStub {
    static final Duration OBJECT_SPAN = Duration.ofMinutes(5);
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("yyyy-MM-dd-HH", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter HOUR_MINUTE = DateTimeFormatter.ofPattern("HH-mm", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter S3_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'",
            Locale.ROOT).withZone(ZoneOffset.UTC);

    /** One object of the delivery layout. */
    record StoredLog(byte[] gzipped, Instant lastModified, String etag) {
    }

    private final int delayMs;
    private final String bucket;
    private final TreeMap<String, StoredLog> objects = new TreeMap<>();

    /** @param folder the cluster's folder of the layout, ending with '/' */
    LogBucketStub(int delayMs, String bucket, String folder, List<BrokerLogTraffic.Line> lines, Instant now) {
        this.delayMs = delayMs;
        this.bucket = bucket;
        Map<String, StringBuilder> texts = new LinkedHashMap<>();
        Map<String, Instant> written = new LinkedHashMap<>();
        long span = OBJECT_SPAN.toMillis();
        for (BrokerLogTraffic.Line line : lines) {
            long window = Math.floorDiv(line.time().toEpochMilli(), span) * span;
            Instant at = Instant.ofEpochMilli(window + span).plusSeconds(3 + 2L * line.broker())
                    .plusMillis(137L * line.broker());
            if (at.isAfter(now)) {
                continue;
            }
            String key = folder + HOUR.format(at) + "/Broker-" + line.broker() + "_" + HOUR_MINUTE.format(at) + "_"
                    + String.format(Locale.ROOT, "%08x", (window / span * 31 + line.broker()) * 2_654_435_761L
                    & 0xffffffffL) + ".log.gz";
            texts.computeIfAbsent(key, k -> new StringBuilder()).append(line.text()).append('\n');
            written.put(key, at);
        }
        texts.forEach((key, text) -> {
            byte[] gzipped = gzip(text.toString());
            objects.put(key, new StoredLog(gzipped, written.get(key), String.format(Locale.ROOT, "%032x",
                    new BigInteger(1, Arrays.copyOf(gzipped, 16)))));
        });
    }

    /** The objects by key, in order. */
    Map<String, StoredLog> objects() {
        return Collections.unmodifiableMap(objects);
    }

    /** Whether a request's (decoded) path is this bucket's or one of its objects'. */
    boolean holds(String path) {
        return path.equals("/" + bucket) || path.startsWith("/" + bucket + "/");
    }

    /** The object a path names, or null. */
    StoredLog object(String path) {
        return objects.get(path.substring(bucket.length() + 2));
    }

    /** GetObject's answer (HeadObject's without the body). */
    ResponseDefinition answer(StoredLog object, boolean head) {
        ResponseDefinitionBuilder answer = aResponse().withStatus(200).withFixedDelay(delayMs)
                .withHeader("Content-Type", "application/octet-stream")
                .withHeader("Last-Modified", DateTimeFormatter.RFC_1123_DATE_TIME.format(
                        object.lastModified().atOffset(ZoneOffset.UTC)))
                .withHeader("ETag", "\"" + object.etag() + "\"").withHeader("Accept-Ranges", "bytes")
                .withHeader("x-amz-request-id", "4442587FB7D0A2F9");
        return head ? answer.withHeader("Content-Length", String.valueOf(object.gzipped().length)).build()
                : answer.withBody(object.gzipped()).build();
    }

    ResponseDefinition list(LoggedRequest request) {
        String prefix = query(request, "prefix") == null ? "" : query(request, "prefix");
        int maxKeys = query(request, "max-keys") == null ? 1000 : Math.min(1000,
                Integer.parseInt(query(request, "max-keys")));
        String continuation = query(request, "continuation-token");
        String after = continuation != null ? new String(Base64.getUrlDecoder().decode(continuation),
                StandardCharsets.UTF_8) : query(request, "start-after");
        StringBuilder contents = new StringBuilder();
        int count = 0;
        String last = null;
        boolean truncated = false;
        for (Map.Entry<String, StoredLog> object : (after == null ? objects : objects.tailMap(after, false))
                .entrySet()) {
            if (!object.getKey().startsWith(prefix)) {
                continue;
            }
            if (count == maxKeys) {
                truncated = true;
                break;
            }
            contents.append("<Contents><Key>").append(object.getKey()).append("</Key><LastModified>")
                    .append(S3_TIME.format(object.getValue().lastModified())).append("</LastModified><ETag>&quot;")
                    .append(object.getValue().etag()).append("&quot;</ETag><Size>")
                    .append(object.getValue().gzipped().length).append("</Size><StorageClass>STANDARD"
                            + "</StorageClass></Contents>");
            count++;
            last = object.getKey();
        }
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ListBucketResult xmlns=\"http://s3.amazonaws.com/"
                + "doc/2006-03-01/\"><Name>" + bucket + "</Name><Prefix>" + prefix + "</Prefix>"
                + (continuation == null ? "" : "<ContinuationToken>" + continuation + "</ContinuationToken>")
                + (truncated ? "<NextContinuationToken>" + Base64.getUrlEncoder().encodeToString(
                last.getBytes(StandardCharsets.UTF_8)) + "</NextContinuationToken>" : "")
                + "<KeyCount>" + count + "</KeyCount><MaxKeys>" + maxKeys + "</MaxKeys>"
                + ("url".equals(query(request, "encoding-type")) ? "<EncodingType>url</EncodingType>" : "")
                + "<IsTruncated>" + truncated + "</IsTruncated>" + contents + "</ListBucketResult>";
        return aResponse().withStatus(200).withFixedDelay(delayMs).withHeader("Content-Type", "application/xml")
                .withHeader("x-amz-request-id", "4442587FB7D0A2F9").withBody(xml).build();
    }

    ResponseDefinition error(int status, String code, String message) {
        return aResponse().withStatus(status).withFixedDelay(delayMs).withHeader("Content-Type", "application/xml")
                .withBody("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>" + code + "</Code><Message>"
                        + message + "</Message><RequestId>4442587FB7D0A2F9</RequestId></Error>").build();
    }

    static String query(LoggedRequest request, String name) {
        QueryParameter parameter = request.queryParameter(name);
        return parameter == null || !parameter.isPresent() ? null : parameter.firstValue();
    }

    private static byte[] gzip(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(bytes)) {
            zip.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
