package org.comptoir.report.past;

/** The files the template comes as and the import reads: CSV (UTF-8) or an Excel workbook (its first sheet). */
public enum PastCountFormat {
    CSV("csv", "text/csv;charset=UTF-8"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final String extension;
    private final String mediaType;

    PastCountFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** "comptoir-past-counts.csv": the empty template's name. */
    public String templateName() {
        return "comptoir-past-counts." + extension;
    }

    /** "comptoir-logged-months.xlsx": the logged months' name. */
    public String loggedName() {
        return "comptoir-logged-months." + extension;
    }
}
