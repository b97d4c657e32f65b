package org.comptoir.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A place where counsellors meet visitors: the main office, a summit kiosk, a seasonal desk.
 * Retired desks stay for history; they are only hidden from new entries.
 */
@Entity
@Table(name = "desk")
class Desk {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = 40)
    private String code = "";

    @Column(name = "name_fr", nullable = false, length = 120)
    private String nameFr = "";

    @Column(name = "name_en", nullable = false, length = 120)
    private String nameEn = "";

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected Desk() {
    }

    @Nullable Long getId() {
        return id;
    }

    String getCode() {
        return code;
    }

    String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameFr;
    }

    boolean isActive() {
        return active;
    }

    int getSortOrder() {
        return sortOrder;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Desk desk && id != null && id.equals(desk.id);
    }

    @Override
    public int hashCode() {
        return Desk.class.hashCode();
    }
}
