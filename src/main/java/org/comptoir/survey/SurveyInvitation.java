package org.comptoir.survey;

import org.comptoir.reference.WorldRegion.Market;
import org.jspecify.annotations.Nullable;

/** A sheet's survey code that can still be answered: the desk and the market its answer will count for. */
public record SurveyInvitation(long deskId, @Nullable Market market) {}
