/**
 * Shared pieces every feature may use: the application shell, clock, i18n, error handling.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NullMarked
package org.comptoir.base;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
