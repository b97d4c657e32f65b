package org.comptoir.attraction.datatourisme;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
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

    private FeedFetcher() {
    }

    /** Writes the body to {@code file}; its size in bytes. */
    static long fetch(String url, @Nullable String headerName, @Nullable String secret, Duration timeout, Path file)
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
        var request = HttpRequest.newBuilder(uri).timeout(timeout)
                .header("Accept", "application/ld+json, application/json;q=0.9");
        if (headerName != null && !headerName.isBlank() && secret != null) {
            request.header(headerName.strip(), secret);
        }
        try (var client = HttpClient.newBuilder().connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NORMAL).build()) {
            var response = client.send(request.GET().build(), HttpResponse.BodyHandlers.ofFile(file,
                    StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE));
            if (response.statusCode() != 200) {
                throw new FeedFailure("feed.error.http", response.statusCode());
            }
            return Files.size(file);
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
}
