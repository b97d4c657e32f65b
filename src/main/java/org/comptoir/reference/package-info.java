/**
 * The office's reference lists: desks now; countries, départements, interests and question topics
 * with the desk issue.
 */
@NullMarked
package org.comptoir.reference;

import org.jspecify.annotations.NullMarked;
