/**
 * Director reports: origins, recovery, length of stay, interests, desk activity, suggestions.
 */
@NullMarked
package org.comptoir.report;

import org.jspecify.annotations.NullMarked;
