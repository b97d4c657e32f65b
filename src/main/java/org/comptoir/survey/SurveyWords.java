package org.comptoir.survey;

import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Map;
import java.util.ResourceBundle;
import org.comptoir.suggestion.SheetLanguage;

/**
 * What the survey's pages say to visitors, in the six languages of the suggestion sheet ({@link SheetLanguage}):
 * {@code survey/words*.properties}, French the base, read as the sheet's words are (no fallback to the JVM's
 * language). The staff's screens (starting a kiosk, the comments) speak the UI's French and English instead.
 */
public final class SurveyWords {

    static final String BUNDLE = "survey.words";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final Map<SheetLanguage, SurveyWords> ALL = new EnumMap<>(SheetLanguage.class);

    static {
        for (var language : SheetLanguage.values()) {
            ALL.put(language, new SurveyWords(language));
        }
    }

    private final SheetLanguage language;
    private final ResourceBundle bundle;

    private SurveyWords(SheetLanguage language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle(BUNDLE, language.locale(), NO_FALLBACK);
    }

    public static SurveyWords of(SheetLanguage language) {
        return ALL.get(language);
    }

    public SheetLanguage language() {
        return language;
    }

    public String text(String key, Object... arguments) {
        var pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, language.locale()).format(arguments);
    }

    /** The language's own name, as its speakers write it: "Deutsch", "Nederlands". */
    public String languageName() {
        return text("language.name");
    }
}
