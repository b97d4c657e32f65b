/**
 * Visitor counts of the months before Comptoir (issue 18): a template, an import (a streaming reader of CSV and
 * XLSX files, a preview that says what each row would become, an all-or-nothing commit, an undo), and the reads
 * the reports add to the aggregates of the logged interactions. Decision 0025.
 */
@NullMarked
package org.comptoir.report.past;

import org.jspecify.annotations.NullMarked;
