package org.comptoir.attraction.datatourisme;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A DATAtourisme feed served on the loopback by the JDK's HTTP server: what it answers is set by the
 * test (status, body, a delay, a body cut short, a key it asks for in a header).
 */
final class LocalFeed implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    final AtomicInteger requests = new AtomicInteger();
    volatile int status = 200;
    volatile byte[] body = new byte[0];
    volatile long delayMillis;
    /** Announces the whole body's length but sends only half of it, then hangs up. */
    volatile boolean cutShort;
    /** Sends the body in chunks without announcing its length: only counting what comes tells its size. */
    volatile boolean unannounced;

    volatile String keyHeader = "";
    volatile String key = "";

    LocalFeed() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(threads);
        server.createContext("/feed", exchange -> {
            requests.incrementAndGet();
            try (exchange) {
                if (delayMillis > 0) {
                    Thread.sleep(delayMillis);
                }
                if (!keyHeader.isEmpty()
                        && !key.equals(exchange.getRequestHeaders().getFirst(keyHeader))) {
                    exchange.sendResponseHeaders(401, -1);
                    return;
                }
                var bytes = body;
                exchange.getResponseHeaders().add("Content-Type", "application/ld+json");
                exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : unannounced ? 0 : bytes.length);
                exchange.getResponseBody().write(bytes, 0, cutShort ? bytes.length / 2 : bytes.length);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException e) {
                // the client gave up (a timeout test): nothing to answer
            }
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/feed?key=s3cr3t-in-the-address";
    }

    void serve(String text) {
        body = text.getBytes(StandardCharsets.UTF_8);
        status = 200;
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
