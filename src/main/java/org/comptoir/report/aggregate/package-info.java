/**
 * The report aggregates: one description per table ({@link org.comptoir.report.aggregate.AggregateTable}: its
 * name, keys, values, the raw rows it is counted from and what it can be split by), which drives the save-time
 * update and the rebuild ({@link org.comptoir.report.aggregate.ReportAggregates}) and the reads
 * ({@link org.comptoir.report.aggregate.AggregateReads}). Nothing outside this package names an aggregate table.
 */
@NullMarked
package org.comptoir.report.aggregate;

import org.jspecify.annotations.NullMarked;
