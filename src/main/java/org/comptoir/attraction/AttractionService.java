package org.comptoir.attraction;

import static org.comptoir.security.AppRoles.ADMINS;
import static org.comptoir.security.AppRoles.SIGNED_IN;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.comptoir.base.RuleViolation;
import org.comptoir.reference.Text;
import org.comptoir.security.AdminAudit;
import org.comptoir.security.AdminAuditKind;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The attraction database: search and filters for everyone at the office, changes for admins.
 */
@Service
public class AttractionService {

    private final AttractionRepository attractions;
    private final NamedParameterJdbcTemplate jdbc;
    private final DriveTimes driveTimes;
    private final ApplicationEventPublisher events;
    private final EntityManager entityManager;
    private final AdminAudit audit;
    private final DescriptionMatches descriptionMatches;

    AttractionService(
            AttractionRepository attractions,
            NamedParameterJdbcTemplate jdbc,
            DriveTimes driveTimes,
            ApplicationEventPublisher events,
            EntityManager entityManager,
            AdminAudit audit,
            DescriptionMatches descriptionMatches) {
        this.attractions = attractions;
        this.jdbc = jdbc;
        this.driveTimes = driveTimes;
        this.events = events;
        this.entityManager = entityManager;
        this.audit = audit;
        this.descriptionMatches = descriptionMatches;
    }

    /**
     * A page of attractions matching the filter, in the order asked: those whose name (or commune, or
     * labels) holds the words typed first, then those where the words are found in the descriptions.
     */
    @PreAuthorize(SIGNED_IN)
    @Transactional(readOnly = true)
    public Slice<AttractionDetails> search(
            AttractionFilter filter, AttractionSort sort, boolean ascending, Pageable pageable) {
        var size = pageable.getPageSize();
        var ids = new ArrayList<>(ids(filter, Round.NAME, sort, ascending, size + 1, pageable.getOffset()));
        if (ids.size() <= size && Round.DESCRIPTION.applies(filter)) {
            // the names are exhausted on this page: the descriptions' matches may follow them
            var offset = pageable.getOffset();
            // how many names precede: counted only when this page starts past them
            var names = !ids.isEmpty() || offset == 0 ? offset + ids.size() : count(filter, Round.NAME);
            if (names < Round.DESCRIPTIONS_BELOW) {
                var wanted = size + 1 - ids.size();
                ids.addAll(ids(filter, Round.DESCRIPTION, sort, ascending, wanted, Math.max(0, offset - names)));
            }
        }
        var hasNext = ids.size() > size;
        var pageIds = hasNext ? ids.subList(0, size) : ids;
        var byId = attractions.findAllById(pageIds).stream()
                .collect(Collectors.toMap(Attraction::getId, Function.identity()));
        var content = pageIds.stream().map(byId::get).map(Attraction::details).toList();
        return new SliceImpl<>(content, pageable, hasNext);
    }

    private List<Long> ids(
            AttractionFilter filter, Round round, AttractionSort sort, boolean ascending, int limit, long offset) {
        var params = new MapSqlParameterSource();
        String where;
        if (round == Round.NAME) {
            where = where(filter, round, params);
        } else {
            // the descriptions' round: its matches (bounded work, kept a few seconds), then ordered
            var matches = descriptionMatches(filter);
            if (matches.isEmpty()) {
                return List.of();
            }
            where = "id in (:matches)";
            params.addValue("matches", matches);
        }
        // one direction for every column, so that an index (V0006) gives the order, forwards or backwards
        var direction = ascending ? " asc" : " desc";
        var order = switch (sort) {
            case NAME -> "name_fr" + direction;
            case DRIVE_TIME -> "drive_minutes_effective" + direction + ", name_fr" + direction;
            case CATEGORY -> "category" + direction + ", name_fr" + direction;
        };
        params.addValue("limit", limit);
        params.addValue("offset", offset);
        return jdbc.queryForList(
                "select id from attraction where " + where + " order by " + order + ", id" + direction
                        + " limit :limit offset :offset",
                params,
                Long.class);
    }

    /** The attractions found by their descriptions and not by their names: the first {@code MOST_DESCRIPTIONS}. */
    private List<Long> descriptionMatches(AttractionFilter filter) {
        return descriptionMatches.of(filter, () -> {
            var params = new MapSqlParameterSource();
            var where = where(filter, Round.DESCRIPTION, params);
            params.addValue("most", Round.MOST_DESCRIPTIONS);
            return jdbc.queryForList("select id from attraction where " + where + " limit :most", params, Long.class);
        });
    }

    private long count(AttractionFilter filter, Round round) {
        if (round == Round.DESCRIPTION) {
            return descriptionMatches(filter).size();
        }
        var params = new MapSqlParameterSource();
        var count = jdbc.queryForObject(
                "select count(*) from attraction where " + where(filter, round, params), params, Long.class);
        return count == null ? 0 : count;
    }

    @PreAuthorize(SIGNED_IN)
    @Transactional(readOnly = true)
    public long count(AttractionFilter filter) {
        var names = count(filter, Round.NAME);
        return names < Round.DESCRIPTIONS_BELOW && Round.DESCRIPTION.applies(filter)
                ? names + count(filter, Round.DESCRIPTION)
                : names;
    }

    @PreAuthorize(SIGNED_IN)
    @Transactional(readOnly = true)
    public Optional<AttractionDetails> find(long id) {
        return attractions.findById(id).map(Attraction::details);
    }

    /** The names of some attractions, retired ones too, in one query: what reports label their rows with. */
    @PreAuthorize(SIGNED_IN)
    @Transactional(readOnly = true)
    public Map<Long, String> names(Collection<Long> ids, Locale locale) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        var english = "en".equals(locale.getLanguage());
        var names = new HashMap<Long, String>();
        jdbc.query(
                "select id, name_fr, name_en from attraction where id in (:ids)",
                new MapSqlParameterSource("ids", ids),
                rs -> {
                    names.put(rs.getLong("id"), rs.getString(english ? "name_en" : "name_fr"));
                });
        return names;
    }

    /** Every active attraction: what suggestions rank. */
    @PreAuthorize(SIGNED_IN)
    @Transactional(readOnly = true)
    public List<AttractionDetails> active() {
        return attractions.findByActiveTrue().stream()
                .map(Attraction::details)
                .sorted(Comparator.comparing(AttractionDetails::id))
                .toList();
    }

    /** Creates or changes an attraction; refuses an invalid one, saying what is wrong where. */
    @PreAuthorize(ADMINS)
    @Transactional
    public AttractionDetails save(AttractionDraft draft) {
        var problems = AttractionRules.problems(draft);
        if (!problems.isEmpty()) {
            throw new AttractionInvalid(problems);
        }
        Attraction attraction;
        AttractionDetails before = null;
        if (draft.id() == null) {
            attraction = new Attraction(draft.source());
        } else {
            attraction = attractions.findById(draft.id()).orElseThrow(() -> new RuleViolation("attraction.not-found"));
            if (attraction.getVersion() != draft.version()) {
                throw new ObjectOptimisticLockingFailureException(Attraction.class, draft.id());
            }
            before = attraction.details();
        }
        attraction.apply(draft, driveTimes);
        var saved = attractions.saveAndFlush(attraction).details();
        var changes = AdminAudit.recordChanges(before, saved);
        if (!changes.isEmpty()) {
            audit.record(AdminAuditKind.ATTRACTION, saved.id(), (before == null ? "created; " : "") + changes);
        }
        events.publishEvent(new AttractionsChanged());
        return saved;
    }

    /** Retires an attraction (no longer suggested, kept for history) or brings it back. */
    @PreAuthorize(ADMINS)
    @Transactional
    public AttractionDetails setActive(long id, boolean active) {
        var attraction = attractions.findById(id).orElseThrow(() -> new RuleViolation("attraction.not-found"));
        if (attraction.details().active() != active) {
            audit.record(
                    AdminAuditKind.ATTRACTION,
                    id,
                    (active ? "restored; " : "archived; ") + AdminAudit.changes("active", !active, active));
        }
        attraction.setActive(active);
        var saved = attractions.saveAndFlush(attraction).details();
        events.publishEvent(new AttractionsChanged());
        return saved;
    }

    /** The attractions that came from these source records (open-data imports), by source URI. */
    @PreAuthorize(ADMINS)
    @Transactional(readOnly = true)
    public Map<String, AttractionDetails> findBySourceUris(Collection<String> sourceUris) {
        if (sourceUris.isEmpty()) {
            return Map.of();
        }
        return attractions.findBySourceUriIn(sourceUris).stream()
                .map(Attraction::details)
                .collect(Collectors.toMap(details -> Objects.requireNonNull(details.sourceUri()), Function.identity()));
    }

    /**
     * Saves a batch of attractions in the caller's transaction, for imports: it writes them all with
     * the rest of its work, or none. Refuses the whole batch when one is invalid or changed meanwhile.
     * Then empties the persistence context, so that an import of tens of thousands keeps a small one:
     * callers must not hold on to attraction entities across this call.
     */
    @PreAuthorize(ADMINS)
    @Transactional
    public void saveAll(List<AttractionDraft> drafts) {
        if (drafts.isEmpty()) {
            return;
        }
        for (var draft : drafts) {
            var problems = AttractionRules.problems(draft);
            if (!problems.isEmpty()) {
                throw new AttractionInvalid(problems);
            }
        }
        var ids = drafts.stream()
                .map(AttractionDraft::id)
                .filter(Objects::nonNull)
                .toList();
        var existing =
                attractions.findAllById(ids).stream().collect(Collectors.toMap(Attraction::getId, Function.identity()));
        for (var draft : drafts) {
            Attraction attraction;
            if (draft.id() == null) {
                attraction = new Attraction(draft.source());
            } else {
                attraction = existing.get(draft.id());
                if (attraction == null) {
                    throw new RuleViolation("attraction.not-found");
                }
                if (attraction.getVersion() != draft.version()) {
                    throw new ObjectOptimisticLockingFailureException(Attraction.class, draft.id());
                }
            }
            attraction.apply(draft, driveTimes);
            attractions.save(attraction);
        }
        entityManager.flush();
        entityManager.clear();
        events.publishEvent(new AttractionsChanged());
    }

    /**
     * The two rounds of a search: the words in the names (commune, labels), then, for the others, the
     * words in the descriptions. The second round reads the descriptions' full-text index (V0020): every
     * word of three letters or more (not one of its stop words) must begin a word of the descriptions,
     * the shorter ones be anywhere in the name or the descriptions; a search made only of short words
     * reads the names alone. It is a help for searches the names barely answer,
     * and bounded so that a keystroke stays fast with 20,000 attractions (decision 0023): it runs only
     * when the names give fewer than {@link #DESCRIPTIONS_BELOW} attractions, and adds at most
     * {@link #MOST_DESCRIPTIONS}.
     */
    enum Round {
        NAME,
        DESCRIPTION;

        static final int DESCRIPTIONS_BELOW = 50;
        static final int MOST_DESCRIPTIONS = 100;

        /** MariaDB's default full-text stop words (INNODB_FT_DEFAULT_STOPWORD): never in the index. */
        private static final Set<String> STOP_WORDS = Set.of(
                "about", "are", "com", "for", "from", "how", "that", "the", "this", "was", "what", "when", "where",
                "who", "will", "with", "und", "www");

        boolean applies(AttractionFilter filter) {
            return this == NAME || !indexed(tokens(filter)).isEmpty();
        }

        static List<String> tokens(AttractionFilter filter) {
            return Arrays.stream(Text.fold(filter.text()).split(" "))
                    .map(token -> token.replace("%", "").replace("_", ""))
                    .filter(token -> !token.isEmpty())
                    .toList();
        }

        /**
         * Whether the index's answer for this word is the whole answer: a word of letters and digits long
         * enough to be indexed; a description where a word begins with it holds it, as the like would say.
         */
        static boolean whole(String token) {
            return token.length() >= 3
                    && !STOP_WORDS.contains(token)
                    && token.chars().allMatch(Character::isLetterOrDigit);
        }

        static List<String> indexed(List<String> tokens) {
            return tokens.stream()
                    .filter(token -> token.length() >= 3 && !STOP_WORDS.contains(token))
                    .toList();
        }
    }

    private static String where(AttractionFilter filter, Round round, MapSqlParameterSource params) {
        var clauses = new ArrayList<String>();
        // "= 1", not a bare "active": an equality lets the indexes that start with active give the order
        clauses.add(filter.includeRetired() ? "1 = 1" : "active = 1");
        var tokens = Round.tokens(filter);
        var inName = new ArrayList<String>();
        var inEither = new ArrayList<String>();
        for (int i = 0; i < tokens.size(); i++) {
            // both sides are folded: a byte comparison finds the same rows, several times faster
            inName.add("search_text like binary :t" + i);
            if (!Round.whole(tokens.get(i))) {
                // a word the full-text index answers alone needs no second look at the long description
                inEither.add("(search_text like binary :t" + i + " or description_text like binary :t" + i + ")");
            }
            params.addValue("t" + i, "%" + tokens.get(i) + "%");
        }
        if (round == Round.NAME) {
            clauses.addAll(inName);
        } else {
            // the index narrows the rows to those whose descriptions hold every long word; the likes decide
            clauses.add("match (description_text) against (:words in boolean mode)");
            params.addValue(
                    "words",
                    Round.indexed(tokens).stream()
                            .map(token -> "+" + token + "*")
                            .collect(Collectors.joining(" ")));
            clauses.addAll(inEither);
            clauses.add("not (" + String.join(" and ", inName) + ")");
        }
        if (filter.category() != null) {
            clauses.add("category = :category");
            params.addValue("category", filter.category().name());
        }
        if (filter.interestId() != null) {
            clauses.add("exists (select 1 from attraction_interest ai where ai.attraction_id = id"
                    + " and ai.interest_id = :interest)");
            params.addValue("interest", filter.interestId());
        }
        if (filter.familyFriendly()) {
            clauses.add("family_friendly");
        }
        if (filter.accessible()) {
            clauses.add("reduced_mobility");
        }
        if (filter.dogsAllowed()) {
            clauses.add("dogs_allowed");
        }
        if (filter.indoor()) {
            clauses.add("indoor");
        }
        if (filter.openOn() != null) {
            clauses.add("(months_open & :month) <> 0 and (closed_days & :day) = 0");
            params.addValue("month", 1 << (filter.openOn().getMonthValue() - 1));
            params.addValue("day", 1 << (filter.openOn().getDayOfWeek().getValue() - 1));
        }
        if (filter.maxDriveMinutes() != null) {
            clauses.add("drive_minutes_effective <= :maxDrive");
            params.addValue("maxDrive", filter.maxDriveMinutes());
        }
        return String.join(" and ", clauses);
    }
}
