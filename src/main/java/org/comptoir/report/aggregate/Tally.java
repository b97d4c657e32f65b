package org.comptoir.report.aggregate;

import java.util.List;

/**
 * One group of a count: the dimensions asked for and their values, in the same order ("" when not given), the
 * interactions and the persons (or, for picks, the picks and 0).
 */
public record Tally(List<Dim> dims, List<String> keys, long interactions, long persons) {

    public Tally {
        dims = List.copyOf(dims);
        keys = List.copyOf(keys);
    }

    /** The value of one of the dimensions asked for. */
    public String key(Dim dim) {
        var index = dims.indexOf(dim);
        if (index < 0) {
            throw new IllegalArgumentException("not counted by " + dim + ": " + dims);
        }
        return keys.get(index);
    }
}
