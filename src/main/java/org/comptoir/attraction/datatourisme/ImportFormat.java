package org.comptoir.attraction.datatourisme;

/** The two shapes DATAtourisme publishes: JSON-LD (a {@code @graph} of points) and a flattened CSV. */
public enum ImportFormat {
    JSON_LD,
    CSV
}
