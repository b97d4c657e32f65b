/**
 * The anonymous satisfaction survey (Qualité Tourisme): a kiosk on a tablet at the desk and the QR code of the
 * suggestion sheet, both open to visitors without signing in and hardened for it; the comments directors read and
 * the figures of the satisfaction report. An answer keeps nothing that leads back to the visitor (decision 0027).
 */
@ApplicationModule(allowedDependencies = {"base", "security", "reference", "suggestion", "visit"})
@NullMarked
package org.comptoir.survey;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
