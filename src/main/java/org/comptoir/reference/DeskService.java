package org.comptoir.reference;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.comptoir.security.DeskDirectory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office's desks, by name in the UI language.
 */
@Service
public class DeskService implements DeskDirectory {

    private final DeskRepository desks;

    DeskService(DeskRepository desks) {
        this.desks = desks;
    }

    /**
     * Open to the start-up code that creates the first users as well as to every signed-in person:
     * desk names are not confidential.
     */
    @Override
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<DeskOption> activeDesks(Locale locale) {
        return desks.findByActiveTrueOrderBySortOrderAscIdAsc().stream().map(desk -> option(desk, locale)).toList();
    }

    @Override
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<DeskOption> find(long id, Locale locale) {
        return desks.findById(id).map(desk -> option(desk, locale));
    }

    private static DeskOption option(Desk desk, Locale locale) {
        return new DeskOption(Objects.requireNonNull(desk.getId()), desk.name(locale));
    }
}
