package io.mskconsole.bench;

import com.sun.net.httpserver.HttpExchange;
import io.mskconsole.aws.MskJson;
import io.mskconsole.aws.trail.TrailWire;
import io.mskconsole.core.concurrent.Pause;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The AWS endpoint of {@link CliStartupBenchmark}: one loopback HTTP server for every service the headless commands
 * and the AWS CLI ask (both pointed at it by {@code AWS_ENDPOINT_URL} / {@code --endpoint-url}), each answer after a
 * fixed latency. The service is read off the SigV4 credential scope of the Authorization header. Answers:
 * MSK's clusters (two provisioned, CloudWatch Logs on, {@link MskJson}); LookupEvents: two events per source, ten
 * minutes old, no NextToken; CloudWatch Logs' DescribeLogGroups: each cluster's {@code /msk/<name>}, other Logs calls
 * {@code {}}; STS GetCallerIdentity: an IAM user; IAM SimulatePrincipalPolicy: every action asked about allowed, other
 * IAM actions an AccessDenied; anything else an AWS-shaped error. Counts and names the requests since the last
 * {@link #take}.
 */
final class CliStartupStub implements AutoCloseable {
    static final String ACCOUNT = "123456789012";
    static final String CALLER = "arn:aws:iam::" + ACCOUNT + ":user/bench";
    static final String ARN = MskJson.ARN;
    static final String NAME = "orders";
    static final String OTHER_ARN = "arn:aws:kafka:us-east-1:" + ACCOUNT
            + ":cluster/payments/0f1e2d3c-4b5a-6978-8695-a4b3c2d1e0f9-1";
    private static final Pattern SCOPE = Pattern.compile("Credential=[^/]+/\\d{8}/([^/]+)/([^/]+)/aws4_request");
    private static final String JSON_11 = "application/x-amz-json-1.1";

    private final LoopbackServer server;
    private final int latencyMs;
    private final Map<String, String> clusters = new LinkedHashMap<>();
    private final List<String> requests = new ArrayList<>();

    CliStartupStub(int latencyMs, Pause pause) throws IOException {
        this.latencyMs = latencyMs;
        clusters.put(ARN, MskJson.provisioned(ARN, NAME, "K3AEGXETSR30VB", "ACTIVE", "kafka.m5.large"));
        clusters.put(OTHER_ARN, MskJson.provisioned(OTHER_ARN, "payments", "K7VQ4XBUI3DJDP", "ACTIVE",
                "kafka.m7g.large"));
        server = new LoopbackServer("cli-startup-stub", this::handle, Duration.ofMillis(latencyMs), pause).start();
    }

    String url() {
        return server.url();
    }

    /** The requests since the last call (each as "service Operation"), forgotten. */
    synchronized List<String> take() {
        List<String> taken = List.copyOf(requests);
        requests.clear();
        return taken;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String text = new String(body, StandardCharsets.UTF_8);
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getRawPath();
            String query = exchange.getRequestURI().getRawQuery();
            String target = header(exchange, "X-Amz-Target");
            String authorization = header(exchange, "Authorization");
            Matcher scope = SCOPE.matcher(authorization == null ? "" : authorization);
            String service = scope.find() ? scope.group(2) : "?";
            Map<String, String> form = text.contains("Action=") ? form(text) : Map.of();
            String operation = target != null ? target.substring(target.lastIndexOf('.') + 1)
                    : form.containsKey("Action") ? form.get("Action")
                    : method + " " + path + (query == null ? "" : "?" + query);
            synchronized (this) {
                requests.add(service + " " + operation);
            }
            server.latency();
            answer(exchange, service, operation, method, path, form, text);
        }
    }

    private void answer(HttpExchange exchange, String service, String operation, String method, String path,
                        Map<String, String> form, String body) throws IOException {
        switch (service) {
            case "kafka" -> {
                if (method.equals("GET") && path.equals("/api/v2/clusters")) {
                    send(exchange, 200, "application/json",
                            "{\"clusterInfoList\": [" + String.join(", ", clusters.values()) + "]}");
                } else if (method.equals("GET") && path.startsWith("/api/v2/clusters/")) {
                    String arn = URLDecoder.decode(path.substring("/api/v2/clusters/".length()),
                            StandardCharsets.UTF_8);
                    String cluster = clusters.get(arn);
                    if (cluster == null) {
                        exchange.getResponseHeaders().set("x-amzn-ErrorType", "NotFoundException");
                        send(exchange, 404, "application/json", MskJson.error("Cluster not found", "ClusterArn"));
                    } else {
                        send(exchange, 200, "application/json", MskJson.describeCluster(cluster));
                    }
                } else if (method.equals("GET")) {
                    send(exchange, 200, "application/json", "{}");
                } else {
                    exchange.getResponseHeaders().set("x-amzn-ErrorType", "NotFoundException");
                    send(exchange, 404, "application/json", MskJson.error("Not in the benchmark's stub", null));
                }
            }
            case "cloudtrail" -> {
                if (operation.equals("LookupEvents")) {
                    send(exchange, 200, JSON_11, events(body));
                } else {
                    jsonError(exchange, "UnsupportedOperationException");
                }
            }
            case "logs" -> {
                if (operation.equals("DescribeLogGroups")) {
                    StringBuilder groups = new StringBuilder();
                    for (String name : List.of(NAME, "payments")) {
                        groups.append(groups.isEmpty() ? "" : ", ").append("{\"logGroupName\": \"/msk/").append(name)
                                .append("\", \"creationTime\": 1709288130000, \"retentionInDays\": 30, \"storedBytes\":"
                                        + " 1024, \"arn\": \"arn:aws:logs:us-east-1:" + ACCOUNT + ":log-group:/msk/")
                                .append(name).append(":*\"}");
                    }
                    send(exchange, 200, JSON_11, "{\"logGroups\": [" + groups + "]}");
                } else {
                    send(exchange, 200, JSON_11, "{}");
                }
            }
            case "sts" -> {
                if (operation.equals("GetCallerIdentity")) {
                    query(exchange, operation, "https://sts.amazonaws.com/doc/2011-06-15/", "<Arn>" + CALLER
                            + "</Arn><UserId>AIDABENCHUSER</UserId><Account>" + ACCOUNT + "</Account>");
                } else {
                    queryError(exchange, "https://sts.amazonaws.com/doc/2011-06-15/", "AccessDenied");
                }
            }
            case "iam" -> {
                if (operation.equals("SimulatePrincipalPolicy")) {
                    StringBuilder results = new StringBuilder("<IsTruncated>false</IsTruncated><EvaluationResults>");
                    for (String action : members(form, "ActionNames")) {
                        results.append("<member><EvalActionName>").append(action).append("</EvalActionName>"
                                + "<EvalResourceName>*</EvalResourceName><EvalDecision>allowed</EvalDecision>"
                                + "<MatchedStatements/><MissingContextValues/></member>");
                    }
                    query(exchange, operation, "https://iam.amazonaws.com/doc/2010-05-08/",
                            results + "</EvaluationResults>");
                } else {
                    queryError(exchange, "https://iam.amazonaws.com/doc/2010-05-08/", "AccessDenied");
                }
            }
            case "s3" -> send(exchange, 404, "application/xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error>"
                    + "<Code>NoSuchBucket</Code><Message>The specified bucket does not exist</Message></Error>");
            default -> jsonError(exchange, "UnknownOperationException");
        }
    }

    /** Two events of each source, ten minutes before the range's end: one LookupEvents page, no NextToken. */
    private static String events(String body) {
        double end = TrailWire.read(body).path("EndTime").asDouble();
        Instant at = Instant.ofEpochSecond((long) end).minus(Duration.ofMinutes(10));
        List<String> records = new ArrayList<>();
        String source = body.contains("kafka-cluster.amazonaws.com") ? "kafka-cluster.amazonaws.com"
                : "kafka.amazonaws.com";
        for (int i = 0; i < 2; i++) {
            String id = UUID.nameUUIDFromBytes((source + i).getBytes(StandardCharsets.UTF_8)).toString();
            records.add(TrailWire.record(id, i == 0 ? "DescribeClusterV2" : "UpdateMonitoring", source,
                    at.minusSeconds(60L * i), "us-east-1"));
        }
        return TrailWire.page(records, null);
    }

    /** The request parameters of a query-protocol (form) body; member lists kept as Name.member.N keys. */
    private static Map<String, String> form(String body) {
        Map<String, String> form = new TreeMap<>();
        for (String pair : body.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                form.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return form;
    }

    private static List<String> members(Map<String, String> form, String name) {
        List<String> members = new ArrayList<>();
        for (int n = 1; form.containsKey(name + ".member." + n); n++) {
            members.add(form.get(name + ".member." + n));
        }
        return members;
    }

    private static void query(HttpExchange exchange, String action, String namespace, String result)
            throws IOException {
        send(exchange, 200, "text/xml", "<" + action + "Response xmlns=\"" + namespace + "\"><" + action + "Result>"
                + result + "</" + action + "Result><ResponseMetadata><RequestId>" + UUID.randomUUID()
                + "</RequestId></ResponseMetadata></" + action + "Response>");
    }

    private static void queryError(HttpExchange exchange, String namespace, String code) throws IOException {
        send(exchange, 403, "text/xml", "<ErrorResponse xmlns=\"" + namespace + "\"><Error><Type>Sender</Type><Code>"
                + code + "</Code><Message>Not in the benchmark's stub</Message></Error><RequestId>"
                + UUID.randomUUID() + "</RequestId></ErrorResponse>");
    }

    private static void jsonError(HttpExchange exchange, String type) throws IOException {
        send(exchange, 400, JSON_11, "{\"__type\": \"" + type + "\", \"message\": \"Not in the benchmark's stub\"}");
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("x-amzn-RequestId", UUID.randomUUID().toString());
        exchange.sendResponseHeaders(status, exchange.getRequestMethod().equals("HEAD") ? -1 : bytes.length);
        if (!exchange.getRequestMethod().equals("HEAD")) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private static String header(HttpExchange exchange, String name) {
        return exchange.getRequestHeaders().getFirst(name);
    }

    @Override
    public void close() {
        server.close();
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "stub at %s, %d ms a request", url(), latencyMs);
    }
}
