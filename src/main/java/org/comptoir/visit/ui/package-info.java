/**
 * The desk, the history and the interaction edit views. {@link org.comptoir.visit.ui.DeskFormExtension} lets
 * other features add a section to the desk form without the desk knowing them.
 */
@NamedInterface("ui")
@NullMarked
package org.comptoir.visit.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
