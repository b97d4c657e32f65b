package org.comptoir.attraction.datatourisme;

import static org.comptoir.security.AppRoles.ADMINS;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.comptoir.attraction.AttractionDetails;
import org.comptoir.attraction.AttractionDraft;
import org.comptoir.attraction.AttractionService;
import org.comptoir.base.Progress;
import org.comptoir.base.RuleViolation;
import org.comptoir.reference.ListKind;
import org.comptoir.reference.ReferenceListService;
import org.comptoir.security.AdminAudit;
import org.comptoir.security.AdminAuditKind;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports DATAtourisme files into the attraction database, for admins: a preview says what each record
 * would become (new, updated, unchanged, rejected and why); the commit writes every accepted record in
 * one transaction, or nothing. Files are streamed, a few hundred records at a time, in both steps.
 * Also keeps the mapping of source types and themes to categories and interests.
 */
@Service
public class ImportService {

    public static final int MAX_TERM = 200;
    public static final int MAX_PRIORITY = 999;
    /** Records looked up and written together: one query for the existing ones, one flush. */
    static final int CHUNK = 500;

    private final AttractionService attractions;
    private final ReferenceListService lists;
    private final ImportMappingRepository mappings;
    private final Clock clock;
    private final int duplicateMetres;
    private final AdminAudit audit;

    ImportService(
            AttractionService attractions,
            ReferenceListService lists,
            ImportMappingRepository mappings,
            Clock clock,
            @Value("${comptoir.import.duplicate-distance:500}") int duplicateMetres,
            AdminAudit audit) {
        this.attractions = attractions;
        this.lists = lists;
        this.mappings = mappings;
        this.clock = clock;
        this.duplicateMetres = duplicateMetres;
        this.audit = audit;
    }

    /**
     * Reads the whole file and says what importing it would do; writes nothing. A file that cannot be
     * read gives a preview with a {@code fileError} and no line.
     */
    @PreAuthorize(ADMINS)
    @Transactional(readOnly = true)
    public ImportPreview preview(Path file, String fileName) {
        ImportFormat format = null;
        try (var reader = SourceReader.open(file)) {
            format = reader.format();
            var lines = new ArrayList<ImportLine>();
            process(reader, mapper(), linkable(), (line, draft) -> lines.add(line));
            return new ImportPreview(file, fileName, format, reader.digest(), null, lines);
        } catch (ImportFileError e) {
            return ImportPreview.failed(file, fileName, format, e.reason());
        } catch (IOException e) {
            return ImportPreview.failed(
                    file, fileName, format, ImportReason.of("import.file.unreadable", String.valueOf(e.getMessage())));
        }
    }

    /**
     * Writes every new and changed record of a preview, as {@link #commit(ImportPreview, Map, DuplicateChoice)},
     * keeping both the attraction and the point where a point probably duplicates one.
     */
    @PreAuthorize(ADMINS)
    @Transactional
    public ImportResult commit(ImportPreview preview) {
        return commit(preview, Map.of(), DuplicateChoice.KEEP_BOTH);
    }

    /**
     * Writes every new and changed record of a preview, in one transaction: all of them or, on any
     * failure, none. A point that probably duplicates an attraction is linked to it, imported beside
     * it or left out, as {@code choices} says for its line number ({@code otherwise} when it says
     * nothing). Refused ({@code import.commit.stale}) when the file or the database no longer gives
     * what the preview showed.
     */
    @PreAuthorize(ADMINS)
    @Transactional
    public ImportResult commit(
            ImportPreview preview, Map<Integer, DuplicateChoice> choices, DuplicateChoice otherwise) {
        return commit(preview, choices, otherwise, new Progress());
    }

    /** The same, telling {@code progress} how many of the preview's points are written (the screen's bar). */
    @PreAuthorize(ADMINS)
    @Transactional
    public ImportResult commit(
            ImportPreview preview,
            Map<Integer, DuplicateChoice> choices,
            DuplicateChoice otherwise,
            Progress progress) {
        if (!preview.committable()) {
            throw new RuleViolation("import.commit.nothing");
        }
        var counts = new int[ImportOutcome.values().length];
        var linked = new HashMap<Long, Integer>();
        var skipped = new int[1];
        var batch = new ArrayList<AttractionDraft>(CHUNK);
        var expected = preview.lines();
        progress.total(expected.size());
        var index = new int[1];
        try (var reader = SourceReader.open(preview.file())) {
            process(reader, mapper(), linkable(), (line, draft) -> {
                var previewed = index[0] < expected.size() ? expected.get(index[0]) : null;
                index[0]++;
                if (previewed == null
                        || previewed.outcome() != line.outcome()
                        || previewed.number() != line.number()
                        || !Objects.equals(previewed.sourceUri(), line.sourceUri())
                        || !Objects.equals(previewed.duplicate(), line.duplicate())) {
                    throw new RuleViolation("import.commit.stale");
                }
                var link = false;
                if (line.duplicate() != null && draft != null) {
                    var choice = choices.getOrDefault(line.number(), otherwise);
                    if (choice == DuplicateChoice.SKIP) {
                        skipped[0]++;
                        return;
                    }
                    if (choice == DuplicateChoice.LINK) {
                        var target = line.duplicate().attractionId();
                        if (linked.putIfAbsent(target, line.number()) != null) {
                            throw new RuleViolation(
                                    "import.duplicate.linked-twice",
                                    line.duplicate().name());
                        }
                        draft = linkedDraft(target, draft);
                        link = true;
                    }
                }
                if (!link) {
                    counts[line.outcome().ordinal()]++;
                }
                if (draft != null) {
                    batch.add(draft);
                    if (batch.size() >= CHUNK) {
                        attractions.saveAll(batch);
                        batch.clear();
                        progress.done(index[0]);
                    }
                }
            });
            attractions.saveAll(batch);
            if (index[0] != expected.size() || !reader.digest().equals(preview.digest())) {
                throw new RuleViolation("import.commit.stale");
            }
            progress.done(index[0]);
        } catch (ImportFileError e) {
            throw new RuleViolation("import.commit.stale");
        } catch (IOException e) {
            throw new RuleViolation("import.file.unreadable", String.valueOf(e.getMessage()));
        }
        var result = new ImportResult(
                counts[ImportOutcome.NEW.ordinal()],
                counts[ImportOutcome.UPDATED.ordinal()],
                counts[ImportOutcome.UNCHANGED.ordinal()],
                counts[ImportOutcome.REJECTED.ordinal()],
                linked.size(),
                skipped[0]);
        audit.record(AdminAuditKind.IMPORT, null, "file: " + preview.fileName() + "; " + AdminAudit.describe(result));
        return result;
    }

    /** The point's draft turned into the update of the attraction it is linked to. */
    private AttractionDraft linkedDraft(long attractionId, AttractionDraft point) {
        var existing = attractions.find(attractionId).orElseThrow(() -> new RuleViolation("import.commit.stale"));
        if (existing.sourceUri() != null) {
            throw new RuleViolation("import.commit.stale");
        }
        return RecordMapper.mergeLinked(existing, point);
    }

    /** What a new point may be a duplicate of: the active attractions that follow no source record yet. */
    private DuplicateRules.Candidates linkable() {
        return new DuplicateRules.Candidates(
                attractions.active().stream().filter(a -> a.sourceUri() == null).toList());
    }

    /** The mapping, highest priority first. */
    @PreAuthorize(ADMINS)
    @Transactional(readOnly = true)
    public List<MappingRule> mappings() {
        return mappings.findAllByOrderByPriorityDescSourceTermAsc().stream()
                .map(ImportMapping::rule)
                .toList();
    }

    /**
     * Adds a mapping line (no id) or changes one. Refused with a {@link RuleViolation} whose key names
     * the field: {@code import.mapping.term.*}, {@code import.mapping.target.*},
     * {@code import.mapping.interest.*}, {@code import.mapping.priority.*}.
     */
    @PreAuthorize(ADMINS)
    @Transactional
    public MappingRule saveMapping(MappingDraft draft) {
        var term = draft.sourceTerm().strip();
        if (term.isEmpty()) {
            throw new RuleViolation("import.mapping.term.required");
        }
        if (MappingRule.isIdentifier(term)) {
            term = TermMapping.shortForm(term);
        }
        if (term.length() > MAX_TERM) {
            throw new RuleViolation("import.mapping.term.too-long", MAX_TERM);
        }
        var interest = draft.interestCode() == null || draft.interestCode().isBlank()
                ? null
                : draft.interestCode().strip();
        if (draft.category() == null && interest == null) {
            throw new RuleViolation("import.mapping.target.required");
        }
        if (interest != null && !lists.idsByCode(ListKind.INTEREST).containsKey(interest)) {
            throw new RuleViolation("import.mapping.interest.unknown", interest);
        }
        if (draft.priority() < 0 || draft.priority() > MAX_PRIORITY) {
            throw new RuleViolation("import.mapping.priority.range", MAX_PRIORITY);
        }
        var same = mappings.findBySourceTerm(term);
        if (same.isPresent() && (draft.id() == null || same.get().rule().id() != draft.id())) {
            throw new RuleViolation("import.mapping.term.taken", term);
        }
        ImportMapping mapping;
        MappingRule before = null;
        if (draft.id() == null) {
            mapping = new ImportMapping(term);
        } else {
            mapping = mappings.findById(draft.id()).orElseThrow(() -> new RuleViolation("import.mapping.not-found"));
            if (mapping.getVersion() != draft.version()) {
                throw new ObjectOptimisticLockingFailureException(ImportMapping.class, draft.id());
            }
            before = mapping.rule();
        }
        mapping.apply(
                new MappingDraft(draft.id(), draft.version(), term, draft.category(), interest, draft.priority()));
        var saved = mappings.saveAndFlush(mapping).rule();
        var changes = AdminAudit.recordChanges(before, saved);
        if (!changes.isEmpty()) {
            audit.record(AdminAuditKind.MAPPING_RULE, saved.id(), (before == null ? "created; " : "") + changes);
        }
        return saved;
    }

    @PreAuthorize(ADMINS)
    @Transactional
    public void deleteMapping(long id, long version) {
        var mapping = mappings.findById(id).orElseThrow(() -> new RuleViolation("import.mapping.not-found"));
        if (mapping.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(ImportMapping.class, id);
        }
        audit.record(AdminAuditKind.MAPPING_RULE, id, "deleted; " + AdminAudit.describe(mapping.rule()));
        mappings.delete(mapping);
    }

    /** Receives each record's line, with the draft to write when it is new or changed. */
    @FunctionalInterface
    private interface Sink {
        void accept(ImportLine line, @Nullable AttractionDraft draft);
    }

    private RecordMapper mapper() {
        var rules = mappings.findAll().stream().map(ImportMapping::rule).toList();
        return new RecordMapper(new TermMapping(rules), lists.idsByCode(ListKind.INTEREST), LocalDate.now(clock));
    }

    private void process(SourceReader reader, RecordMapper mapper, DuplicateRules.Candidates linkable, Sink sink) {
        var seen = new HashMap<String, Integer>();
        var chunk = new ArrayList<RecordMapper.Mapped>(CHUNK);
        SourceRecord record;
        while ((record = reader.next()) != null) {
            chunk.add(mapper.map(record));
            if (chunk.size() == CHUNK) {
                decide(chunk, seen, linkable, sink);
                chunk.clear();
            }
        }
        decide(chunk, seen, linkable, sink);
    }

    /** New, updated, unchanged or rejected: compares a chunk of records with what the database holds. */
    private void decide(
            List<RecordMapper.Mapped> chunk, Map<String, Integer> seen, DuplicateRules.Candidates linkable, Sink sink) {
        var uris = chunk.stream()
                .filter(RecordMapper.Mapped::accepted)
                .map(RecordMapper.Mapped::uri)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        var stored = uris.isEmpty() ? Map.<String, AttractionDetails>of() : attractions.findBySourceUris(uris);
        for (var mapped : chunk) {
            var uri = mapped.uri();
            var number = mapped.source().number();
            var first = uri == null ? null : seen.putIfAbsent(uri, number);
            if (first != null) {
                var reasons = new ArrayList<ImportReason>();
                reasons.add(ImportReason.of("import.reason.duplicate-id", first));
                reasons.addAll(mapped.problems());
                sink.accept(line(mapped, ImportOutcome.REJECTED, reasons), null);
            } else if (!mapped.accepted()) {
                sink.accept(line(mapped, ImportOutcome.REJECTED, mapped.problems()), null);
            } else {
                var existing = stored.get(uri);
                if (existing == null) {
                    var draft = Objects.requireNonNull(mapped.draft());
                    var duplicate = DuplicateRules.find(
                                    draft.nameFr(),
                                    draft.latitude(),
                                    draft.longitude(),
                                    draft.website(),
                                    linkable,
                                    duplicateMetres)
                            .orElse(null);
                    sink.accept(line(mapped, ImportOutcome.NEW, mapped.notes(), duplicate), draft);
                } else {
                    var merged = LinkedFields.isLinked(existing)
                            ? RecordMapper.mergeLinked(existing, Objects.requireNonNull(mapped.draft()))
                            : RecordMapper.merge(existing, mapped);
                    if (merged.equals(existing.toDraft())) {
                        sink.accept(line(mapped, ImportOutcome.UNCHANGED, mapped.notes()), null);
                    } else {
                        sink.accept(line(mapped, ImportOutcome.UPDATED, mapped.notes()), merged);
                    }
                }
            }
        }
    }

    private static ImportLine line(RecordMapper.Mapped mapped, ImportOutcome outcome, List<ImportReason> reasons) {
        return line(mapped, outcome, reasons, null);
    }

    private static ImportLine line(
            RecordMapper.Mapped mapped,
            ImportOutcome outcome,
            List<ImportReason> reasons,
            @Nullable Duplicate duplicate) {
        return new ImportLine(
                mapped.source().number(), mapped.uri(), mapped.name(), mapped.category(), outcome, reasons, duplicate);
    }
}
