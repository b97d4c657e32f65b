/** Admin › API: the tokens other tools use. */
@NullMarked
package org.comptoir.api.ui;

import org.jspecify.annotations.NullMarked;
