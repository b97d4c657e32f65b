package org.comptoir.visit;

import java.util.List;
import org.comptoir.suggestion.SheetLanguage;

/**
 * The suggestion sheet of a saved interaction: the PDF, its file name, its language, the names of its picks (in
 * that language where the attraction has one) and the office it is signed with (the interaction's, issue 16).
 */
public record InteractionSheet(
        String fileName, SheetLanguage language, byte[] pdf, List<String> pickNames, String office) {}
