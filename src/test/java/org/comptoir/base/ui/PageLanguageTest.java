package org.comptoir.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.comptoir.ComptoirTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The page's lang attribute follows the chosen language, so that screen readers pronounce it right. */
@ComptoirTest
class PageLanguageTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void the_page_is_french_by_default_and_english_once_english_was_chosen() throws Exception {
        assertThat(loginPage(null)).contains("<html lang=\"fr\"");
        assertThat(loginPage("en")).contains("<html lang=\"en\"");
        assertThat(loginPage("fr")).contains("<html lang=\"fr\"");
    }

    private String loginPage(String language) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"));
        if (language != null) {
            request.header("Cookie", UiLocale.COOKIE + "=" + language);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}
