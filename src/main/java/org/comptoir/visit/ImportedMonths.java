package org.comptoir.visit;

import java.time.YearMonth;

/**
 * The months of a desk that hold visitor counts imported from before Comptoir (report.past, decision 0025): a
 * month holds imported counts or logged interactions, never both, so no interaction is dated into one.
 */
public interface ImportedMonths {

    boolean holds(long deskId, YearMonth month);
}
