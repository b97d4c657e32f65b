package org.comptoir.contact;

/**
 * The consent wording the counsellor shows or reads out before taking contact details. Change the text
 * in the translations and this version together: each contact records the version it agreed to.
 */
public final class Consent {

    /** The version of the wording in force, recorded with every contact. */
    public static final String WORDING_VERSION = "2026-11";
    /** The translation key of the wording ({0} is the office's name). */
    public static final String WORDING_KEY = "contact.consent.wording";

    private Consent() {}
}
