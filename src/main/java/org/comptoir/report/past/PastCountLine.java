package org.comptoir.report.past;

import java.time.YearMonth;

/**
 * One accepted row of a past-counts file: the month, the desk, the channel ("" not given), the origin (an ISO
 * country, "" not given, or a market without its country, see {@link org.comptoir.reference.Country}), the
 * département when French ("" otherwise), the interactions (the file's "contacts") and the persons (its
 * "visitors").
 */
record PastCountLine(
        int line,
        YearMonth month,
        long deskId,
        String channel,
        String country,
        String departement,
        long interactions,
        long persons) {

    /** What may appear once per file: month, desk, channel and origin. */
    String key() {
        return month + "|" + deskId + "|" + channel + "|" + country + "|" + departement;
    }
}
