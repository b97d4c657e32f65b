/**
 * The attraction database: curated, searchable, fed from open tourism data.
 */
@NullMarked
package org.comptoir.attraction;

import org.jspecify.annotations.NullMarked;
