package org.comptoir.api;

import static org.comptoir.security.AppRoles.STAFF;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.function.Function;
import javax.sql.DataSource;
import org.comptoir.base.RetryOnConflict;
import org.comptoir.visit.InteractionDetails;
import org.comptoir.visit.InteractionDraft;
import org.comptoir.visit.VisitService;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saves an interaction sent to the API through the desk's service, once per {@code Idempotency-Key}: the key
 * is written in the same transaction as the interaction, so a refused save leaves no key and a saved one
 * always has its answer. The same key again gets the first answer; with another body, 422; while the first
 * request is still being saved, 409 (retry).
 */
@Service
public class ApiInteractionService {

    private final VisitService visits;
    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    ApiInteractionService(VisitService visits, DataSource dataSource, Clock clock) {
        this.visits = visits;
        this.jdbc = new NamedParameterJdbcTemplate(dataSource);
        this.clock = clock;
    }

    /** An answer as sent: its status, its Location and its body, and whether it is a replay. */
    public record Answer(int status, @Nullable String location, String body, boolean replayed) {}

    /**
     * Saves the draft, or gives the answer already given to this key. {@code answer} writes the saved
     * interaction as the response body.
     */
    @PreAuthorize(STAFF)
    @Transactional
    @RetryOnConflict
    public Answer create(
            long tokenId,
            @Nullable String key,
            String requestHash,
            InteractionDraft draft,
            Function<InteractionDetails, Answer> answer) {
        if (key == null) {
            return answer.apply(visits.save(draft));
        }
        var parameters =
                new MapSqlParameterSource("token", tokenId).addValue("key", key).addValue("hash", requestHash);
        var earlier = jdbc.query(
                "select request_hash, status, location, body from api_idempotency where token_id = :token"
                        + " and idem_key = :key",
                parameters,
                (row, n) -> new Earlier(
                        row.getString("request_hash"),
                        new Answer(row.getInt("status"), row.getString("location"), row.getString("body"), true)));
        if (!earlier.isEmpty()) {
            var first = earlier.getFirst();
            if (!first.requestHash().equals(requestHash)) {
                throw new IdempotencyProblem(false);
            }
            return first.answer();
        }
        try {
            jdbc.update("""
                    insert into api_idempotency (token_id, idem_key, request_hash, status, body, created_at)
                    values (:token, :key, :hash, 0, '', :at)""", parameters.addValue("at", LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)));
        } catch (DuplicateKeyException meanwhile) {
            throw new IdempotencyProblem(true);
        }
        var given = answer.apply(visits.save(draft));
        jdbc.update(
                "update api_idempotency set status = :status, location = :location, body = :body"
                        + " where token_id = :token and idem_key = :key",
                parameters
                        .addValue("status", given.status())
                        .addValue("location", given.location())
                        .addValue("body", given.body()));
        return given;
    }

    private record Earlier(String requestHash, Answer answer) {}

    /** The key was used for another body ({@code inFlight} false), or its first request is still running. */
    public static final class IdempotencyProblem extends RuntimeException {

        private final boolean inFlight;

        IdempotencyProblem(boolean inFlight) {
            super(inFlight ? "in flight" : "reused", null, false, false);
            this.inFlight = inFlight;
        }

        public boolean inFlight() {
            return inFlight;
        }
    }
}
