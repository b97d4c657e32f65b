/**
 * The complaints and suggestions register (Qualité Tourisme): recorded by anyone at the desk, managed by directors
 * with an owner, a due date in working days, statuses and a history; the answer e-mailed through the mail log.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"base", "security", "reference", "attraction", "contact", "followup"})
package org.comptoir.complaint;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
