package io.mskconsole.core.trail;

import io.mskconsole.testing.GuideRecords;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.mskconsole.testing.FakeTrail;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrailFilesTest {
    /** The developer guide's example log file: DescribeCluster then DeleteCluster by Joe, URL-encoded ARNs. */
    static final String GUIDE_FILE = GuideRecords.LOG_FILE;
    static final String DESCRIBE_ID = "60052aba-0123-4511-bcde-3e18dbd42aa4";
    static final String DELETE_ID = "8a7f1fcf-0123-abcd-9bdb-1ebf0663a75c";
    static final String TOPIC_ARN = "arn:aws:kafka:us-east-1:111122223333:topic/IamAuthCluster/"
            + "3ebafd8e-dae9-440d-85db-4ef52679674d-1/Topic9";

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private Path gzip(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }

    private static String file(String... records) {
        return "{\"Records\":[" + String.join(",", records) + "]}";
    }

    private static List<String> ids(TrailFiles.Result result) {
        return result.events().stream().map(TrailEvent::eventId).toList();
    }

    @Test
    void aPlainFileIsReadNewestFirstWithItsFieldsAndWholeRecords() throws Exception {
        Path guide = write("guide.json", GUIDE_FILE);

        TrailFiles.Result result = TrailFiles.read(List.of(guide));

        assertThat(result.problems()).isEmpty();
        assertThat(result.filesRead()).isEqualTo(1);
        assertThat(ids(result)).containsExactly(DELETE_ID, DESCRIBE_ID);
        TrailEvent delete = result.events().get(0);
        assertThat(delete.name()).isEqualTo("DeleteCluster");
        assertThat(delete.user()).isEqualTo("Joe");
        assertThat(delete.time()).isEqualTo(Instant.parse("2018-12-12T02:29:40Z"));
        assertThat(delete.resource().clusterName()).isEqualTo("examplecluster");
        assertThat(delete.readOnly()).isFalse();
        assertThat(delete.origin()).isEqualTo(TrailOrigin.FILES);
        // The record is kept whole, byte for byte as the file holds it (here laid out on many lines, as the guide
        // prints it; CloudTrail's own files are compact).
        ObjectMapper json = new ObjectMapper();
        assertThat(delete.record()).startsWith("{").endsWith("}").contains("\n  \"eventVersion\": \"1.05\"");
        assertThat(GUIDE_FILE).contains(delete.record());
        assertThat(json.readTree(delete.record()))
                .isEqualTo(json.readTree(GUIDE_FILE).get("Records").get(1));
    }

    @Test
    void gzippedFilesAreReadWhateverTheirName() throws Exception {
        Path gz = gzip("111122223333_CloudTrail_us-east-1_20240501T1000Z_a.json.gz", file(
                FakeTrail.event("gz-1", "2024-05-01T10:00:00Z").json()));
        Path gzNamedJson = gzip("renamed.json", file(FakeTrail.event("gz-2", "2024-05-01T11:00:00Z").json()));

        TrailFiles.Result result = TrailFiles.read(List.of(gz, gzNamedJson));

        assertThat(result.problems()).isEmpty();
        assertThat(result.filesRead()).isEqualTo(2);
        assertThat(ids(result)).containsExactly("gz-2", "gz-1");
    }

    @Test
    void recordsRepeatedAcrossFilesAreKeptOnceAndAllAreSortedNewestFirst() throws Exception {
        String early = FakeTrail.event("e-early", "2024-05-01T08:00:00Z").json();
        String middle = FakeTrail.event("e-middle", "2024-05-01T09:00:00Z").json();
        String late = FakeTrail.event("e-late", "2024-05-01T10:00:00Z").json();
        Path first = write("a.json", file(middle, early, late));
        Path second = gzip("b.json.gz", file(late, middle, FakeTrail.event("e-latest", "2024-05-02T00:00:00Z")
                .json()));

        TrailFiles.Result result = TrailFiles.read(List.of(first, second));

        assertThat(ids(result)).containsExactly("e-latest", "e-late", "e-middle", "e-early");
        assertThat(result.duplicates()).isEqualTo(2);
        assertThat(result.filesRead()).isEqualTo(2);
    }

    @Test
    void brokenRecordsAreSkippedAndCountedAndTheRestIsRead() throws Exception {
        Path file = write("mixed.json", file(
                FakeTrail.event("good-1", "2024-05-01T10:00:00Z").json(),
                "{\"eventTime\": \"2024-05-01T10:00:00Z\", \"eventName\": \"NoId\"}",
                "{\"eventID\": \"bad-time\", \"eventTime\": \"yesterday\"}",
                "\"just a string\"",
                "[1, 2]",
                "null",
                FakeTrail.event("good-2", "2024-05-01T11:00:00Z").json()));

        TrailFiles.Result result = TrailFiles.read(List.of(file));

        assertThat(ids(result)).containsExactly("good-2", "good-1");
        assertThat(result.skipped()).isEqualTo(5);
        assertThat(result.problems()).isEmpty();
        assertThat(result.filesRead()).isEqualTo(1);
    }

    @Test
    void aFileThatIsNotJsonIsListedWithItsLineAndTheOthersAreRead() throws Exception {
        Path good = write("good.json", file(FakeTrail.event("ok", "2024-05-01T10:00:00Z").json()));
        Path notJson = write("notes.json", "{\n  \"Records\": [\n    oops\n  ]\n}\n");

        TrailFiles.Result result = TrailFiles.read(List.of(notJson, good));

        assertThat(ids(result)).containsExactly("ok");
        assertThat(result.filesRead()).isEqualTo(1);
        assertThat(result.problems()).hasSize(1);
        TrailFiles.Problem problem = result.problems().get(0);
        assertThat(problem.path()).isEqualTo(notJson);
        assertThat(problem.reason()).startsWith("not JSON: line 3, column ").contains("oops");
        assertThat(problem.toString()).startsWith(notJson + ": not JSON: line 3");
    }

    @Test
    void aFileBrokenHalfwayGivesNothingNotEvenItsFirstRecords() throws Exception {
        Path cut = write("cut.json", "{\"Records\":[" + FakeTrail.event("before", "2024-05-01T10:00:00Z").json()
                + ",{\"eventID\": \"x\", ");

        TrailFiles.Result result = TrailFiles.read(List.of(cut));

        assertThat(result.events()).isEmpty();
        assertThat(result.filesRead()).isZero();
        assertThat(result.problems()).singleElement().satisfies(p -> assertThat(p.reason()).startsWith("not JSON"));
    }

    @Test
    void filesThatAreNotTrailFilesSayWhy() throws Exception {
        Path digest = write("digest.json", "{\"awsAccountId\":\"111122223333\",\"digestStartTime\":\"x\"}");
        Path array = write("array.json", "[1,2,3]");
        Path empty = write("empty.json", "");
        Path recordsNotArray = write("odd.json", "{\"Records\": {}}");
        Path fakeGz = write("fake.json.gz", "PK\u0003\u0004 a zip, not gzip");
        byte[] whole = gzipBytes(file(FakeTrail.event("t", "2024-05-01T10:00:00Z").json()));
        Path truncated = dir.resolve("truncated.json.gz");
        Files.write(truncated, Arrays.copyOf(whole, whole.length / 2));

        TrailFiles.Result result = TrailFiles.read(List.of(digest, array, empty, recordsNotArray, fakeGz, truncated,
                dir.resolve("missing.json")));

        assertThat(result.filesRead()).isZero();
        assertThat(result.problems()).extracting(TrailFiles.Problem::reason).containsExactly(
                "not a trail log file: no Records array (a digest file?)",
                "not a trail log file: it is not a JSON object {\"Records\": [...]}",
                "empty file",
                "not a trail log file: Records is not an array",
                "not gzip: the name ends in .gz but the file does not start with gzip's header (nor with JSON)",
                "broken gzip file: Unexpected end of ZLIB input stream",
                "no such file or folder");
    }

    @Test
    void aFolderIsWalkedToTheBottomForJsonAndJsonGzFiles() throws Exception {
        write("AWSLogs/111122223333/CloudTrail/us-east-1/2024/05/01/a.json",
                file(FakeTrail.event("f-1", "2024-05-01T10:00:00Z").json()));
        gzip("AWSLogs/111122223333/CloudTrail/eu-west-1/2024/05/02/b.json.gz",
                file(FakeTrail.event("f-2", "2024-05-02T10:00:00Z").region("eu-west-1").json()));
        write("AWSLogs/README.txt", "not a trail file, and not named like one");
        write("AWSLogs/111122223333/CloudTrail/us-east-1/2024/05/01/broken.json", "{");

        TrailFiles.Result result = TrailFiles.read(List.of(dir.resolve("AWSLogs")));

        assertThat(ids(result)).containsExactly("f-2", "f-1");
        assertThat(result.filesRead()).isEqualTo(2);
        assertThat(result.problems()).singleElement()
                .satisfies(p -> assertThat(p.path().getFileName().toString()).isEqualTo("broken.json"));
    }

    @Test
    void aFolderWithoutTrailFilesIsAProblem() throws Exception {
        write("other/notes.txt", "hello");

        TrailFiles.Result result = TrailFiles.read(List.of(dir.resolve("other")));

        assertThat(result.problems()).singleElement()
                .satisfies(p -> assertThat(p.reason()).isEqualTo("no .json or .json.gz files in this folder"));
    }

    @Test
    void aPresetKeepsItsSourcesOnlyAndCountsTheOthers() throws Exception {
        Path file = write("all.json", file(
                FakeTrail.event("msk", "2024-05-01T10:00:00Z").json(),
                FakeTrail.event("kafka", "2024-05-01T11:00:00Z").kafkaAction("CreateTopic", "CreateTopics", TOPIC_ARN)
                        .json(),
                FakeTrail.event("s3", "2024-05-01T12:00:00Z").source("s3.amazonaws.com").name("PutObject").json()));

        TrailFiles.Result kafka = TrailFiles.read(List.of(file), TrailSource.Preset.KAFKA);
        TrailFiles.Result both = TrailFiles.read(List.of(file), TrailSource.Preset.BOTH);
        TrailFiles.Result everything = TrailFiles.read(List.of(file));

        assertThat(ids(kafka)).containsExactly("kafka");
        assertThat(kafka.events().get(0).resource().topic()).isEqualTo("Topic9");
        assertThat(kafka.otherSources()).isEqualTo(2);
        assertThat(ids(both)).containsExactly("kafka", "msk");
        assertThat(ids(everything)).containsExactly("s3", "kafka", "msk");
    }

    @Test
    void manyRecordsAndOtherFieldsAreReadAsAStream() throws Exception {
        List<String> records = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            records.add(FakeTrail.event(String.format("id-%05d", i), Instant.parse("2024-01-01T00:00:00Z")
                    .plusSeconds(i).toString()).json());
        }
        Path big = gzip("big.json.gz", "{\"Other\": {\"nested\": [1, {\"a\": 2}]}, \"Records\": ["
                + String.join(",\n", records) + "], \"After\": true}");

        TrailFiles.Result result = TrailFiles.read(List.of(big));

        assertThat(result.problems()).isEmpty();
        assertThat(result.events()).hasSize(5_000);
        assertThat(result.events().get(0).eventId()).isEqualTo("id-04999");
        assertThat(result.events().get(4_999).eventId()).isEqualTo("id-00000");
    }

    private static byte[] gzipBytes(String text) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
