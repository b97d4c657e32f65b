package org.comptoir.reference;

/**
 * One of the 101 French départements: code ("63", "2A", "974") and name.
 */
public record Departement(String code, String name) {

    /** "63 – Puy-de-Dôme", as lists show it. */
    public String label() {
        return code + " – " + name;
    }
}
