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
import org.comptoir.base.CsvLines;
import org.comptoir.contact.PersonalKeys;
import org.comptoir.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rights of the people whose data Comptoir keeps (GDPR articles 15, 17, 20 and 21): an admin finds a
 * person by e-mail or phone, sees, exports and erases what is held about them, and keeps the newsletter
 * list. Every look, export and erasure is written to the personal-data audit, naming contacts by id only:
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

    PersonalDataService(PersonalDataStore store, RetentionSettings settings, Clock clock) {
        this.store = store;
        this.settings = settings;
        this.clock = clock;
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

    /** Everything held about the person, table by table, as JSON. */
    @PreAuthorize(ADMINS)
    public void exportJson(String emailOrPhone, OutputStream out) {
        var scope = scope(emailOrPhone);
        var document = new LinkedHashMap<String, Object>();
        document.put("exportedAt", clock.instant().toString());
        document.putAll(store.rows(scope));
        JSON.writeValue(out, document);
        audit(PersonalAuditEntry.EXPORT_JSON, scope);
    }

    /**
     * Everything held about the person as one CSV file a spreadsheet opens as it is (UTF-8 with a BOM,
     * {@code ;}, CRLF): for each table a header line starting with "table", then its rows.
     */
    @PreAuthorize(ADMINS)
    public void exportCsv(String emailOrPhone, OutputStream out) {
        var scope = scope(emailOrPhone);
        var writer = writer(out);
        try {
            for (var table : store.rows(scope).entrySet()) {
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
        audit(PersonalAuditEntry.EXPORT_CSV, scope);
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
     * The newsletter list as CSV (e-mail, name): every address whose consent is not withdrawn.
     *
     * @return how many addresses were written
     */
    @PreAuthorize(ADMINS)
    public int exportNewsletter(OutputStream out) {
        var subscribers = store.newsletterSubscribers();
        var writer = writer(out);
        try {
            CsvLines.write(writer, List.of("email", "name"));
            for (var subscriber : subscribers) {
                CsvLines.write(writer, subscriber);
            }
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        store.audit(
                clock.instant(),
                CurrentUser.name(),
                PersonalAuditEntry.NEWSLETTER_EXPORT,
                null,
                "count=" + subscribers.size());
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
        var ids = store.withdrawNewsletter(key, now, CurrentUser.name());
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
        var contactIds = store.contactsByKey(key);
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
        return store.scope(contactIds, addresses);
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
