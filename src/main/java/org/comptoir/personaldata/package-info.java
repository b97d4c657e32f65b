/**
 * The rights of the people whose data Comptoir keeps (find, export, erase, newsletter list), the nightly
 * retention, and the personal-data audit. Reads and erases the contact and follow-up tables through SQL; asks visit when each interaction took place.
 */
@ApplicationModule(allowedDependencies = {"base", "security", "contact", "visit"})
@NullMarked
package org.comptoir.personaldata;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
