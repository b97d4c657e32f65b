package org.comptoir.reference;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The 101 French départements, and the département of a French postal code.
 */
@Component
public class Departements {

    private final Map<String, Departement> byCode = new LinkedHashMap<>();

    Departements() {
        try (var in = new ClassPathResource("reference/departements.csv").getInputStream()) {
            new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .skip(1)
                    .map(line -> line.split(";", 2))
                    .forEach(cells -> byCode.put(cells[0], new Departement(cells[0], cells[1])));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Departement> all() {
        return List.copyOf(byCode.values());
    }

    public Optional<Departement> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /**
     * The département of a French postal code: its first two digits, three overseas (971–976), and
     * Corsica split at 20200 (2A below, 2B from there). Empty for what is no French département's
     * code (Monaco, Saint-Pierre-et-Miquelon, a typo).
     */
    public Optional<Departement> fromPostalCode(String postalCode) {
        var digits = postalCode.strip().replace(" ", "");
        if (!digits.matches("\\d{5}")) {
            return Optional.empty();
        }
        if (digits.startsWith("97")) {
            return find(digits.substring(0, 3));
        }
        if (digits.startsWith("20")) {
            return find(Integer.parseInt(digits) < 20200 ? "2A" : "2B");
        }
        return find(digits.substring(0, 2));
    }
}
