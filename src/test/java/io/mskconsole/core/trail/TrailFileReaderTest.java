package io.mskconsole.core.trail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** One trail file from a stream (as an S3 object is read): gzipped or plain, bounded, a bad one saying why. */
class TrailFileReaderTest {
    static final String RECORD = "{\"eventID\": \"e1\", \"eventTime\": \"2026-03-01T10:00:00Z\", \"eventSource\": "
            + "\"kafka.amazonaws.com\", \"eventName\": \"UpdateMonitoring\", \"awsRegion\": \"us-east-1\"}";

    private static byte[] gzip(byte[] plain) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(bytes)) {
            zip.write(plain);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    @Test
    void aGzippedStreamGivesItsRecords() {
        byte[] file = gzip(("{\"Records\": [" + RECORD + ", 7]}").getBytes(StandardCharsets.UTF_8));

        TrailFileReader.Outcome read = TrailFileReader.read("111122223333_CloudTrail_us-east-1_20260301T1005Z_ab"
                + ".json.gz", new ByteArrayInputStream(file));

        assertThat(read.read()).isTrue();
        assertThat(read.events()).extracting(TrailEvent::eventId).containsExactly("e1");
        assertThat(read.skipped()).as("a record that is not an object").isEqualTo(1);
    }

    @Test
    void aStreamThatDecompressesPastTheBoundGivesNothingAndSaysSo() {
        byte[] spaces = new byte[3 * 1024 * 1024];
        java.util.Arrays.fill(spaces, (byte) ' ');
        byte[] bomb = gzip(spaces); // a few KB that become 3 MB

        TrailFileReader.Outcome read = TrailFileReader.read("bomb.json.gz", new ByteArrayInputStream(bomb),
                1024 * 1024);

        assertThat(read.read()).isFalse();
        assertThat(read.problem()).isEqualTo("gives more than 1 MB decompressed: not read (not a trail file, or a "
                + "gzip bomb)");
        assertThat(read.events()).isEmpty();
    }

    @Test
    void aBrokenOrForeignStreamSaysWhy() {
        assertThat(TrailFileReader.read("x.json.gz", new ByteArrayInputStream("hello".getBytes(
                StandardCharsets.UTF_8))).problem()).startsWith("not gzip: the name ends in .gz");
        assertThat(TrailFileReader.read("digest.json", new ByteArrayInputStream("{\"digestStartTime\": \"x\"}"
                .getBytes(StandardCharsets.UTF_8))).problem()).isEqualTo("not a trail log file: no Records array (a "
                + "digest file?)");
        byte[] cut = gzip(("{\"Records\": [" + RECORD + "]}").getBytes(StandardCharsets.UTF_8));
        assertThat(TrailFileReader.read("cut.json.gz", new ByteArrayInputStream(java.util.Arrays.copyOf(cut,
                cut.length - 12))).problem()).startsWith("broken gzip file");
    }

    @Test
    void aRecordOfMoreThan32MegabytesIsRefusedWithAMessageNotKeptInMemory() {
        StringBuilder huge = new StringBuilder("{\"Records\":[{\"eventID\":\"x\",\"pad\":\"");
        huge.append("a".repeat(33 * 1024 * 1024)).append("\"}]}");
        byte[] bytes = huge.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);

        TrailFileReader.Outcome outcome = TrailFileReader.read("huge.json", new java.io.ByteArrayInputStream(bytes));

        assertThat(outcome.read()).isFalse();
        assertThat(outcome.problem()).isEqualTo("a record of more than 32 MB: not a trail file");
    }
}
