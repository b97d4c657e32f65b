package org.comptoir.report;

import java.util.List;

/**
 * One group of a count: the values of the dimensions asked for, in their order ("" when not given), the
 * interactions and the persons (or, for picks, the picks and 0).
 */
record Tally(List<String> keys, long interactions, long persons) {

    String key(int index) {
        return keys.get(index);
    }
}
