package org.comptoir.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A tourist office of the network: its desks, its users, and what they record (decision 0030). */
@Entity
@Table(name = "office")
class Office {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = 120)
    private String name = "";

    protected Office() {}

    Office(String name) {
        this.name = name;
    }

    @Nullable
    Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    String getName() {
        return name;
    }

    void setName(String name) {
        this.name = name;
    }

    OfficeSummary toSummary() {
        return new OfficeSummary(Objects.requireNonNull(id), version, name);
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Office office && id != null && id.equals(office.id);
    }

    @Override
    public int hashCode() {
        return Office.class.hashCode();
    }
}
