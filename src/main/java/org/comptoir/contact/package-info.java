/**
 * A visitor's contact details, kept only for the purposes they consented to, with the consent wording's
 * version; who saw them goes to the personal-data audit. Follow-ups and the rights of the people concerned
 * are their own modules ({@code followup}, {@code personaldata}), which depend on this one.
 */
@ApplicationModule(allowedDependencies = {"base", "security", "visit"})
@NullMarked
package org.comptoir.contact;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
