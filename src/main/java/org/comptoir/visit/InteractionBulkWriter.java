package org.comptoir.visit;

import java.util.stream.Stream;
import org.springframework.dao.DataAccessException;

/**
 * Years of interactions written at once, around the desk's service: no validation, no audit (nobody edited
 * them), all or nothing. For the demo history and the benchmarks: the one place besides {@link VisitService}
 * that writes the interaction tables. When the rows are in, {@link InteractionsWrittenInBulk} tells whoever
 * keeps figures from them (the report aggregates are rebuilt).
 */
public interface InteractionBulkWriter {

    /**
     * Writes every row (their ids are read from the database); the number of interactions written. Admins only.
     *
     * @throws DataAccessException when the database refuses a row: then nothing is written
     */
    long write(Stream<? extends BulkInteraction> rows);
}
