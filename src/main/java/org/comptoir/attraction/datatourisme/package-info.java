/**
 * Importing DATAtourisme open data (JSON-LD and flattened CSV) into the attraction database: streaming
 * readers, the admin-kept mapping of source types and themes, a preview, and an all-or-nothing commit.
 */
@NullMarked
package org.comptoir.attraction.datatourisme;

import org.jspecify.annotations.NullMarked;
