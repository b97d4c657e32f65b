package org.comptoir.contact;

/** Who may call the contact and follow-up services. */
public final class ContactAccess {

    public static final String STAFF = "hasAnyRole('COUNSELLOR', 'DIRECTOR', 'ADMIN')";
    public static final String MANAGERS = "hasAnyRole('DIRECTOR', 'ADMIN')";

    private ContactAccess() {
    }
}
