package org.comptoir.api;

import java.util.Arrays;
import java.util.Optional;
import org.comptoir.security.AppRoles;
import org.jspecify.annotations.Nullable;

/**
 * What a token may do. Each scope is checked per endpoint ({@link #authority()}) and brings the role the
 * services it calls expect ({@link #role()}): writing interactions is a counsellor's work, reading the history
 * and the reports a director's, the attractions anyone's signed in.
 */
public enum ApiScope {
    INTERACTIONS_WRITE("interactions:write", AppRoles.COUNSELLOR),
    INTERACTIONS_READ("interactions:read", AppRoles.DIRECTOR),
    REPORTS_READ("reports:read", AppRoles.DIRECTOR),
    ATTRACTIONS_READ("attractions:read", null);

    private final String code;
    private final @Nullable String role;

    ApiScope(String code, @Nullable String role) {
        this.code = code;
        this.role = role;
    }

    /** As tokens list it and the documentation names it, e.g. "interactions:write". */
    public String code() {
        return code;
    }

    /** The authority the API's security chain asks for on each endpoint. */
    public String authority() {
        return "SCOPE_" + code;
    }

    /** The role the services called need, if any (Spring's form, "ROLE_…"). */
    public Optional<String> role() {
        return Optional.ofNullable(role).map(r -> "ROLE_" + r);
    }

    public static Optional<ApiScope> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
