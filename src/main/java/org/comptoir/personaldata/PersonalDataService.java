package org.comptoir.personaldata;

import static org.comptoir.security.AppRoles.ADMINS;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.comptoir.base.CsvLines;
import org.comptoir.base.ExportLimit;
import org.comptoir.contact.PersonalKeys;
import org.comptoir.security.CurrentUser;
import org.comptoir.security.OfficeScope;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rights of the people whose data Comptoir keeps (GDPR articles 15, 17, 20 and 21): an admin finds a
 * person by e-mail or phone, sees, exports and erases what is held about them, and keeps the newsletter
 * list, within their offices (decision 0030: a person's data given at another office's desk is neither found,
 * exported nor erased; the network director and the nightly retention reach every office). Every look, export and erasure is written to the personal-data audit, naming contacts by id only:
 * never the address or number that was typed.
 */
@Service
@Transactional
public class PersonalDataService {

    /** How many audit lines the admin view lists. */
    public static final int AUDIT_LINES = 100;

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            // the download's stream belongs to the caller
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private final PersonalDataStore store;
    private final RetentionSettings settings;
    private final Clock clock;
    private final ExportLimit limit;
    private final TransactionTemplate transactions;
    private final OfficeScope offices;

    PersonalDataService(
            PersonalDataStore store,
            OfficeScope offices,
            RetentionSettings settings,
            Clock clock,
            ExportLimit limit,
            PlatformTransactionManager transactionManager) {
        this.store = store;
        this.offices = offices;
        this.settings = settings;
        this.clock = clock;
        this.limit = limit;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** What is held about the person with this e-mail address or phone number; audited when something is. */
    @PreAuthorize(ADMINS)
    public PersonalData find(String emailOrPhone) {
        var scope = scope(emailOrPhone);
        var found = new PersonalData(
                store.contacts(scope.contactIds()),
                store.followUps(scope.followUpIds()),
                scope.mailIds().size());
        audit(PersonalAuditEntry.VIEW, scope);
        return found;
    }

    /**
     * Everything held about the person, table by table, as JSON. The audit row is committed before the first
     * byte is written, so a download cut half-way is audited; see {@link #prepared}.
     */
    @PreAuthorize(ADMINS)
    @Transactional(propagation = Propagation.SUPPORTS)
    public void exportJson(String emailOrPhone, OutputStream out) {
        prepared(
                () -> {
                    var scope = scope(emailOrPhone);
                    var document = new LinkedHashMap<String, Object>();
                    document.put("exportedAt", clock.instant().toString());
                    document.putAll(store.rows(scope));
                    audit(PersonalAuditEntry.EXPORT_JSON, scope);
                    return document;
                },
                document -> JSON.writeValue(out, document));
    }

    /**
     * Everything held about the person as one CSV file a spreadsheet opens as it is (UTF-8 with a BOM,
     * {@code ;}, CRLF): for each table a header line starting with "table", then its rows. Audited before
     * it is written, like {@link #exportJson}.
     */
    @PreAuthorize(ADMINS)
    @Transactional(propagation = Propagation.SUPPORTS)
    public void exportCsv(String emailOrPhone, OutputStream out) {
        prepared(
                () -> {
                    var scope = scope(emailOrPhone);
                    var rows = store.rows(scope);
                    audit(PersonalAuditEntry.EXPORT_CSV, scope);
                    return rows;
                },
                tables -> {
                    var writer = writer(out);
                    try {
                        for (var table : tables.entrySet()) {
                            var rows = table.getValue();
                            if (rows.isEmpty()) {
                                continue;
                            }
                            var header = new ArrayList<String>(List.of("table"));
                            header.addAll(rows.getFirst().keySet());
                            CsvLines.write(writer, header);
                            for (var row : rows) {
                                var line = new ArrayList<String>(List.of(table.getKey()));
                                row.values().forEach(value -> line.add(value == null ? "" : value.toString()));
                                CsvLines.write(writer, line);
                            }
                        }
                        writer.flush();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    /**
     * Erases everything held about the person: their contacts go, follow-ups stay for the counts without
     * note or link, mails without recipient. The interactions and their statistics are not touched.
     *
     * @return how many contacts were erased
     */
    @PreAuthorize(ADMINS)
    public int erase(String emailOrPhone) {
        var scope = scope(emailOrPhone);
        if (scope.isEmpty()) {
            return 0;
        }
        var now = clock.instant();
        store.erase(scope, now, CurrentUser.name());
        if (scope.contactIds().isEmpty()) {
            store.audit(
                    now,
                    CurrentUser.name(),
                    PersonalAuditEntry.ERASE,
                    null,
                    "mails=" + scope.mailIds().size());
        } else {
            store.audit(now, CurrentUser.name(), PersonalAuditEntry.ERASE, scope.contactIds());
        }
        return scope.contactIds().size();
    }

    /**
     * The newsletter list as CSV (e-mail, name): every address whose consent is not withdrawn. Audited before
     * it is written, like {@link #exportJson}.
     *
     * @return how many addresses were written
     */
    @PreAuthorize(ADMINS)
    @Transactional(propagation = Propagation.SUPPORTS)
    public int exportNewsletter(OutputStream out) {
        var subscribers = prepared(
                () -> {
                    var list = store.newsletterSubscribers(offices.desks());
                    store.audit(
                            clock.instant(),
                            CurrentUser.name(),
                            PersonalAuditEntry.NEWSLETTER_EXPORT,
                            null,
                            "count=" + list.size());
                    return list;
                },
                list -> {
                    var writer = writer(out);
                    try {
                        CsvLines.write(writer, List.of("email", "name"));
                        for (var subscriber : list) {
                            CsvLines.write(writer, subscriber);
                        }
                        writer.flush();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
        return subscribers.size();
    }

    /**
     * Records that the person with this address no longer wants the newsletter: the nightly retention then
     * erases what no other purpose keeps.
     *
     * @return how many contacts held the consent
     */
    @PreAuthorize(ADMINS)
    public int withdrawNewsletter(String email) {
        var key = PersonalKeys.emailKey(email);
        if (key == null) {
            return 0;
        }
        var now = clock.instant();
        var ids = store.withdrawNewsletter(key, now, CurrentUser.name(), offices.desks());
        store.audit(now, CurrentUser.name(), PersonalAuditEntry.NEWSLETTER_WITHDRAW, ids);
        return ids.size();
    }

    /** The latest lines of the personal-data audit, newest first. */
    @PreAuthorize(ADMINS)
    @Transactional(readOnly = true)
    public List<PersonalAuditEntry> audit() {
        return store.lastAudit(AUDIT_LINES);
    }

    /** How long data kept for answering a request lives after the consent. */
    @PreAuthorize(ADMINS)
    @Transactional(readOnly = true)
    public Period replyRetention() {
        return settings.replyRetention();
    }

    private PersonalDataStore.Scope scope(String emailOrPhone) {
        var key = PersonalKeys.searchKey(emailOrPhone);
        if (key == null) {
            return new PersonalDataStore.Scope(List.of(), List.of(), List.of(), List.of());
        }
        var desks = offices.desks();
        var contactIds = store.contactsByKey(key, desks);
        // mails to the person's addresses count too, even those sent without a contact
        Set<String> addresses = new LinkedHashSet<>();
        if (emailOrPhone.contains("@")) {
            addresses.add(key);
        }
        store.contacts(contactIds).stream()
                .map(PersonalContact::email)
                .map(PersonalKeys::emailKey)
                .filter(Objects::nonNull)
                .forEach(addresses::add);
        return store.scope(contactIds, addresses, desks);
    }

    private void audit(String action, PersonalDataStore.Scope scope) {
        var now = clock.instant();
        if (scope.contactIds().isEmpty() && !scope.mailIds().isEmpty()) {
            store.audit(
                    now,
                    CurrentUser.name(),
                    action,
                    null,
                    "mails=" + scope.mailIds().size());
        } else {
            store.audit(now, CurrentUser.name(), action, scope.contactIds());
        }
    }

    /**
     * Runs an export (review findings 7 and 13) within {@link ExportLimit}, taken before any transaction: one
     * transaction reads what the export holds and writes its audit row, and commits; the download is then
     * written with no transaction open, as slow as its reader, holding no connection. A download cut
     * half-way is still audited. (Called inside a caller's transaction, as tests do, the read joins it.)
     */
    private <T> T prepared(Supplier<T> readAndAudit, Consumer<T> write) {
        return limit.run(() -> {
            var read = Objects.requireNonNull(transactions.execute(status -> readAndAudit.get()));
            write.accept(read);
            return read;
        });
    }

    private static Writer writer(OutputStream out) {
        var writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        try {
            writer.write(CsvLines.BOM);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return writer;
    }
}
