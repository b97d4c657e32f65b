package org.comptoir.contact;

/** Who may call the contact and follow-up services. */
final class ContactAccess {

    static final String STAFF = "hasAnyRole('COUNSELLOR', 'DIRECTOR', 'ADMIN')";
    static final String MANAGERS = "hasAnyRole('DIRECTOR', 'ADMIN')";

    private ContactAccess() {
    }
}
