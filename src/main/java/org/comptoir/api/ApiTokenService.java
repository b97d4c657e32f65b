package org.comptoir.api;

import static org.comptoir.security.AppRoles.ADMINS;
import static org.comptoir.security.AppRoles.ANYONE;
import static org.comptoir.security.AppRoles.SIGNED_IN;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.comptoir.base.ComptoirProperties;
import org.comptoir.base.Sha256;
import org.comptoir.security.AdminAudit;
import org.comptoir.security.AdminAuditKind;
import org.comptoir.security.CurrentUser;
import org.comptoir.security.DeskDirectory;
import org.comptoir.security.OfficeScope;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The API's tokens: admins create and revoke them; every request's token is checked here. A secret is 32
 * random bytes, shown once; only its SHA-256 is kept, so a copy of the database lets nobody call the API.
 * Creations, revocations and refused tokens go to the admin audit.
 */
@Service
public class ApiTokenService {

    /** What a secret starts with, so that a leaked one is recognised (secret scanners, logs). */
    public static final String SECRET_PREFIX = "cpt_";

    /**
     * How long a checked token is taken from memory rather than read again: a request costs no query for its
     * token. A revocation here takes effect at once; on another instance within this time (decision 0021).
     */
    private static final Duration CHECKED_FOR = Duration.ofSeconds(10);

    /** A token's last use is written at most this often: not one write per request. */
    private static final Duration LAST_USE_GRAIN = Duration.ofMinutes(1);

    private static final int SECRET_BYTES = 32;

    private final NamedParameterJdbcTemplate jdbc;
    private final AdminAudit audit;
    private final DeskDirectory desks;
    private final OfficeScope offices;
    private final Clock clock;
    private final ZoneId zone;
    private final SecureRandom random = new SecureRandom();
    private final Map<Long, Instant> lastUseWritten = new ConcurrentHashMap<>();
    private final Map<String, Checked> checked = new ConcurrentHashMap<>();

    private record Checked(ApiTokenDetails token, Instant until) {}

    ApiTokenService(
            DataSource dataSource,
            AdminAudit audit,
            DeskDirectory desks,
            OfficeScope offices,
            Clock clock,
            ComptoirProperties properties) {
        this.offices = offices;
        this.jdbc = new NamedParameterJdbcTemplate(dataSource);
        this.audit = audit;
        this.desks = desks;
        this.clock = clock;
        this.zone = properties.timeZone();
    }

    /** The outcome of checking a token: the caller, or why it is refused. */
    public record Check(@Nullable ApiCaller caller, String refusal) {}

    /** Creates a token; its secret is in the answer and nowhere else. */
    @PreAuthorize(ADMINS)
    @Transactional
    public CreatedApiToken create(ApiTokenDraft draft) {
        var name = draft.name().strip();
        validate(draft, name);
        var bytes = new byte[SECRET_BYTES];
        random.nextBytes(bytes);
        var secret = SECRET_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        var now = clock.instant();
        var expiresAt = draft.expiresOn() == null
                ? null
                : draft.expiresOn().plusDays(1).atStartOfDay(zone).toInstant();
        var parameters = new MapSqlParameterSource("name", name)
                .addValue("hash", hash(secret))
                .addValue("scopes", codes(draft.scopes()))
                .addValue("desk", draft.deskId())
                .addValue("perMinute", draft.perMinute())
                .addValue("at", utc(now))
                .addValue("by", CurrentUser.name())
                .addValue("expires", expiresAt == null ? null : utc(expiresAt));
        try {
            jdbc.update("""
                    insert into api_token (name, secret_hash, scopes, desk_id, per_minute, created_at, created_by,
                                           expires_at)
                    values (:name, :hash, :scopes, :desk, :perMinute, :at, :by, :expires)""", parameters);
        } catch (DuplicateKeyException taken) {
            throw new ApiTokenInvalid(Map.of("name", "api.token.name.taken"));
        }
        var token = byColumn("name", name).orElseThrow();
        audit.record(
                AdminAuditKind.API_TOKEN,
                token.id(),
                "created: " + name + "; scopes: " + codes(token.scopes()) + "; desk: " + token.deskId()
                        + "; per minute: " + token.perMinute() + "; expires: "
                        + (draft.expiresOn() == null ? "–" : draft.expiresOn().toString()));
        return new CreatedApiToken(token, secret);
    }

    /**
     * Every token of the admin's offices' desks, newest first (an office has a handful): a token reads its desk's
     * office, so an admin neither sees, makes nor revokes another office's (decision 0030).
     */
    @PreAuthorize(ADMINS)
    @Transactional(readOnly = true)
    public List<ApiTokenDetails> list() {
        return jdbc
                .query(
                        "select * from api_token order by created_at desc, id desc",
                        new MapSqlParameterSource(),
                        (row, n) -> details(row))
                .stream()
                .filter(token -> offices.reaches(token.deskId()))
                .toList();
    }

    /** Revokes a token at once: its next request is refused. Revoking it again changes nothing. */
    @PreAuthorize(ADMINS)
    @Transactional
    public ApiTokenDetails revoke(long id) {
        if (find(id).isEmpty()) {
            throw new ApiTokenInvalid(Map.of("id", "api.token.unknown"));
        }
        var changed = jdbc.update(
                "update api_token set revoked_at = :at, revoked_by = :by where id = :id and revoked_at is null",
                new MapSqlParameterSource("at", utc(clock.instant()))
                        .addValue("by", CurrentUser.name())
                        .addValue("id", id));
        checked.values().removeIf(entry -> entry.token().id() == id);
        var token = find(id).orElseThrow(() -> new ApiTokenInvalid(Map.of("id", "api.token.unknown")));
        if (changed > 0) {
            audit.record(AdminAuditKind.API_TOKEN, id, "revoked: " + token.name());
        }
        return token;
    }

    /**
     * The caller a bearer secret stands for, or why it is refused (unknown, expired, revoked). Open to anyone:
     * it is how a request becomes someone. A refusal is audited.
     */
    @PreAuthorize(ANYONE)
    public Check check(String secret) {
        var hash = hash(secret);
        var now = clock.instant();
        var known = checked.get(hash);
        if (known != null
                && now.isBefore(known.until())
                && known.token().status(now) == ApiTokenDetails.Status.ACTIVE) {
            return accepted(known.token(), now);
        }
        // no transaction: one read, and writes (the last use, an audit line) that commit on their own
        var found = byColumn("secret_hash", hash);
        if (found.isEmpty()) {
            return refused(null, "unknown token", "the token is unknown");
        }
        var token = found.get();
        return switch (token.status(now)) {
            case REVOKED -> refused(token, "refused: revoked token " + token.name(), "the token was revoked");
            case EXPIRED -> refused(token, "refused: expired token " + token.name(), "the token has expired");
            case ACTIVE -> {
                checked.put(hash, new Checked(token, now.plus(CHECKED_FOR)));
                yield accepted(token, now);
            }
        };
    }

    private Check accepted(ApiTokenDetails token, Instant now) {
        noteUse(token.id(), now);
        return new Check(
                new ApiCaller(token.id(), token.name(), token.deskId(), token.perMinute(), token.scopes()), "");
    }

    /** Audits a request refused for its token's scopes, as the token that sent it. */
    @PreAuthorize(SIGNED_IN)
    @Transactional
    public void recordRefusal(long tokenId, String what) {
        audit.record(AdminAuditKind.API_TOKEN, tokenId, "refused: " + what);
    }

    @PreAuthorize(ADMINS)
    @Transactional(readOnly = true)
    public Optional<ApiTokenDetails> find(long id) {
        return byColumn("id", id).filter(token -> offices.reaches(token.deskId()));
    }

    /** The token whose {@code column} (id, name or secret_hash: each unique) holds {@code value}. */
    private Optional<ApiTokenDetails> byColumn(String column, Object value) {
        return jdbc
                .query(
                        "select * from api_token where " + column + " = :value",
                        new MapSqlParameterSource("value", value),
                        (row, n) -> details(row))
                .stream()
                .findFirst();
    }

    private Check refused(@Nullable ApiTokenDetails token, String summary, String refusal) {
        CurrentUser.asAdmin(token == null ? "api" : token.principalName(), () -> {
            audit.record(AdminAuditKind.API_TOKEN, token == null ? null : token.id(), summary);
            return null;
        });
        return new Check(null, refusal);
    }

    private void noteUse(long id, Instant now) {
        var written = lastUseWritten.get(id);
        if (written == null || !now.isBefore(written.plus(LAST_USE_GRAIN))) {
            lastUseWritten.put(id, now);
            jdbc.update(
                    "update api_token set last_used_at = :at where id = :id",
                    new MapSqlParameterSource("at", utc(now)).addValue("id", id));
        }
    }

    private void validate(ApiTokenDraft draft, String name) {
        var errors = new LinkedHashMap<String, String>();
        if (name.isEmpty()) {
            errors.put("name", "api.token.name.required");
        } else if (name.length() > ApiTokenDraft.MAX_NAME) {
            errors.put("name", "api.token.name.too-long");
        }
        if (draft.scopes().isEmpty()) {
            errors.put("scopes", "api.token.scopes.required");
        }
        if (desks.find(draft.deskId(), Locale.FRENCH).isEmpty()) {
            errors.put("desk", "api.token.desk.unknown");
        } else if (!offices.reaches(draft.deskId())) {
            errors.put("desk", "api.token.desk.other-office");
        }
        if (draft.perMinute() < 1 || draft.perMinute() > ApiTokenDraft.MAX_PER_MINUTE) {
            errors.put("perMinute", "api.token.per-minute.range");
        }
        if (draft.expiresOn() != null && draft.expiresOn().isBefore(LocalDate.now(clock.withZone(zone)))) {
            errors.put("expiresOn", "api.token.expires.past");
        }
        if (!errors.isEmpty()) {
            throw new ApiTokenInvalid(errors);
        }
    }

    private static ApiTokenDetails details(ResultSet row) throws SQLException {
        return new ApiTokenDetails(
                row.getLong("id"),
                row.getString("name"),
                scopes(row.getString("scopes")),
                row.getLong("desk_id"),
                row.getInt("per_minute"),
                instant(row, "created_at"),
                row.getString("created_by"),
                instant(row, "expires_at"),
                instant(row, "revoked_at"),
                row.getString("revoked_by"),
                instant(row, "last_used_at"));
    }

    private static @Nullable Instant instant(ResultSet row, String column) throws SQLException {
        var value = row.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static String codes(Collection<ApiScope> scopes) {
        return scopes.stream().sorted().map(ApiScope::code).collect(Collectors.joining(","));
    }

    private static EnumSet<ApiScope> scopes(String codes) {
        var scopes = EnumSet.noneOf(ApiScope.class);
        Arrays.stream(codes.split(","))
                .map(ApiScope::fromCode)
                .flatMap(Optional::stream)
                .forEach(scopes::add);
        return scopes;
    }

    /** The SHA-256 of a secret, in hex: what is stored and looked up. */
    static String hash(String secret) {
        return Sha256.hex(secret);
    }
}
