/**
 * The desk: visitor interactions logged while the conversation happens.
 */
@NullMarked
package org.comptoir.visit;

import org.jspecify.annotations.NullMarked;
