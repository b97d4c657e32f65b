package org.comptoir.attraction.datatourisme;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Path;
import java.time.Duration;
import org.comptoir.base.BoundedCopy;
import org.jspecify.annotations.Nullable;

/**
 * Downloads the feed to a file. Whatever goes wrong is a {@link FeedFailure} with a translation key that
 * never quotes the address or the key (an exception's message may).
 */
final class FeedFetcher {

    /** Why a run stops before anything is written. */
    static final class FeedFailure extends Exception {
        final String key;
        final Object[] args;

        FeedFailure(String key, Object... args) {
            super(key, null, false, false);
            this.key = key;
            this.args = args;
        }
    }

    private FeedFetcher() {}

    /**
     * Writes the body to {@code file}; its size in bytes. A body longer than {@code maxBytes} (announced or
     * counted while it comes) stops the download there: {@code feed.error.too-large}.
     */
    static long fetch(
            String url,
            @Nullable String headerName,
            @Nullable String secret,
            Duration timeout,
            Path file,
            long maxBytes)
            throws FeedFailure {
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            throw new FeedFailure("feed.error.address");
        }
        if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme())) {
            throw new FeedFailure("feed.error.address");
        }
        var request = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("Accept", "application/ld+json, application/json;q=0.9");
        if (headerName != null && !headerName.isBlank() && secret != null) {
            request.header(headerName.strip(), secret);
        }
        try (var client = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build()) {
            var response = client.send(request.GET().build(), HttpResponse.BodyHandlers.ofInputStream());
            try (var body = response.body()) {
                if (response.statusCode() != 200) {
                    throw new FeedFailure("feed.error.http", response.statusCode());
                }
                if (response.headers().firstValueAsLong("Content-Length").orElse(0) > maxBytes) {
                    throw tooLarge(maxBytes);
                }
                var bytes = BoundedCopy.copy(body, file, maxBytes);
                if (bytes == BoundedCopy.TOO_LARGE) {
                    throw tooLarge(maxBytes);
                }
                return bytes;
            }
        } catch (HttpTimeoutException e) {
            throw new FeedFailure("feed.error.timeout", timeout.toSeconds());
        } catch (IOException e) {
            // the type only: the message may name the address and its key
            throw new FeedFailure("feed.error.unreachable", e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FeedFailure("feed.error.unreachable", "interrupted");
        }
    }

    private static FeedFailure tooLarge(long maxBytes) {
        return new FeedFailure("feed.error.too-large", Math.max(1, maxBytes / (1024 * 1024)));
    }
}
