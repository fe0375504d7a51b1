package io.mskconsole.aws.network;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An HTTP/1.1 server on a free port of 127.0.0.1 that keeps every request byte for byte, as the client wrote it,
 * and answers each with one fixed XML body on a connection it then closes. WireMock's server normalises some header
 * values as it reads them (a Content-Type's {@code charset=utf-8} is logged as {@code charset=UTF-8}), which would
 * hide what AWS receives and signs; this one does not.
 */
final class RawHttpServer implements AutoCloseable {
    /** One request as received: the request line, the header lines in order (names as sent), the body. */
    record Received(String requestLine, List<String> headerLines, byte[] body) {
        String method() {
            return requestLine.split(" ")[0];
        }

        String path() {
            return requestLine.split(" ")[1];
        }

        /** The value of the header, whatever the case of its name; null when absent. */
        String header(String name) {
            return headers().get(name.toLowerCase(Locale.ROOT));
        }

        /** Lower-case names to values, in the order sent. */
        Map<String, String> headers() {
            Map<String, String> headers = new LinkedHashMap<>();
            for (String line : headerLines) {
                int colon = line.indexOf(':');
                headers.put(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), line.substring(colon + 1).strip());
            }
            return headers;
        }

        String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private final ServerSocket socket;
    private final byte[] answer;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Thread loop;

    RawHttpServer(String xmlAnswer) throws IOException {
        this.socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        byte[] body = xmlAnswer.getBytes(StandardCharsets.UTF_8);
        this.answer = concat(("HTTP/1.1 200 OK\r\nContent-Type: text/xml;charset=UTF-8\r\nContent-Length: "
                + body.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII), body);
        this.loop = new Thread(this::serve, "raw-http-server");
        loop.setDaemon(true);
        loop.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + socket.getLocalPort();
    }

    int port() {
        return socket.getLocalPort();
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket connection = socket.accept()) {
                InputStream in = connection.getInputStream();
                List<String> lines = new ArrayList<>();
                String line;
                while (!(line = readLine(in)).isEmpty()) {
                    lines.add(line);
                }
                Received request = new Received(lines.get(0), List.copyOf(lines.subList(1, lines.size())), null);
                String length = request.header("Content-Length");
                byte[] body = in.readNBytes(length == null ? 0 : Integer.parseInt(length));
                received.add(new Received(request.requestLine(), request.headerLines(), body));
                OutputStream out = connection.getOutputStream();
                out.write(answer);
                out.flush();
            } catch (IOException | RuntimeException closedOrBroken) {
                // closed by close(), or a client that went away: wait for the next one
            }
        }
    }

    /** One CRLF-terminated line, without the CRLF; bytes as ISO-8859-1, as HTTP headers are. */
    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int previous = -1;
        int b;
        while ((b = in.read()) >= 0) {
            if (previous == '\r' && b == '\n') {
                byte[] bytes = line.toByteArray();
                return new String(bytes, 0, bytes.length - 1, StandardCharsets.ISO_8859_1);
            }
            line.write(b);
            previous = b;
        }
        throw new IOException("the connection ended in the headers");
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = new byte[first.length + second.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    @Override
    public void close() throws IOException {
        socket.close();
        try {
            loop.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
