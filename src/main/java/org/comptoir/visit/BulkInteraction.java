package org.comptoir.visit;

import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One interaction as {@link InteractionBulkWriter} writes it: every column a counsellor fills in, its
 * interests, questions, outcomes and picks (attraction ids, in order), ids that exist in the database.
 */
public interface BulkInteraction {

    LocalDateTime occurredAt();

    long deskId();

    String counsellor();

    Channel channel();

    int adults();

    int children();

    @Nullable
    PartyType partyType();

    @Nullable
    VisitorType visitorType();

    @Nullable
    String country();

    @Nullable
    String departement();

    @Nullable
    ConversationLanguage language();

    @Nullable
    StayLength stay();

    @Nullable
    Accommodation accommodation();

    @Nullable
    Purpose purpose();

    @Nullable
    String note();

    boolean quick();

    List<Long> interestIds();

    List<Long> questionIds();

    List<Outcome> outcomes();

    List<Long> picks();
}
