package org.comptoir.demo;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.comptoir.complaint.ComplaintCategory;
import org.comptoir.complaint.ComplaintChannel;
import org.comptoir.complaint.ComplaintDraft;
import org.comptoir.complaint.ComplaintKind;
import org.comptoir.complaint.ComplaintPast;
import org.comptoir.complaint.ComplaintSubject;
import org.comptoir.followup.WorkingDays;
import org.jspecify.annotations.Nullable;

/**
 * Complaints and suggestions consistent with the generated history (decision 0029): a few a month, more in the
 * summer, hardly any during the 2020 lockdowns; about the office's information and welcome most often, then the
 * partners (attractions of the base, accommodation, restaurants). Most are answered within their due date, some late;
 * those received in the last weeks before the history's end are still waiting, a few of them late by now.
 */
final class DemoComplaints {

    /** Who answers the demo's complaints: the demo director. */
    static final String OWNER = "director";

    /** Answered after their due date, among those answered. */
    static final double LATE = 0.12;
    /** Received in the last weeks and not answered yet. */
    static final double WAITING = 0.45;

    static final int RECENT_DAYS = 45;
    /** The visitor consented to leave a way to answer them. */
    private static final double WITH_CONTACT = 0.6;

    private static final Weighted<ComplaintCategory> CATEGORIES = new Weighted<ComplaintCategory>()
            .add(ComplaintCategory.INFORMATION, 18)
            .add(ComplaintCategory.WELCOME, 13)
            .add(ComplaintCategory.ATTRACTION, 14)
            .add(ComplaintCategory.ACCOMMODATION, 11)
            .add(ComplaintCategory.PREMISES, 10)
            .add(ComplaintCategory.SHOP_TICKETING, 8)
            .add(ComplaintCategory.RESTAURANT, 7)
            .add(ComplaintCategory.ACCESSIBILITY, 6)
            .add(ComplaintCategory.OFFICE_OTHER, 5)
            .add(ComplaintCategory.TRANSPORT, 5)
            .add(ComplaintCategory.PARTNER_OTHER, 3);
    private static final Weighted<ComplaintChannel> CHANNELS = new Weighted<ComplaintChannel>()
            .add(ComplaintChannel.DESK, 38)
            .add(ComplaintChannel.EMAIL, 22)
            .add(ComplaintChannel.PHONE, 12)
            .add(ComplaintChannel.REVIEW_SITE, 12)
            .add(ComplaintChannel.SOCIAL_MEDIA, 8)
            .add(ComplaintChannel.LETTER, 8);

    private static final Map<ComplaintCategory, List<String>> TEXTS = Map.ofEntries(
            Map.entry(
                    ComplaintCategory.INFORMATION,
                    List.of(
                            "Horaires du musée donnés à l’accueil erronés : porte close à notre arrivée.",
                            "Plan des randonnées épuisé, aucun en anglais.",
                            "Le site internet annonçait un marché qui n’avait pas lieu.")),
            Map.entry(
                    ComplaintCategory.WELCOME,
                    List.of(
                            "Trente minutes d’attente sans qu’on nous propose de numéro.",
                            "Accueil pressé, peu d’écoute de nos besoins avec une poussette.",
                            "Personne pour répondre au téléphone à l’heure du déjeuner.")),
            Map.entry(
                    ComplaintCategory.PREMISES,
                    List.of(
                            "Toilettes de l’office fermées en pleine journée.",
                            "Trop chaud dans la salle d’accueil en juillet.",
                            "Pas de place pour garer un vélo devant l’office.")),
            Map.entry(
                    ComplaintCategory.SHOP_TICKETING,
                    List.of(
                            "Billet du Panoramique des Dômes vendu pour le mauvais jour.",
                            "Paiement sans contact refusé à la boutique.")),
            Map.entry(
                    ComplaintCategory.ACCESSIBILITY,
                    List.of(
                            "Comptoir trop haut pour une personne en fauteuil.",
                            "Pas de documentation en gros caractères.")),
            Map.entry(
                    ComplaintCategory.OFFICE_OTHER,
                    List.of("Suggestion : ouvrir le dimanche matin en hiver.", "Un point d’eau potable serait utile.")),
            Map.entry(
                    ComplaintCategory.ATTRACTION,
                    List.of(
                            "Site fermé sans prévenir alors que l’office le disait ouvert.",
                            "Visite guidée annulée, remboursement refusé.",
                            "Tarif affiché différent du tarif payé.")),
            Map.entry(
                    ComplaintCategory.ACCOMMODATION,
                    List.of(
                            "Chambre d’hôtes recommandée par l’office, propreté insuffisante.",
                            "Camping bruyant la nuit malgré le règlement.")),
            Map.entry(
                    ComplaintCategory.RESTAURANT,
                    List.of("Restaurant conseillé fermé le lundi, contrairement à la brochure.", "Service très long.")),
            Map.entry(
                    ComplaintCategory.TRANSPORT,
                    List.of("Navette du puy de Dôme pleine, attente d’une heure.", "Horaires de bus introuvables.")),
            Map.entry(
                    ComplaintCategory.PARTNER_OTHER,
                    List.of(
                            "Guide de randonnée en retard au rendez-vous.",
                            "Location de vélos : vélo en mauvais état.")));
    private static final Map<ComplaintCategory, List<String>> PARTNERS = Map.of(
            ComplaintCategory.ATTRACTION, List.of("Parc des volcans (privé)", "Grotte de la Pierre"),
            ComplaintCategory.ACCOMMODATION, List.of("Hôtel du Parc", "Camping des Dômes", "Gîte de la Vallée"),
            ComplaintCategory.RESTAURANT, List.of("Brasserie de la Place", "Auberge du Col"),
            ComplaintCategory.TRANSPORT, List.of("Navette Panoramique", "Réseau de bus urbain"),
            ComplaintCategory.PARTNER_OTHER, List.of("Cycles Auvergne", "Guides des Volcans"));
    private static final List<String> ANSWERS = List.of(
            "Merci pour votre message. Nous avons transmis vos remarques à l’équipe et au partenaire concerné.",
            "Nous vous présentons nos excuses ; l’information a été corrigée sur nos supports.",
            "Merci pour cette suggestion, que nous étudions pour la saison prochaine.");

    private DemoComplaints() {}

    /**
     * The complaints received from {@code from} to {@code to}, the same for the same seed; {@code to} is the last day
     * of the history (the day before the demo's today): nothing is answered or closed after it.
     */
    static List<ComplaintPast> complaints(
            long seed, LocalDate from, LocalDate to, DemoReferences references, int answerWithin) {
        var random = new SplittableRandom(seed ^ 0xC0117A1L);
        var complaints = new ArrayList<ComplaintPast>();
        for (var month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
            var first = max(month.atDay(1), from);
            var last = min(month.atEndOfMonth(), to);
            var count = perMonth(random, month);
            for (int i = 0; i < count; i++) {
                var day = first.plusDays(random.nextInt((int) (last.toEpochDay() - first.toEpochDay()) + 1));
                complaints.add(complaint(random, day, to, references, answerWithin));
            }
        }
        complaints.sort((a, b) -> a.draft().receivedOn().compareTo(b.draft().receivedOn()));
        return complaints;
    }

    /** About four a month, six in July and August, hardly any when the office was closed in 2020. */
    private static int perMonth(SplittableRandom random, YearMonth month) {
        if (month.getYear() == 2020 && (month.getMonth() == Month.APRIL || month.getMonth() == Month.NOVEMBER)) {
            return random.nextInt(2);
        }
        var summer = month.getMonth() == Month.JULY || month.getMonth() == Month.AUGUST;
        return (summer ? 4 : 2) + random.nextInt(summer ? 5 : 4);
    }

    private static ComplaintPast complaint(
            SplittableRandom random, LocalDate received, LocalDate to, DemoReferences references, int answerWithin) {
        var category = CATEGORIES.pick(random);
        var kind = category == ComplaintCategory.OFFICE_OTHER || random.nextDouble() < 0.15
                ? ComplaintKind.SUGGESTION
                : ComplaintKind.COMPLAINT;
        var channel = CHANNELS.pick(random);
        Long attractionId = null;
        String partnerName = null;
        if (category.subject() == ComplaintSubject.PARTNER) {
            if (category == ComplaintCategory.ATTRACTION
                    && !references.attractions().isEmpty()
                    && random.nextDouble() < 0.75) {
                attractionId = references
                        .attractions()
                        .get(random.nextInt(references.attractions().size()))
                        .id();
            } else {
                partnerName = pick(random, PARTNERS.get(category));
            }
        }
        var draft = ComplaintDraft.of(kind, category, pick(random, TEXTS.get(category)))
                .receivedOn(received)
                .withChannel(channel)
                .aboutPartner(attractionId, partnerName)
                .atDesk(desk(random, channel, received, references))
                .ownedBy(OWNER);
        var withContact = random.nextDouble() < WITH_CONTACT;
        var byEmail = withContact && (channel == ComplaintChannel.EMAIL || random.nextDouble() < 0.6);
        if (withContact) {
            var n = 1000 + random.nextInt(9000);
            draft = draft.withContact(
                    true,
                    "Visiteur " + n,
                    byEmail ? "visiteur" + n + "@example.org" : null,
                    byEmail ? null : "06 00 00 " + (10 + random.nextInt(90)) + " " + (10 + random.nextInt(90)));
        }
        var due = WorkingDays.plus(received, answerWithin);
        var recent = received.isAfter(to.minusDays(RECENT_DAYS));
        var acknowledged = random.nextDouble() < 0.7 ? WorkingDays.plus(received, 1 + random.nextInt(2)) : null;
        if (acknowledged != null && acknowledged.isAfter(to)) {
            acknowledged = null;
        }
        var delay = random.nextDouble() < LATE
                ? answerWithin + 1 + random.nextInt(12)
                : 1
                        + Math.min(answerWithin - 1, (int)
                                Math.round(Math.abs(random.nextGaussian()) * answerWithin / 3.0));
        LocalDate answered = WorkingDays.plus(received, delay);
        if (answered.isAfter(to) || recent && random.nextDouble() < WAITING) {
            return new ComplaintPast(draft, OWNER, due, acknowledged, null, null, null, null);
        }
        var answerChannel = byEmail
                ? ComplaintChannel.EMAIL
                : withContact
                        ? ComplaintChannel.PHONE
                        : channel == ComplaintChannel.REVIEW_SITE || channel == ComplaintChannel.SOCIAL_MEDIA
                                ? channel
                                : ComplaintChannel.DESK;
        var closed = answered.plusDays(random.nextInt(10));
        return new ComplaintPast(
                draft,
                OWNER,
                due,
                acknowledged != null && acknowledged.isAfter(answered) ? null : acknowledged,
                answered,
                answerChannel,
                pick(random, ANSWERS),
                closed.isAfter(to) ? null : closed);
    }

    /** At the desk: the summit in season now and then, the spa town's desk sometimes; else the main desk. */
    private static @Nullable Long desk(
            SplittableRandom random, ComplaintChannel channel, LocalDate day, DemoReferences references) {
        if (channel != ComplaintChannel.DESK) {
            return references.mainDesk();
        }
        var season = day.getMonthValue() >= 4 && day.getMonthValue() <= 10;
        if (season && references.summitDesk() != null && random.nextDouble() < 0.25) {
            return references.summitDesk();
        }
        if (references.spaDesk() != null && random.nextDouble() < 0.15) {
            return references.spaDesk();
        }
        return references.mainDesk();
    }

    private static String pick(SplittableRandom random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
