package io.mskconsole.app;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Not for people: a stand-in for AWS on this machine's loopback, for the headless launcher's class-data-sharing
 * training run ({@link CliCdsTraining}), so the AWS SDK's whole path (endpoints, signing, the HTTP client, the
 * protocols' parsers, errors) is loaded as a real command loads it. Answers each request at once from a few canned
 * AWS-shaped bodies (MSK's clusters, LookupEvents, STS), and anything else with an AWS-shaped error. Plain sockets,
 * HTTP/1.1 keep-alive, one thread a connection: java.base only, as the app's runtime has no HTTP server module.
 */
final class TrainingEndpoint implements AutoCloseable {
    static final String ARN = "arn:aws:kafka:us-east-1:111122223333:cluster/orders-prod/"
            + "2a9b7a8e-0c5f-4f1e-9f0a-1234567890ab-1";
    private static final String CLUSTER = """
            {"clusterArn": "%s", "clusterName": "orders-prod", "clusterType": "PROVISIONED", "state": "ACTIVE",
             "currentVersion": "K3AEGXETSR30VB", "creationTime": "2024-03-01T10:15:30.000Z", "tags": {},
             "provisioned": {
               "brokerNodeGroupInfo": {"instanceType": "kafka.m5.large", "clientSubnets": ["subnet-1", "subnet-2"]},
               "currentBrokerSoftwareInfo": {"kafkaVersion": "3.6.0", "configurationRevision": 1},
               "numberOfBrokerNodes": 3,
               "loggingInfo": {"brokerLogs": {
                 "cloudWatchLogs": {"enabled": true, "logGroup": "/msk/orders-prod"},
                 "firehose": {"enabled": false}, "s3": {"enabled": false}}}}}""".formatted(ARN);
    private final ServerSocket server;

    TrainingEndpoint() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread accept = new Thread(this::accept, "cds-training-endpoint");
        accept.setDaemon(true);
        accept.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getLocalPort();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                Thread connection = new Thread(() -> serve(socket), "cds-training-connection");
                connection.setDaemon(true);
                connection.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private static void serve(Socket socket) {
        try (socket; InputStream in = new BufferedInputStream(socket.getInputStream());
             OutputStream out = socket.getOutputStream()) {
            while (true) {
                String request = line(in);
                if (request == null || request.isEmpty()) {
                    return;
                }
                String target = "";
                int length = 0;
                for (String header = line(in); header != null && !header.isEmpty(); header = line(in)) {
                    String lower = header.toLowerCase(Locale.ROOT);
                    if (lower.startsWith("x-amz-target:")) {
                        target = header.substring(header.indexOf(':') + 1).strip();
                    } else if (lower.startsWith("content-length:")) {
                        length = Integer.parseInt(header.substring(header.indexOf(':') + 1).strip());
                    }
                }
                String body = new String(in.readNBytes(length), StandardCharsets.UTF_8);
                answer(out, request, target, body);
            }
        } catch (IOException | RuntimeException closed) {
            // the training's client went away
        }
    }

    private static void answer(OutputStream out, String request, String target, String body) throws IOException {
        String path = request.split(" ")[1];
        int status = 200;
        String type = "application/json";
        String text;
        if (path.startsWith("/api/v2/clusters/")) {
            text = "{\"clusterInfo\": " + CLUSTER + "}";
        } else if (path.startsWith("/api/v2/clusters")) {
            text = "{\"clusterInfoList\": [" + CLUSTER + "]}";
        } else if (target.endsWith("LookupEvents")) {
            type = "application/x-amz-json-1.1";
            text = "{\"Events\": []}";
        } else if (target.endsWith("DescribeLogGroups")) {
            type = "application/x-amz-json-1.1";
            text = "{\"logGroups\": [{\"logGroupName\": \"/msk/orders-prod\", \"arn\": \"arn:aws:logs:us-east-1:"
                    + "111122223333:log-group:/msk/orders-prod:*\"}]}";
        } else if (body.contains("Action=GetCallerIdentity")) {
            type = "text/xml";
            text = "<GetCallerIdentityResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><GetCallerIdentity"
                    + "Result><Arn>arn:aws:iam::111122223333:user/training</Arn><UserId>AIDATRAINING</UserId><Account>"
                    + "111122223333</Account></GetCallerIdentityResult></GetCallerIdentityResponse>";
        } else if (!target.isEmpty()) {
            status = 400;
            type = "application/x-amz-json-1.1";
            text = "{\"__type\": \"ValidationException\", \"message\": \"not in the training run\"}";
        } else {
            status = 404;
            text = "{\"message\": \"not in the training run\"}";
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.write(("HTTP/1.1 " + status + (status == 200 ? " OK" : " Error") + "\r\nContent-Type: " + type
                + "\r\nContent-Length: " + bytes.length + "\r\nx-amzn-RequestId: training\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.write(bytes);
        out.flush();
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = in.read()) != -1 && c != '\n') {
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return c == -1 && line.isEmpty() ? null : line.toString();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
