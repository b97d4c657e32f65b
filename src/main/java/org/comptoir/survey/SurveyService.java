package org.comptoir.survey;

import static org.comptoir.security.AppRoles.ADMINS;
import static org.comptoir.security.AppRoles.ANYONE;
import static org.comptoir.security.AppRoles.MANAGERS;
import static org.comptoir.security.AppRoles.SIGNED_IN;
import static org.comptoir.security.AppRoles.STAFF;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.comptoir.base.ComptoirProperties;
import org.comptoir.base.RetryOnConflict;
import org.comptoir.base.RuleViolation;
import org.comptoir.reference.WorldRegion;
import org.comptoir.reference.WorldRegion.Market;
import org.comptoir.security.CurrentUser;
import org.comptoir.security.DeskDirectory;
import org.comptoir.security.OfficeScope;
import org.comptoir.suggestion.SheetLanguage;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The satisfaction survey: kiosks started by counsellors, the one-use codes of suggestion sheets, the answers, and
 * the comments directors read.
 *
 * <p>Answering is open to anyone, signed in or not ({@link #answerAtKiosk}, {@link #answerInvitation}, and the two
 * look-ups the visitor's page makes before): that is the survey. They are hardened instead: a token is 144 random
 * bits of which only the SHA-256 is kept; a sheet's token answers once (the first answer deletes it under a row
 * lock, so that two answers at the same moment make one); answers a minute are limited per kiosk and per network
 * address, in memory; a comment is checked for its length and kept as plain text. An answer keeps the day, the desk,
 * the market, the language and the scores: no time, no token, no interaction, no address. Nothing about a visitor
 * is logged.
 *
 * <p>Each answer also adds itself to its day's row in {@code survey_day} (the day, the desk, the market), in the same
 * transaction: the counts the figures read, exact at any time (decision 0034). That transaction is tried again whole
 * when the database gives it up on a conflict ({@link AnswerTransaction}); a retry cannot answer twice, since the
 * failed attempt left nothing (a sheet's code is deleted in the same transaction, and read again by the retry).
 */
@Service
public class SurveyService {

    private static final Logger log = LoggerFactory.getLogger(SurveyService.class);
    private static final SecureRandom IDS = new SecureRandom();

    private final NamedParameterJdbcTemplate jdbc;
    private final DeskDirectory desks;
    private final OfficeScope scope;
    private final Clock clock;
    private final ZoneId zone;
    private final SurveySettings settings;
    private final SurveyRateLimit limits;
    private final AnswerTransaction transaction;

    SurveyService(
            DataSource dataSource,
            DeskDirectory desks,
            OfficeScope scope,
            Clock clock,
            ComptoirProperties properties,
            SurveySettings settings,
            AnswerTransaction transaction) {
        this.jdbc = new NamedParameterJdbcTemplate(dataSource);
        this.desks = desks;
        this.scope = scope;
        this.clock = clock;
        this.zone = properties.timeZone();
        this.settings = settings;
        this.limits = new SurveyRateLimit(clock);
        this.transaction = transaction;
    }

    // ---- kiosks

    /**
     * Starts a kiosk for a desk: a new token, working until {@link SurveySettings#kioskUntil} of the office's day
     * (of the next day when that time has passed). The caller then signs its browser out: the kiosk holds the token
     * only.
     */
    @PreAuthorize(STAFF)
    @Transactional
    public StartedKiosk startKiosk(long deskId) {
        refuseWhenDisabled();
        if (desks.find(deskId, Locale.FRENCH).isEmpty()) {
            throw new RuleViolation("survey.kiosk.desk-unknown");
        }
        var secret = SurveyTokens.newSecret();
        var now = clock.instant();
        var expires = kioskExpiry(now);
        jdbc.update(
                """
                insert into survey_kiosk (secret_hash, desk_id, started_at, started_by, expires_at)
                values (:hash, :desk, :at, :by, :expires)""",
                new MapSqlParameterSource("hash", SurveyTokens.hash(secret))
                        .addValue("desk", deskId)
                        .addValue("at", utc(now))
                        .addValue("by", CurrentUser.name())
                        .addValue("expires", utc(expires)));
        var kiosk = kioskBySecret(secret).orElseThrow();
        log.info("Kiosk {} started for desk {} by {}, until {}", kiosk.id(), deskId, kiosk.startedBy(), expires);
        return new StartedKiosk(kiosk, secret);
    }

    /**
     * Ends a kiosk at once (leaving kiosk mode needs a signed-in person): true when this call ended it, false when it
     * was unknown or ended already.
     */
    @PreAuthorize(STAFF)
    @Transactional
    public boolean endKiosk(String secret) {
        if (!SurveyTokens.wellFormed(secret)) {
            return false;
        }
        var ended = jdbc.update(
                "update survey_kiosk set ended_at = :at, ended_by = :by where secret_hash = :hash and ended_at is null",
                new MapSqlParameterSource("at", utc(clock.instant()))
                        .addValue("by", CurrentUser.name())
                        .addValue("hash", SurveyTokens.hash(secret)));
        if (ended > 0) {
            kioskBySecret(secret).ifPresent(k -> log.info("Kiosk {} ended by {}", k.id(), k.endedBy()));
        }
        return ended > 0;
    }

    /** The kiosk a token stands for while it takes answers; nothing when unknown, ended or expired. Public. */
    @PreAuthorize(ANYONE)
    @Transactional(readOnly = true)
    public Optional<KioskDetails> kiosk(String secret) {
        if (!settings.enabled() || !SurveyTokens.wellFormed(secret)) {
            return Optional.empty();
        }
        var now = clock.instant();
        return kioskBySecret(secret).filter(kiosk -> kiosk.activeAt(now));
    }

    /**
     * Keeps an answer given at a kiosk, for the kiosk's desk and the market the visitor chose (if any). Public,
     * hardened: refused ({@link SurveyRefused}) when the kiosk does not take answers or has taken its answers of the
     * minute; {@link SurveyInvalid} when the answer is incomplete or too long. The answer and its day's counts are
     * written in one transaction, tried again on a conflict.
     */
    @PreAuthorize(ANYONE)
    public void answerAtKiosk(String secret, SurveyAnswerDraft draft) {
        refuseWhenDisabled();
        var kiosk = kiosk(secret).orElseThrow(() -> new SurveyRefused(SurveyRefused.KIOSK));
        if (!limits.kiosk(kiosk.id(), settings.kioskPerMinute())) {
            throw new SurveyRefused(SurveyRefused.TOO_MANY);
        }
        var answer = answer(draft, SurveySource.KIOSK, kiosk.deskId(), draft.market());
        transaction.run(() -> insert(answer));
    }

    // ---- the sheet's codes

    /**
     * A one-use code for the survey about one interaction, for its suggestion sheet: the desk and the market (from
     * the interaction's country) are kept with it, and the answer gets them from it. Codes of the same interaction
     * all stop working at its first answer. Expired codes are deleted on the way. Nothing when the survey is off.
     */
    @PreAuthorize(SIGNED_IN)
    @Transactional
    public Optional<String> invite(long interactionId, long deskId, @Nullable String country) {
        if (!settings.enabled()) {
            return Optional.empty();
        }
        var now = clock.instant();
        jdbc.update(
                "delete from survey_invitation where expires_at <= :now", new MapSqlParameterSource("now", utc(now)));
        var secret = SurveyTokens.newSecret();
        var market = country == null || country.isBlank() ? null : WorldRegion.market(country);
        jdbc.update(
                """
                insert into survey_invitation (secret_hash, interaction_id, desk_id, market, created_at, expires_at)
                values (:hash, :interaction, :desk, :market, :at, :expires)""",
                new MapSqlParameterSource("hash", SurveyTokens.hash(secret))
                        .addValue("interaction", interactionId)
                        .addValue("desk", deskId)
                        .addValue("market", market == null ? null : market.name())
                        .addValue("at", utc(now))
                        .addValue("expires", utc(now.plus(settings.sheetValidity()))));
        return Optional.of(secret);
    }

    /** What a sheet's code will answer for, while it can be answered; nothing when unknown, used or expired. Public. */
    @PreAuthorize(ANYONE)
    @Transactional(readOnly = true)
    public Optional<SurveyInvitation> invitation(String secret) {
        if (!settings.enabled() || !SurveyTokens.wellFormed(secret)) {
            return Optional.empty();
        }
        return jdbc
                .query(
                        "select desk_id, market from survey_invitation where secret_hash = :hash and expires_at > :now",
                        new MapSqlParameterSource("hash", SurveyTokens.hash(secret))
                                .addValue("now", utc(clock.instant())),
                        (row, n) -> new SurveyInvitation(row.getLong("desk_id"), market(row.getString("market"))))
                .stream()
                .findFirst();
    }

    /**
     * Keeps the answer to a sheet's code, once. Public, hardened: every try counts against the sender's address
     * (answers a minute, in memory); an incomplete answer is refused before the code is used, so that the visitor can
     * put it right; the code is read under a row lock and deleted with every other code of its interaction in the
     * same transaction as the answer is written, so that a second answer (again, or at the same moment) is refused.
     * That transaction is tried again on a conflict: the retry reads the code again, and the try counts once.
     *
     * @param address the network address the answer came from: a key in memory for the rate limit, never kept
     */
    @PreAuthorize(ANYONE)
    public void answerInvitation(String secret, SurveyAnswerDraft draft, String address) {
        refuseWhenDisabled();
        if (!limits.address(address, settings.addressPerMinute())) {
            throw new SurveyRefused(SurveyRefused.TOO_MANY);
        }
        if (!SurveyTokens.wellFormed(secret)) {
            throw new SurveyRefused(SurveyRefused.TOKEN);
        }
        check(draft);
        var hash = SurveyTokens.hash(secret);
        transaction.run(() -> useCode(hash, draft));
    }

    /** In the answer's transaction: the code read under a row lock, deleted with its interaction's, the answer kept. */
    private void useCode(String hash, SurveyAnswerDraft draft) {
        var interaction = jdbc.query(
                "select interaction_id from survey_invitation where secret_hash = :hash",
                new MapSqlParameterSource("hash", hash),
                (row, n) -> row.getLong("interaction_id"));
        if (interaction.isEmpty()) {
            throw new SurveyRefused(SurveyRefused.TOKEN);
        }
        // every code of the interaction, locked in one order: two answers at the same moment, through this code or
        // another of the same interaction, wait for each other instead of both going through (or deadlocking)
        var codes = jdbc.query(
                """
                select secret_hash, desk_id, market, expires_at from survey_invitation
                where interaction_id = :interaction order by id for update""",
                new MapSqlParameterSource("interaction", interaction.getFirst()),
                (row, n) -> new Found(
                        row.getString("secret_hash"),
                        new SurveyInvitation(row.getLong("desk_id"), market(row.getString("market"))),
                        instant(row, "expires_at")));
        var now = clock.instant();
        var found = codes.stream()
                .filter(code -> code.hash().equals(hash) && now.isBefore(code.expiresAt()))
                .findFirst()
                .orElseThrow(() -> new SurveyRefused(SurveyRefused.TOKEN));
        jdbc.update(
                "delete from survey_invitation where interaction_id = :interaction",
                new MapSqlParameterSource("interaction", interaction.getFirst()));
        insert(answer(
                draft,
                SurveySource.SHEET,
                found.invitation().deskId(),
                found.invitation().market()));
    }

    /** A sheet's code, locked for an answer. */
    private record Found(String hash, SurveyInvitation invitation, Instant expiresAt) {}

    // ---- for directors

    /**
     * Answers newest first, a page at a time, with their comments: directors and admins only. Only those with a
     * comment when {@code withCommentOnly}; only one desk's when {@code deskId} is given.
     */
    @PreAuthorize(MANAGERS)
    @Transactional(readOnly = true)
    public List<SurveyAnswerDetails> answers(@Nullable Long deskId, boolean withCommentOnly, int offset, int limit) {
        return jdbc.query(
                "select * from survey_answer where (:everyDesk or desk_id in (:desks))"
                        + (withCommentOnly ? " and comment is not null" : "")
                        + " order by answered_on desc, id limit :limit offset :offset",
                // the reader's offices' answers only (decision 0030)
                new MapSqlParameterSource(OfficeScope.sqlDesks(scope.narrowed(deskId)))
                        .addValue("limit", limit)
                        .addValue("offset", offset),
                (row, n) -> new SurveyAnswerDetails(row.getLong("id"), answer(row)));
    }

    /**
     * Writes answers as they are, in bulk: the demo history's. Admins only (start-up code runs as one). Their days'
     * counts are summed here and added in the same transaction, one row per day, desk and market; tried again whole
     * on a conflict.
     */
    @PreAuthorize(ADMINS)
    @Transactional
    @RetryOnConflict
    public int importAnswers(List<SurveyAnswer> answers) {
        var batch = answers.stream().map(SurveyService::parameters).toArray(MapSqlParameterSource[]::new);
        jdbc.batchUpdate(INSERT, batch);
        // in the key's order, as every writer: two imports at once take their rows' locks in the same order
        var days = new TreeMap<Day, SurveyNumbers>(Day.ORDER);
        answers.forEach(answer -> days.merge(Day.of(answer), SurveyNumbers.of(answer), SurveyNumbers::plus));
        jdbc.batchUpdate(
                ADD_TO_DAY,
                days.entrySet().stream()
                        .map(day -> day.getKey().parameters(day.getValue()))
                        .toArray(MapSqlParameterSource[]::new));
        return answers.size();
    }

    // ---- the rest

    private static final String INSERT = """
            insert into survey_answer (id, answered_on, source, desk_id, market, language, satisfaction, welcome,
                                       usefulness, recommend, comment)
            values (:id, :day, :source, :desk, :market, :language, :satisfaction, :welcome, :usefulness, :recommend,
                    :comment)""";

    /** Adds counts to a day's row, the first answer of the day making it (decision 0034). */
    private static final String ADD_TO_DAY = """
            insert into survey_day (answered_on, desk_id, market, answers, satisfaction_sum, welcome_count, welcome_sum,
                                    usefulness_count, usefulness_sum, recommend_count, promoters, detractors)
            values (:day, :desk, :market, :answers, :satisfactionSum, :welcomeCount, :welcomeSum, :usefulnessCount,
                    :usefulnessSum, :recommendCount, :promoters, :detractors)
            on duplicate key update answers = answers + values(answers),
                                    satisfaction_sum = satisfaction_sum + values(satisfaction_sum),
                                    welcome_count = welcome_count + values(welcome_count),
                                    welcome_sum = welcome_sum + values(welcome_sum),
                                    usefulness_count = usefulness_count + values(usefulness_count),
                                    usefulness_sum = usefulness_sum + values(usefulness_sum),
                                    recommend_count = recommend_count + values(recommend_count),
                                    promoters = promoters + values(promoters),
                                    detractors = detractors + values(detractors)""";

    /** The answer, and its day's counts: one transaction (the caller's). */
    private void insert(SurveyAnswer answer) {
        jdbc.update(INSERT, parameters(answer));
        jdbc.update(ADD_TO_DAY, Day.of(answer).parameters(SurveyNumbers.of(answer)));
    }

    /** The key of an answer's row in {@code survey_day}: its day, desk and market ('' when not given). */
    private record Day(LocalDate day, long deskId, String market) {

        static final Comparator<Day> ORDER =
                Comparator.comparing(Day::day).thenComparingLong(Day::deskId).thenComparing(Day::market);

        static Day of(SurveyAnswer answer) {
            var market = answer.market();
            return new Day(answer.answeredOn(), answer.deskId(), market == null ? "" : market.name());
        }

        MapSqlParameterSource parameters(SurveyNumbers numbers) {
            return new MapSqlParameterSource("day", day)
                    .addValue("desk", deskId)
                    .addValue("market", market)
                    .addValue("answers", numbers.answers())
                    .addValue("satisfactionSum", numbers.satisfactionSum())
                    .addValue("welcomeCount", numbers.welcomeCount())
                    .addValue("welcomeSum", numbers.welcomeSum())
                    .addValue("usefulnessCount", numbers.usefulnessCount())
                    .addValue("usefulnessSum", numbers.usefulnessSum())
                    .addValue("recommendCount", numbers.recommendCount())
                    .addValue("promoters", numbers.promoters())
                    .addValue("detractors", numbers.detractors());
        }
    }

    private static MapSqlParameterSource parameters(SurveyAnswer answer) {
        return new MapSqlParameterSource("id", randomId())
                .addValue("day", answer.answeredOn())
                .addValue("source", answer.source().name())
                .addValue("desk", answer.deskId())
                .addValue(
                        "market",
                        answer.market() == null ? null : answer.market().name())
                .addValue("language", answer.language().code())
                .addValue("satisfaction", answer.satisfaction())
                .addValue("welcome", answer.welcome(), Types.INTEGER)
                .addValue("usefulness", answer.usefulness(), Types.INTEGER)
                .addValue("recommend", answer.recommend(), Types.INTEGER)
                .addValue("comment", answer.comment(), Types.VARCHAR);
    }

    /** The answer to keep from a draft, checked; refused with what is wrong. */
    private SurveyAnswer answer(SurveyAnswerDraft draft, SurveySource source, long deskId, @Nullable Market market) {
        check(draft);
        return new SurveyAnswer(
                LocalDate.now(clock.withZone(zone)),
                source,
                deskId,
                market,
                draft.language(),
                draft.satisfaction() == null ? 0 : draft.satisfaction(),
                draft.welcome(),
                draft.usefulness(),
                draft.recommend(),
                SurveyRules.comment(draft.comment()));
    }

    private static void check(SurveyAnswerDraft draft) {
        var errors = SurveyRules.check(draft);
        if (!errors.isEmpty()) {
            throw new SurveyInvalid(errors);
        }
    }

    private void refuseWhenDisabled() {
        if (!settings.enabled()) {
            throw new SurveyRefused(SurveyRefused.DISABLED);
        }
    }

    /** The next {@link SurveySettings#kioskUntil} of the office's day after {@code now}. */
    private Instant kioskExpiry(Instant now) {
        var local = now.atZone(zone);
        var until = local.toLocalDate().atTime(settings.kioskUntil()).atZone(zone);
        return (until.isAfter(local) ? until : until.plusDays(1)).toInstant();
    }

    private Optional<KioskDetails> kioskBySecret(String secret) {
        return jdbc
                .query(
                        "select * from survey_kiosk where secret_hash = :hash",
                        new MapSqlParameterSource("hash", SurveyTokens.hash(secret)),
                        (row, n) -> new KioskDetails(
                                row.getLong("id"),
                                row.getLong("desk_id"),
                                row.getString("started_by"),
                                instant(row, "started_at"),
                                instant(row, "expires_at"),
                                nullableInstant(row, "ended_at"),
                                row.getString("ended_by")))
                .stream()
                .findFirst();
    }

    static SurveyAnswer answer(ResultSet row) throws SQLException {
        return new SurveyAnswer(
                row.getObject("answered_on", LocalDate.class),
                SurveySource.valueOf(row.getString("source")),
                row.getLong("desk_id"),
                market(row.getString("market")),
                SheetLanguage.fromCode(row.getString("language")),
                row.getInt("satisfaction"),
                row.getObject("welcome", Integer.class),
                row.getObject("usefulness", Integer.class),
                row.getObject("recommend", Integer.class),
                row.getString("comment"));
    }

    /** A random positive id: answers are not numbered in the order they came (see the migration V0026). */
    private static long randomId() {
        return IDS.nextLong(1, Long.MAX_VALUE);
    }

    static @Nullable Market market(@Nullable String name) {
        return name == null ? null : Market.valueOf(name);
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        return row.getObject(column, LocalDateTime.class).toInstant(ZoneOffset.UTC);
    }

    private static @Nullable Instant nullableInstant(ResultSet row, String column) throws SQLException {
        var value = row.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
