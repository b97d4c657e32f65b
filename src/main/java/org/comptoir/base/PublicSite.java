package org.comptoir.base;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Where visitors reach Comptoir from outside ({@code comptoir.public-url}, {@code COMPTOIR_PUBLICURL}), for the
 * addresses printed on paper (the survey's QR code on a suggestion sheet). Unset, the address the request being
 * answered came to is used (behind the proxy, its public one: {@code server.forward-headers-strategy}).
 *
 * @param publicUrl the public root, e.g. {@code https://comptoir.example.org}; blank: from the request
 */
@ConfigurationProperties("comptoir")
public record PublicSite(@Nullable String publicUrl) {

    public PublicSite {
        publicUrl = publicUrl == null || publicUrl.isBlank()
                ? null
                : publicUrl.strip().replaceAll("/+$", "");
    }

    /**
     * The absolute address of {@code path} (relative to the application's root), or nothing when neither the
     * setting nor a request being answered says where Comptoir is (a job at night).
     */
    public Optional<String> address(String path) {
        var relative = path.startsWith("/") ? path : "/" + path;
        if (publicUrl != null) {
            return Optional.of(publicUrl + relative);
        }
        try {
            return Optional.of(ServletUriComponentsBuilder.fromCurrentContextPath()
                    .path(relative)
                    .build()
                    .toUriString());
        } catch (IllegalStateException noRequest) {
            return Optional.empty();
        }
    }
}
