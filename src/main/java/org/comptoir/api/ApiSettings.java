package org.comptoir.api;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The API's settings ({@code comptoir.api.*}, or {@code COMPTOIR_API_*}).
 *
 * @param maxBodyBytes the largest request body taken (64 KB unless set): larger ones get 413
 */
@ConfigurationProperties("comptoir.api")
public record ApiSettings(int maxBodyBytes) {

    public ApiSettings {
        if (maxBodyBytes <= 0) {
            maxBodyBytes = 64 * 1024;
        }
    }
}
