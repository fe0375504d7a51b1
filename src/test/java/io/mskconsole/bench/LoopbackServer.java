package io.mskconsole.bench;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.concurrent.Pause;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The benchmarks' stand-in for an AWS endpoint: an HTTP server on the loopback, on a free port, its handlers on
 * daemon threads, and the latency each answer waits through an injected {@link Pause} ({@link Pause#REAL} in a
 * benchmark: its figures are wall-clock time).
 */
final class LoopbackServer implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService threads;
    private final Pause pause;
    private final Duration latency;

    LoopbackServer(String name, HttpHandler handler, Duration latency, Pause pause) throws IOException {
        this.pause = pause;
        this.latency = latency;
        this.threads = Executors.newCachedThreadPool(work -> {
            Thread thread = new Thread(work, name);
            thread.setDaemon(true);
            return thread;
        });
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.createContext("/", handler);
        server.setExecutor(threads);
    }

    LoopbackServer start() {
        server.start();
        return this;
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Waits the answer's latency. */
    void latency() {
        if (!latency.isZero()) {
            pause.pause(latency, Cancellation.none());
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
