/**
 * The office's reference lists: desks, interests and question topics (kept by the admins), countries,
 * départements and world regions.
 */
@NullMarked
package org.comptoir.reference;

import org.jspecify.annotations.NullMarked;
