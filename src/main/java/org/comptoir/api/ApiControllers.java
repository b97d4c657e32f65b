package org.comptoir.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** What the API's controllers share: JSON bodies, paging, parameters in error, and 404 for any other path. */
@RestController
class ApiControllers {

    /** Any other address under the API: 404 as problem+json, not the application's page. */
    @RequestMapping(ApiSecurityConfiguration.BASE + "/**")
    void unknown(HttpServletRequest request) throws NoResourceFoundException {
        throw new NoResourceFoundException(HttpMethod.valueOf(request.getMethod()), request.getRequestURI(), "");
    }

    static void requireJson(@Nullable String contentType) {
        MediaType type;
        try {
            type = contentType == null ? null : MediaType.parseMediaType(contentType);
        } catch (IllegalArgumentException unreadable) {
            type = null;
        }
        if (type == null || !MediaType.APPLICATION_JSON.isCompatibleWith(type)) {
            throw new UnsupportedType(
                    new HttpMediaTypeNotSupportedException(type, List.of(MediaType.APPLICATION_JSON), HttpMethod.POST));
        }
    }

    static Pageable pageable(int page, int size, int maxSize) {
        if (page < 0) {
            throw new BadParameter("page", "0 or more");
        }
        if (size < 1 || size > maxSize) {
            throw new BadParameter("size", "between 1 and " + maxSize);
        }
        return PageRequest.of(page, size);
    }

    /** A query parameter or header the API cannot take: 400 naming it. */
    static final class BadParameter extends RuntimeException {

        private final String parameter;

        BadParameter(String parameter, String expected) {
            super(parameter + ": " + expected, null, false, false);
            this.parameter = parameter;
        }

        String parameter() {
            return parameter;
        }
    }

    /** A body in a type other than JSON: 415. */
    static final class UnsupportedType extends RuntimeException {

        private final transient HttpMediaTypeNotSupportedException cause;

        UnsupportedType(HttpMediaTypeNotSupportedException cause) {
            super(cause.getMessage(), null, false, false);
            this.cause = cause;
        }

        HttpMediaTypeNotSupportedException unsupported() {
            return cause;
        }
    }
}
