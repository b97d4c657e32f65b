/**
 * The open API: other tools record interactions and read the reports and the attractions over HTTP, with
 * tokens an admin creates. A thin layer over the features' services (decision 0021): their rules, their
 * security, their figures.
 */
@NullMarked
package org.comptoir.api;

import org.jspecify.annotations.NullMarked;
