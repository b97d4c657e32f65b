package org.comptoir.demo;

import java.time.LocalDateTime;
import java.util.List;
import org.comptoir.visit.Accommodation;
import org.comptoir.visit.BulkInteraction;
import org.comptoir.visit.Channel;
import org.comptoir.visit.ConversationLanguage;
import org.comptoir.visit.Outcome;
import org.comptoir.visit.PartyType;
import org.comptoir.visit.Purpose;
import org.comptoir.visit.StayLength;
import org.comptoir.visit.VisitorType;
import org.jspecify.annotations.Nullable;

/** One generated interaction, with its interests, questions, outcomes and picks (attraction ids, in order). */
record DemoRow(
        LocalDateTime occurredAt,
        long deskId,
        String counsellor,
        Channel channel,
        int adults,
        int children,
        @Nullable PartyType partyType,
        @Nullable VisitorType visitorType,
        @Nullable String country,
        @Nullable String departement,
        @Nullable ConversationLanguage language,
        @Nullable StayLength stay,
        @Nullable Accommodation accommodation,
        @Nullable Purpose purpose,
        @Nullable String note,
        boolean quick,
        List<Long> interestIds,
        List<Long> questionIds,
        List<Outcome> outcomes,
        List<Long> picks)
        implements BulkInteraction {

    int persons() {
        return adults + children;
    }
}
