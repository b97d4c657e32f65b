/**
 * Tailored suggestions: the ranking engine (plain domain code, no UI, no database), the suggestion
 * sheet, and the panel and Recommend views.
 */
@NullMarked
package org.comptoir.suggestion;

import org.jspecify.annotations.NullMarked;
