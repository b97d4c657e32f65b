package org.comptoir.demo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.comptoir.reference.WorldRegion;
import org.comptoir.reference.WorldRegion.Market;
import org.comptoir.suggestion.SheetLanguage;
import org.comptoir.survey.SurveyAnswer;
import org.comptoir.survey.SurveySource;
import org.comptoir.visit.Channel;
import org.jspecify.annotations.Nullable;

/**
 * Satisfaction answers consistent with the generated history (decision 0027): the visitors met at a desk are
 * counted by desk, month, market and language while the history is written, and about one in twenty answers, on a
 * day of that month, at the kiosk or through the sheet's QR code. Satisfaction rises slowly over the years (a mean of
 * about 4.0 in 2018, 4.3 in 2026); a few answers carry a comment in the visitor's language.
 */
final class DemoSurvey {

    /** Visitors met at the desk who answer. */
    static final double ANSWER_RATE = 0.05;

    private static final double KIOSK_SHARE = 0.65;
    /** At the kiosk, the market is an optional question. */
    private static final double MARKET_SKIPPED = 0.15;

    private static final double COMMENTED = 0.12;
    private static final int FIRST_YEAR = 2018;

    private static final Map<SheetLanguage, List<String>> PRAISE = Map.of(
            SheetLanguage.FR,
                    List.of(
                            "Accueil très chaleureux, merci pour les idées de randonnée !",
                            "Conseillère souriante et de bon conseil.",
                            "Parfait pour préparer notre montée au puy de Dôme."),
            SheetLanguage.EN,
                    List.of("Very helpful staff, great hiking tips.", "Friendly welcome and the map was perfect."),
            SheetLanguage.DE, List.of("Sehr freundlich und hilfsbereit, danke!", "Tolle Tipps für Wanderungen."),
            SheetLanguage.NL, List.of("Heel vriendelijk, goede tips voor de kinderen.", "Prima hulp, dank u wel!"),
            SheetLanguage.ES, List.of("Muy amables y buenos consejos.", "¡Gracias por la ayuda!"),
            SheetLanguage.IT, List.of("Personale gentilissimo, ottimi consigli.", "Grazie, molto utile!"));
    private static final Map<SheetLanguage, List<String>> COMPLAINTS = Map.of(
            SheetLanguage.FR,
                    List.of(
                            "Trop d’attente en plein été.",
                            "Il manquait des plans de la ville en version papier.",
                            "Horaires d’ouverture trop courts le dimanche."),
            SheetLanguage.EN, List.of("Long queue in August.", "Would like more brochures in English."),
            SheetLanguage.DE, List.of("Lange Wartezeit.", "Mehr Informationen auf Deutsch wären schön."),
            SheetLanguage.NL, List.of("Lang wachten.", "Weinig folders in het Nederlands."),
            SheetLanguage.ES, List.of("Mucha espera.", "Faltan folletos en español."),
            SheetLanguage.IT, List.of("Troppa attesa.", "Pochi opuscoli in italiano."));

    /** A desk's visitors of one month, from one market, in one language. */
    private record Group(
            long deskId, YearMonth month, @Nullable Market market, SheetLanguage language) {}

    private static final Comparator<Group> ORDER = Comparator.comparingLong(Group::deskId)
            .thenComparing(Group::month)
            .thenComparing(g -> g.market() == null ? "" : g.market().name())
            .thenComparing(Group::language);

    private final Map<Group, Integer> visitors = new TreeMap<>(ORDER);

    /** Counts a generated interaction: only conversations at the desk (not quick counts) can lead to an answer. */
    void count(DemoRow row) {
        if (row.quick() || row.channel() != Channel.DESK) {
            return;
        }
        var market = row.country() == null ? null : WorldRegion.market(row.country());
        var language = row.language() == null
                ? SheetLanguage.FR
                : SheetLanguage.fromCode(row.language().name().toLowerCase(Locale.ROOT));
        visitors.merge(
                new Group(row.deskId(), YearMonth.from(row.occurredAt()), market, language),
                row.persons(),
                Integer::sum);
    }

    /** The answers, the same for the same seed and the same history, none outside {@code from}–{@code to}. */
    List<SurveyAnswer> answers(long seed, LocalDate from, LocalDate to) {
        var random = new SplittableRandom(seed ^ 0x5A715FAC7L);
        var answers = new ArrayList<SurveyAnswer>();
        visitors.forEach((group, count) -> {
            for (int i = 0; i < count; i++) {
                if (random.nextDouble() >= ANSWER_RATE) {
                    continue;
                }
                var first = max(group.month().atDay(1), from);
                var last = min(group.month().atEndOfMonth(), to);
                if (last.isBefore(first)) {
                    continue;
                }
                var day = first.plusDays(random.nextInt((int) (last.toEpochDay() - first.toEpochDay()) + 1));
                answers.add(answer(random, group, day));
            }
        });
        return answers;
    }

    private static SurveyAnswer answer(SplittableRandom random, Group group, LocalDate day) {
        var kiosk = random.nextDouble() < KIOSK_SHARE;
        var market = kiosk && random.nextDouble() < MARKET_SKIPPED ? null : group.market();
        var years = Math.max(0, day.getYear() - FIRST_YEAR);
        var satisfaction = score(random, 4.05 + 0.035 * years, 0.85, 1, 5);
        var welcome = random.nextDouble() < 0.85 ? score(random, satisfaction + 0.2, 0.6, 1, 5) : null;
        var usefulness = random.nextDouble() < 0.8 ? score(random, satisfaction - 0.1, 0.7, 1, 5) : null;
        var recommend = random.nextDouble() < 0.9 ? score(random, 2 * satisfaction - 0.3, 1.2, 0, 10) : null;
        String comment = null;
        if (random.nextDouble() < COMMENTED && satisfaction != 3) {
            var texts = (satisfaction >= 4 ? PRAISE : COMPLAINTS).get(group.language());
            comment = texts.get(random.nextInt(texts.size()));
        }
        return new SurveyAnswer(
                day,
                kiosk ? SurveySource.KIOSK : SurveySource.SHEET,
                group.deskId(),
                market,
                group.language(),
                satisfaction,
                welcome,
                usefulness,
                recommend,
                comment);
    }

    /** A score around {@code mean}, rounded and kept within its scale. */
    private static int score(SplittableRandom random, double mean, double spread, int low, int high) {
        var gaussian = Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
        return (int) Math.clamp(Math.round(mean + spread * gaussian), low, high);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
