/**
 * Requests that need an answer ("send me the documentation", "call me back"): follow-ups with an owner and a
 * due date, the e-mails sent to visitors and their log, and the desk form's contact and follow-up section.
 */
@ApplicationModule(
        allowedDependencies = {"base", "security", "reference", "suggestion", "visit", "visit :: ui", "contact"})
@NullMarked
package org.comptoir.followup;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
