package org.comptoir.reference;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An entry of a list an admin keeps: a stable code, a French and an English name, an order, and an
 * active flag. Retired entries stay, so that history keeps its words; they are only hidden from new
 * entries.
 */
@MappedSuperclass
abstract class NamedEntry {

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

    @Nullable
    Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    String getCode() {
        return code;
    }

    void setCode(String code) {
        this.code = code;
    }

    String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameFr;
    }

    void rename(String nameFr, String nameEn) {
        this.nameFr = nameFr;
        this.nameEn = nameEn;
    }

    boolean isActive() {
        return active;
    }

    void setActive(boolean active) {
        this.active = active;
    }

    int getSortOrder() {
        return sortOrder;
    }

    void setSortOrder(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    ListItem toItem() {
        return new ListItem(Objects.requireNonNull(id), version, code, nameFr, nameEn, active, sortOrder);
    }

    @Override
    public boolean equals(Object other) {
        return this == other
                || other != null && other.getClass() == getClass() && id != null && id.equals(((NamedEntry) other).id);
    }

    @Override
    public int hashCode() {
        return getClass().hashCode();
    }
}
