package org.comptoir.survey;

/** Where an answer was given: the tablet at the desk, or the visitor's phone through their sheet's QR code. */
public enum SurveySource {
    KIOSK,
    SHEET
}
