package org.comptoir.contact;

import java.util.List;
import java.util.Set;
import org.comptoir.attraction.AttractionDetails;
import org.comptoir.attraction.AttractionService;
import org.comptoir.visit.Channel;
import org.comptoir.visit.ConversationLanguage;
import org.comptoir.visit.InteractionDetails;
import org.comptoir.visit.InteractionDraft;
import org.comptoir.visit.VisitService;

/** Interactions the contact tests attach visitors and follow-ups to. */
public final class Interactions {

    private Interactions() {
    }

    /** A phone call, saved by the person signed in, with the first {@code picks} active attractions picked. */
    public static InteractionDetails phoneCall(VisitService visits, AttractionService attractions,
                                               ConversationLanguage language, int picks) {
        var pickIds = attractions.active().stream().limit(picks).map(AttractionDetails::id).toList();
        return visits.save(new InteractionDraft(null, 0, null, null, Channel.PHONE, 2, 0, null, null, "DE", null,
                language, null, null, null, Set.of(), Set.of(), Set.of(), null, false, pickIds));
    }

    /** The names of the picked attractions in a language, as the sheet prints them. */
    public static List<String> pickNames(AttractionService attractions, InteractionDetails interaction,
                                         java.util.Locale locale) {
        return interaction.pickIds().stream()
                .map(id -> attractions.find(id).orElseThrow().name(locale)).toList();
    }
}
