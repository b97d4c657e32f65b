/**
 * Visitor contact data kept with consent, follow-ups, e-mail, retention and the rights of the people concerned.
 */
@NullMarked
package org.comptoir.contact;

import org.jspecify.annotations.NullMarked;
