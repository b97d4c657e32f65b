package org.comptoir.visit;

import java.util.List;
import org.comptoir.suggestion.SheetLanguage;

/**
 * The suggestion sheet of a saved interaction: the PDF, its file name, its language and the names of its
 * picks (in that language where the attraction has one).
 */
public record InteractionSheet(String fileName, SheetLanguage language, byte[] pdf, List<String> pickNames) {}
