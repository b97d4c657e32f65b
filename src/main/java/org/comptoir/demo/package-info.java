/**
 * The demo history: years of believable desk activity (seasons, Covid, the return of foreign
 * visitors, longer stays), generated from a seed and written straight into the tables, so that the
 * reports have something to show. Demo and development only.
 */
@NullMarked
package org.comptoir.demo;

import org.jspecify.annotations.NullMarked;
