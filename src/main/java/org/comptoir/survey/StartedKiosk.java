package org.comptoir.survey;

/** A kiosk just started, with its secret: the kiosk's address holds it, and only its hash is kept. */
public record StartedKiosk(KioskDetails kiosk, String secret) {}
