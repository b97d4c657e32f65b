/**
 * The suggestion panel (used by the desk) and the Recommend view.
 */
@NamedInterface("ui")
@NullMarked
package org.comptoir.suggestion.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
