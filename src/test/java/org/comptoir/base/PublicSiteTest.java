package org.comptoir.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Where visitors reach Comptoir: the setting when given, else the address the request came to, else nothing. */
class PublicSiteTest {

    @AfterEach
    void forgetTheRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void the_setting_gives_the_address_whatever_the_request() {
        answering("http", "10.0.0.5", 8080);

        assertThat(new PublicSite("https://comptoir.example.org/ ").address("survey/abc"))
                .contains("https://comptoir.example.org/survey/abc");
        assertThat(new PublicSite("https://example.org/comptoir").address("/kiosk"))
                .contains("https://example.org/comptoir/kiosk");
    }

    @Test
    void without_the_setting_the_address_the_request_came_to_is_used_and_without_a_request_there_is_none() {
        var site = new PublicSite("  ");
        assertThat(site.address("survey/abc")).isEmpty();

        answering("https", "comptoir.example.org", 443);

        assertThat(site.address("survey/abc")).contains("https://comptoir.example.org/survey/abc");
    }

    private static void answering(String scheme, String host, int port) {
        var request = new MockHttpServletRequest("GET", "/sheets/interactions/1.pdf");
        request.setScheme(scheme);
        request.setServerName(host);
        request.setServerPort(port);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }
}
