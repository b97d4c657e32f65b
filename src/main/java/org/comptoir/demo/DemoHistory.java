package org.comptoir.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.comptoir.demo.DemoCalendar.Closure;
import org.comptoir.visit.Accommodation;
import org.comptoir.visit.Channel;
import org.comptoir.visit.ConversationLanguage;
import org.comptoir.visit.Outcome;
import org.comptoir.visit.PartyType;
import org.comptoir.visit.Purpose;
import org.comptoir.visit.StayLength;
import org.comptoir.visit.VisitorType;
import org.jspecify.annotations.Nullable;

/**
 * Years of believable interactions, as a pure function of a seed: the same seed, size, days and
 * references give exactly the same rows, in time order. {@code size} interactions are spread over
 * the days in proportion to the office's activity ({@link DemoCalendar}) and to each market's
 * visitors ({@link DemoMarket}); each row is then drawn field by field, every field consistent with the
 * ones before it. No database: {@link DemoHistoryWriter} writes the rows.
 */
final class DemoHistory {

    static final LocalDate FIRST_DAY = LocalDate.of(2018, 1, 1);

    private static final double QUICK = 0.15;
    private static final double PICKS = 0.25;
    private static final double NOTE = 0.004;
    private static final int DRIFT_FROM = 2018;
    private static final double DRIFT_YEARS = 7;
    private static final DemoMarket[] MARKETS = DemoMarket.values();

    /** Tourists' length of stay in 2018 and in 2025: passing through and day trips give way to longer stays. */
    private static final double[] STAY_2018 = {34, 10, 17, 20, 13, 6};

    private static final double[] STAY_2025 = {20, 6, 15, 29, 21, 9};
    private static final StayLength[] STAYS = StayLength.values();

    private static final Weighted<String> QUICK_QUESTIONS = new Weighted<String>()
            .add("DIRECTIONS_MAPS", 35)
            .add("PRACTICAL_INFO", 20)
            .add("TRANSPORT", 15)
            .add("BROCHURES", 15)
            .add("EVENTS", 8)
            .add("WEATHER", 7);
    /** 0 stands for a group. */
    private static final Weighted<Integer> ADULTS = new Weighted<Integer>()
            .add(1, 27)
            .add(2, 52)
            .add(3, 8)
            .add(4, 9)
            .add(5, 2)
            .add(6, 1)
            .add(0, 1);

    private static final Weighted<Integer> BUSINESS_ADULTS =
            new Weighted<Integer>().add(1, 75).add(2, 20).add(3, 5);
    private static final Weighted<Integer> CHILDREN =
            new Weighted<Integer>().add(1, 40).add(2, 44).add(3, 13).add(4, 3);
    private static final Weighted<Integer> DESK_INTERESTS =
            new Weighted<Integer>().add(0, 14).add(1, 36).add(2, 32).add(3, 18);
    private static final Weighted<Integer> REMOTE_INTERESTS =
            new Weighted<Integer>().add(0, 25).add(1, 40).add(2, 25).add(3, 10);
    private static final Weighted<Integer> QUESTIONS =
            new Weighted<Integer>().add(0, 8).add(1, 55).add(2, 30).add(3, 7);
    private static final Weighted<Integer> PICK_COUNT =
            new Weighted<Integer>().add(1, 40).add(2, 32).add(3, 18).add(4, 10);
    private static final Weighted<String> DEPARTEMENTS = new Weighted<String>()
            .add("63", 40)
            .add("03", 8)
            .add("69", 7)
            .add("15", 6)
            .add("43", 6)
            .add("75", 5)
            .add("42", 5)
            .add("59", 3)
            .add("13", 3)
            .add("92", 2)
            .add("33", 2)
            .add("31", 2)
            .add("44", 2)
            .add("19", 2)
            .add("87", 2)
            .add("38", 2)
            .add("34", 2)
            .add("78", 1.5)
            .add("93", 1)
            .add("94", 1)
            .add("91", 1)
            .add("77", 1)
            .add("95", 1)
            .add("23", 1)
            .add("18", 1)
            .add("58", 1)
            .add("71", 1)
            .add("21", 1)
            .add("67", 1)
            .add("35", 1)
            .add("06", 1)
            .add("12", 1)
            .add("48", 1)
            .add("45", 1)
            .add("37", 1)
            .add("49", 1)
            .add("76", 1)
            .add("62", 1)
            .add("57", 1)
            .add("", 6);
    /** Every metropolitan département, for the few visitors from anywhere else. */
    private static final List<String> ANY_DEPARTEMENT = Stream.concat(
                    IntStream.rangeClosed(1, 95).filter(n -> n != 20).mapToObj(n -> "%02d".formatted(n)),
                    Stream.of("2A", "2B"))
            .toList();
    /** Northern Europeans driving to Spain and the Mediterranean stop on the A71/A75. */
    private static final Set<String> ON_THE_WAY_SOUTH = Set.of("NL", "BE", "GB", "DE");

    private static final Set<String> NEIGHBOURS = Set.of("03", "15", "43", "42", "19", "23");
    private static final List<String> NOTES = List.of(
            "Plan du centre-ville remis",
            "Horaires du Panoramique des Dômes donnés",
            "Documentation envoyée par courrier",
            "Itinéraire vers le puy de Dôme expliqué",
            "Renseigné sur le marché de Saint-Pierre");

    private final long seed;
    private final int size;
    private final LocalDate from;
    private final LocalDate to;
    private final DemoReferences references;

    /** {@code size} interactions from {@code from} to {@code to}, both included. */
    DemoHistory(long seed, int size, LocalDate from, LocalDate to, DemoReferences references) {
        if (size < 0 || to.isBefore(from)) {
            throw new IllegalArgumentException("size " + size + " from " + from + " to " + to);
        }
        this.seed = seed;
        this.size = size;
        this.from = from;
        this.to = to;
        this.references = references;
    }

    /** The rows, generated lazily, day after day; every call starts again from the seed. */
    Stream<DemoRow> rows() {
        var days = (int) ChronoUnit.DAYS.between(from, to) + 1;
        var weights = new double[days][];
        double total = 0;
        for (int d = 0; d < days; d++) {
            weights[d] = marketWeights(from.plusDays(d));
            total += Arrays.stream(weights[d]).sum();
        }
        if (total == 0) {
            return Stream.empty();
        }
        var run = new Run(new SplittableRandom(seed), total);
        return IntStream.range(0, days).boxed().flatMap(d -> run.day(from.plusDays(d), weights[d]).stream());
    }

    /** Each market's share of the day's visitors, in proportion to a day of 2019 at the same season. */
    static double[] marketWeights(LocalDate day) {
        var activity = DemoCalendar.activity(day);
        var weights = new double[MARKETS.length];
        for (int m = 0; m < MARKETS.length; m++) {
            weights[m] = activity * MARKETS[m].share * MARKETS[m].index(day);
        }
        return weights;
    }

    /** One pass over the days: the random numbers and the running total of rows written. */
    private final class Run {

        private final SplittableRandom random;
        private final double total;
        private double expected;
        private long written;

        Run(SplittableRandom random, double total) {
            this.random = random;
            this.total = total;
        }

        List<DemoRow> day(LocalDate day, double[] weights) {
            var dayWeight = Arrays.stream(weights).sum();
            expected += size * dayWeight / total;
            // running rounding: exactly `size` rows in all, no remainder lost
            var count = (int) (Math.round(expected) - written);
            written += count;
            if (count <= 0) {
                return List.of();
            }
            var draw = new RowDraw(random, day, weights);
            var seconds = new int[count];
            for (int i = 0; i < count; i++) {
                seconds[i] = draw.second();
            }
            Arrays.sort(seconds);
            var rows = new ArrayList<DemoRow>(count);
            for (var second : seconds) {
                rows.add(draw.row(second));
            }
            return rows;
        }
    }

    /** The rows of one day, each field drawn knowing the ones before. */
    private final class RowDraw {

        private final SplittableRandom random;
        private final LocalDate day;
        private final Month month;
        private final Closure closure;
        private final boolean schoolHolidays;
        private final Weighted<DemoMarket> markets = new Weighted<>();
        private final Weighted<Integer> hours = new Weighted<>();
        private final Weighted<Channel> channels;
        private final Weighted<Long> desks;
        private final int open = DemoCalendar.openingSecond();
        private final int close;

        RowDraw(SplittableRandom random, LocalDate day, double[] marketWeights) {
            this.random = random;
            this.day = day;
            this.month = day.getMonth();
            this.closure = DemoCalendar.closure(day);
            this.schoolHolidays = DemoCalendar.schoolHolidays(day);
            for (int m = 0; m < MARKETS.length; m++) {
                markets.add(MARKETS[m], marketWeights[m]);
            }
            close = DemoCalendar.closingSecond(day);
            for (int hour = open / 3600; hour * 3600 < close; hour++) {
                var start = Math.max(open, hour * 3600);
                var end = Math.min(close, (hour + 1) * 3600);
                hours.add(hour, DemoCalendar.hourWeight(hour) * (end - start) / 3600.0);
            }
            channels = channels();
            desks = desks();
        }

        /** A second of the opening hours, busier hours more often. */
        int second() {
            var hour = hours.pick(random);
            return random.nextInt(Math.max(open, hour * 3600), Math.min(close, (hour + 1) * 3600));
        }

        DemoRow row(int second) {
            var occurredAt = day.atStartOfDay().plusSeconds(second);
            var quick = chance(closure == Closure.LOCKDOWN ? QUICK / 3 : QUICK);
            var channel = quick ? quickChannel() : channels.pick(random);
            var desk = channel == Channel.DESK ? desks.pick(random) : references.mainDesk();
            var team = references.team(desk);
            var counsellor = team.get(random.nextInt(team.size()));
            if (quick) {
                var question = quickQuestion();
                return new DemoRow(
                        occurredAt,
                        desk,
                        counsellor,
                        channel,
                        1,
                        0,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        true,
                        List.of(),
                        question == null ? List.of() : List.of(question),
                        List.of(),
                        List.of());
            }
            return full(occurredAt, desk, counsellor, channel);
        }

        private DemoRow full(LocalDateTime occurredAt, long desk, String counsellor, Channel channel) {
            var remote = channel != Channel.DESK && channel != Channel.OUTSIDE_EVENT;
            var country = chance(remote ? 0.12 : 0.04)
                    ? null
                    : markets.pick(random).countries.pick(random);
            var market = DemoMarket.of(country);
            var departement = "FR".equals(country) && chance(0.94) ? departement() : null;
            var visitorType = visitorType(country, departement);
            var business =
                    visitorType == VisitorType.BUSINESS_TRAVELLER || visitorType == VisitorType.TOURISM_PROFESSIONAL;
            var adults = adults(business);
            var children = business || adults >= 8 ? 0 : children(adults, visitorType);
            var stay = stay(visitorType, country, market, desk);
            var interests = interests(remote, desk, visitorType, children, market);
            var picks = channel == Channel.DESK && chance(PICKS) ? picks(interests) : List.<Long>of();
            return new DemoRow(
                    occurredAt,
                    desk,
                    counsellor,
                    channel,
                    adults,
                    children,
                    chance(0.04) ? null : partyType(adults, children, business),
                    visitorType,
                    country,
                    departement,
                    chance(0.04) ? null : language(country),
                    stay,
                    accommodation(stay, business, desk),
                    purpose(visitorType),
                    chance(NOTE) ? NOTES.get(random.nextInt(NOTES.size())) : null,
                    false,
                    interests,
                    questions(remote, desk, stay, interests),
                    outcomes(channel),
                    picks);
        }

        private Channel quickChannel() {
            return closure == Closure.LOCKDOWN || chance(0.15) ? Channel.PHONE : Channel.DESK;
        }

        /** About 70 % at the desk, 15 % by phone, 8 % by e-mail; chat grows, letters fade, outside events in summer. */
        private Weighted<Channel> channels() {
            if (closure == Closure.LOCKDOWN) {
                return new Weighted<Channel>()
                        .add(Channel.PHONE, 55)
                        .add(Channel.EMAIL, 35)
                        .add(Channel.SOCIAL_CHAT, 10);
            }
            if (closure == Closure.NEARLY_CLOSED) {
                return new Weighted<Channel>()
                        .add(Channel.DESK, 40)
                        .add(Channel.PHONE, 30)
                        .add(Channel.EMAIL, 22)
                        .add(Channel.SOCIAL_CHAT, 8);
            }
            var years = Math.clamp(day.getYear() - DRIFT_FROM, 0, 8);
            var chat = 2.5 + 0.6 * years;
            var letter = Math.max(0.2, 1.0 - 0.1 * years);
            var outside = month.getValue() >= 6 && month.getValue() <= 9 ? 7 : 0.8;
            return new Weighted<Channel>()
                    .add(Channel.PHONE, 15)
                    .add(Channel.EMAIL, 9.4)
                    .add(Channel.SOCIAL_CHAT, chat)
                    .add(Channel.LETTER, letter)
                    .add(Channel.OUTSIDE_EVENT, outside)
                    .add(Channel.DESK, 100 - 15 - 9.4 - chat - letter - outside);
        }

        /** The main desk; the summit's info point from April to October; Royat, closed on Sundays out of season. */
        private Weighted<Long> desks() {
            var weights = new Weighted<Long>().add(references.mainDesk(), 1);
            var summit = references.summitDesk();
            if (summit != null && DemoCalendar.inSeason(day) && closure != Closure.NEARLY_CLOSED) {
                weights.add(
                        summit,
                        switch (month) {
                            case JULY, AUGUST -> 0.5;
                            case JUNE, SEPTEMBER -> 0.3;
                            case MAY -> 0.2;
                            default -> 0.12;
                        });
            }
            var spa = references.spaDesk();
            if (spa != null && (day.getDayOfWeek() != DayOfWeek.SUNDAY || DemoCalendar.inSeason(day))) {
                weights.add(spa, DemoCalendar.inSeason(day) ? 0.25 : 0.2);
            }
            return weights;
        }

        private @Nullable Long quickQuestion() {
            return pickCodes(QUICK_QUESTIONS, references.questions());
        }

        private String departement() {
            var code = DEPARTEMENTS.pick(random);
            return code.isEmpty() ? ANY_DEPARTEMENT.get(random.nextInt(ANY_DEPARTEMENT.size())) : code;
        }

        /** Residents come from the Puy-de-Dôme, day visitors from the neighbouring départements. */
        private @Nullable VisitorType visitorType(@Nullable String country, @Nullable String departement) {
            if (chance(0.03)) {
                return null;
            }
            var types = new Weighted<VisitorType>();
            if (country == null) {
                types.add(VisitorType.TOURIST, 75)
                        .add(VisitorType.DAY_VISITOR, 12)
                        .add(VisitorType.LOCAL_RESIDENT, 13);
            } else if ("63".equals(departement)) {
                types.add(VisitorType.LOCAL_RESIDENT, 48)
                        .add(VisitorType.NEW_RESIDENT, 8)
                        .add(VisitorType.DAY_VISITOR, 14)
                        .add(VisitorType.TOURIST, 24)
                        .add(VisitorType.BUSINESS_TRAVELLER, 3)
                        .add(VisitorType.TOURISM_PROFESSIONAL, 3);
            } else if (departement != null && NEIGHBOURS.contains(departement)) {
                types.add(VisitorType.DAY_VISITOR, 40)
                        .add(VisitorType.TOURIST, 52)
                        .add(VisitorType.NEW_RESIDENT, 1)
                        .add(VisitorType.BUSINESS_TRAVELLER, 5)
                        .add(VisitorType.TOURISM_PROFESSIONAL, 2);
            } else if ("FR".equals(country)) {
                types.add(VisitorType.TOURIST, 86)
                        .add(VisitorType.DAY_VISITOR, 4)
                        .add(VisitorType.NEW_RESIDENT, 2)
                        .add(VisitorType.BUSINESS_TRAVELLER, 7)
                        .add(VisitorType.TOURISM_PROFESSIONAL, 1);
            } else {
                types.add(VisitorType.TOURIST, 92)
                        .add(VisitorType.BUSINESS_TRAVELLER, 6)
                        .add(VisitorType.TOURISM_PROFESSIONAL, 1)
                        .add(VisitorType.NEW_RESIDENT, 1);
            }
            return types.pick(random);
        }

        private int adults(boolean business) {
            if (business) {
                return BUSINESS_ADULTS.pick(random);
            }
            var adults = ADULTS.pick(random);
            // 0 stands for a group: a coach, a club, a class's teachers
            return adults == 0 ? random.nextInt(8, 31) : adults;
        }

        /** Families come in the school holidays and at weekends. */
        private int children(int adults, @Nullable VisitorType type) {
            var p = schoolHolidays ? 0.36 : day.getDayOfWeek().getValue() >= 6 ? 0.2 : 0.1;
            if (adults == 1) {
                p /= 2;
            }
            if (type == VisitorType.LOCAL_RESIDENT) {
                p *= 0.6;
            }
            return chance(p) ? CHILDREN.pick(random) : 0;
        }

        private PartyType partyType(int adults, int children, boolean business) {
            if (business) {
                return adults == 1 && chance(0.3) ? PartyType.ALONE : PartyType.PROFESSIONAL;
            }
            if (adults >= 8) {
                return PartyType.GROUP;
            }
            if (children > 0) {
                return chance(0.94) ? PartyType.FAMILY : PartyType.FRIENDS;
            }
            return switch (adults) {
                case 1 -> PartyType.ALONE;
                case 2 -> chance(0.82) ? PartyType.COUPLE : PartyType.FRIENDS;
                default ->
                    new Weighted<PartyType>()
                            .add(PartyType.FRIENDS, 60)
                            .add(PartyType.FAMILY, 30)
                            .add(PartyType.GROUP, adults >= 6 ? 10 : 0)
                            .pick(random);
            };
        }

        /**
         * Residents and professionals have no stay; day visitors come for the day. Tourists drift from
         * the A75 stop-and-go towards longer stays, year after year (linear from 2018 to 2025).
         */
        private @Nullable StayLength stay(
                @Nullable VisitorType type, @Nullable String country, @Nullable DemoMarket market, long desk) {
            if (type == VisitorType.LOCAL_RESIDENT
                    || type == VisitorType.NEW_RESIDENT
                    || type == VisitorType.TOURISM_PROFESSIONAL) {
                return null;
            }
            if (type == VisitorType.DAY_VISITOR) {
                return new Weighted<@Nullable StayLength>()
                        .add(StayLength.DAY_TRIP, 80)
                        .add(StayLength.PASSING_THROUGH, 15)
                        .add(null, 5)
                        .pick(random);
            }
            if (type == VisitorType.BUSINESS_TRAVELLER) {
                return new Weighted<@Nullable StayLength>()
                        .add(StayLength.ONE_NIGHT, 45)
                        .add(StayLength.TWO_THREE_NIGHTS, 35)
                        .add(StayLength.FOUR_SEVEN_NIGHTS, 12)
                        .add(StayLength.DAY_TRIP, 5)
                        .add(null, 3)
                        .pick(random);
            }
            if (chance(0.05)) {
                return null;
            }
            var t = Math.clamp((day.getYear() - DRIFT_FROM + day.getDayOfYear() / 366.0) / DRIFT_YEARS, 0, 1.15);
            var weights = new double[STAYS.length];
            for (int i = 0; i < STAYS.length; i++) {
                weights[i] = Math.max(1, STAY_2018[i] + t * (STAY_2025[i] - STAY_2018[i]));
            }
            if (DemoCalendar.summer(day)) {
                // on the way south in July and August; holiday weeks
                scale(weights, StayLength.PASSING_THROUGH, 1.25);
                scale(weights, StayLength.ONE_NIGHT, 0.85);
                scale(weights, StayLength.FOUR_SEVEN_NIGHTS, 1.3);
                scale(weights, StayLength.MORE_THAN_A_WEEK, 1.4);
            } else if (month.getValue() >= 11 || month.getValue() <= 3) {
                scale(weights, StayLength.TWO_THREE_NIGHTS, 1.1);
                scale(weights, StayLength.FOUR_SEVEN_NIGHTS, 0.7);
                scale(weights, StayLength.MORE_THAN_A_WEEK, 0.6);
            }
            if (market == DemoMarket.LONG_HAUL) {
                scale(weights, StayLength.PASSING_THROUGH, 0.5);
                scale(weights, StayLength.TWO_THREE_NIGHTS, 1.3);
            } else if (country != null && ON_THE_WAY_SOUTH.contains(country)) {
                scale(weights, StayLength.PASSING_THROUGH, 1.3);
            }
            if (references.spaDesk() != null && desk == references.spaDesk()) {
                // curists: a thermal cure lasts three weeks
                scale(weights, StayLength.MORE_THAN_A_WEEK, 3);
            }
            var stays = new Weighted<StayLength>();
            for (int i = 0; i < STAYS.length; i++) {
                stays.add(STAYS[i], weights[i]);
            }
            return stays.pick(random);
        }

        private static void scale(double[] weights, StayLength stay, double factor) {
            weights[stay.ordinal()] *= factor;
        }

        /** None for a few hours or a day; campsites closed in winter; curists rent flats in Royat. */
        private @Nullable Accommodation accommodation(@Nullable StayLength stay, boolean business, long desk) {
            if (stay == null) {
                return null;
            }
            if (stay == StayLength.PASSING_THROUGH || stay == StayLength.DAY_TRIP) {
                return chance(0.85) ? Accommodation.NONE : null;
            }
            if (chance(0.08)) {
                return null;
            }
            if (business) {
                return new Weighted<Accommodation>()
                        .add(Accommodation.HOTEL, 90)
                        .add(Accommodation.HOLIDAY_RENTAL, 5)
                        .add(Accommodation.FRIENDS_FAMILY, 5)
                        .pick(random);
            }
            var camping = month.getValue() >= 4 && month.getValue() <= 10 ? DemoCalendar.summer(day) ? 1.6 : 1 : 0;
            var spa = references.spaDesk() != null && desk == references.spaDesk();
            var weights = new Weighted<Accommodation>();
            switch (stay) {
                case ONE_NIGHT ->
                    weights.add(Accommodation.HOTEL, 55)
                            .add(Accommodation.CAMPER_VAN, 15 * Math.max(camping, 0.4))
                            .add(Accommodation.CAMPSITE, 10 * camping)
                            .add(Accommodation.FRIENDS_FAMILY, 12)
                            .add(Accommodation.HOLIDAY_RENTAL, 5);
                case TWO_THREE_NIGHTS ->
                    weights.add(Accommodation.HOTEL, 40)
                            .add(Accommodation.HOLIDAY_RENTAL, 20)
                            .add(Accommodation.CAMPSITE, 15 * camping)
                            .add(Accommodation.FRIENDS_FAMILY, 12)
                            .add(Accommodation.CAMPER_VAN, 8 * Math.max(camping, 0.4))
                            .add(Accommodation.SECOND_HOME, 5);
                case FOUR_SEVEN_NIGHTS ->
                    weights.add(Accommodation.HOLIDAY_RENTAL, 35)
                            .add(Accommodation.CAMPSITE, 25 * camping)
                            .add(Accommodation.HOTEL, 15)
                            .add(Accommodation.FRIENDS_FAMILY, 13)
                            .add(Accommodation.SECOND_HOME, 7)
                            .add(Accommodation.CAMPER_VAN, 5 * camping);
                default ->
                    weights.add(Accommodation.HOLIDAY_RENTAL, spa ? 45 : 30)
                            .add(Accommodation.HOTEL, spa ? 35 : 5)
                            .add(Accommodation.SECOND_HOME, spa ? 0 : 20)
                            .add(Accommodation.FRIENDS_FAMILY, spa ? 10 : 20)
                            .add(Accommodation.CAMPSITE, (spa ? 10 : 20) * camping)
                            .add(Accommodation.CAMPER_VAN, 5 * camping);
            }
            return weights.pick(random);
        }

        private @Nullable Purpose purpose(@Nullable VisitorType type) {
            if (type == VisitorType.BUSINESS_TRAVELLER) {
                return new Weighted<@Nullable Purpose>()
                        .add(Purpose.BUSINESS, 65)
                        .add(Purpose.BOTH, 33)
                        .add(null, 2)
                        .pick(random);
            }
            if (type == VisitorType.TOURISM_PROFESSIONAL) {
                return chance(0.95) ? Purpose.BUSINESS : null;
            }
            return new Weighted<@Nullable Purpose>()
                    .add(Purpose.LEISURE, 94)
                    .add(Purpose.BOTH, 2)
                    .add(null, 4)
                    .pick(random);
        }

        private ConversationLanguage language(@Nullable String country) {
            if (country == null) {
                return ConversationLanguage.FR;
            }
            var w = new Weighted<ConversationLanguage>();
            switch (country) {
                case "FR", "MA", "TN", "SN" -> w.add(ConversationLanguage.FR, 1);
                case "BE" -> w.add(ConversationLanguage.FR, 65).add(ConversationLanguage.NL, 35);
                case "CH" ->
                    w.add(ConversationLanguage.FR, 60)
                            .add(ConversationLanguage.DE, 35)
                            .add(ConversationLanguage.IT, 5);
                case "LU" -> w.add(ConversationLanguage.FR, 70).add(ConversationLanguage.DE, 30);
                case "DE", "AT" -> w.add(ConversationLanguage.DE, 75).add(ConversationLanguage.EN, 25);
                case "NL" ->
                    w.add(ConversationLanguage.NL, 35)
                            .add(ConversationLanguage.EN, 50)
                            .add(ConversationLanguage.FR, 15);
                case "GB", "IE" -> w.add(ConversationLanguage.EN, 92).add(ConversationLanguage.FR, 8);
                case "ES", "AR", "MX" ->
                    w.add(ConversationLanguage.ES, 65)
                            .add(ConversationLanguage.EN, 20)
                            .add(ConversationLanguage.FR, 15);
                case "IT" ->
                    w.add(ConversationLanguage.IT, 60)
                            .add(ConversationLanguage.EN, 25)
                            .add(ConversationLanguage.FR, 15);
                case "PT" ->
                    w.add(ConversationLanguage.FR, 40)
                            .add(ConversationLanguage.EN, 30)
                            .add(ConversationLanguage.OTHER, 30);
                case "CA" -> w.add(ConversationLanguage.EN, 55).add(ConversationLanguage.FR, 45);
                case "CN", "JP", "KR", "PL", "BR", "IL" ->
                    w.add(ConversationLanguage.EN, 70).add(ConversationLanguage.OTHER, 30);
                default -> w.add(ConversationLanguage.EN, 1);
            }
            return w.pick(random);
        }

        /** Zero to three interests, following the season, the desk and the party. */
        private List<Long> interests(
                boolean remote, long desk, @Nullable VisitorType type, int children, @Nullable DemoMarket market) {
            var count = (remote ? REMOTE_INTERESTS : DESK_INTERESTS).pick(random);
            if (count == 0) {
                return List.of();
            }
            var summer = month.getValue() >= 6 && month.getValue() <= 9;
            var shoulder = month == Month.APRIL || month == Month.MAY || month == Month.OCTOBER;
            var winter = month.getValue() >= 11 || month.getValue() <= 3;
            var summit = references.summitDesk() != null && desk == references.summitDesk();
            var spa = references.spaDesk() != null && desk == references.spaDesk();
            var resident = type == VisitorType.LOCAL_RESIDENT || type == VisitorType.NEW_RESIDENT;
            var weights = new Weighted<String>()
                    .add(
                            "VOLCANOES_NATURE",
                            (summer ? 40 : 32) * (summit ? 2 : 1) * (market == DemoMarket.FRANCE ? 1 : 1.3))
                    .add("HIKING", (summer ? 26 : shoulder ? 16 : 5) * (summit ? 1.5 : 1))
                    .add("CYCLING", summer ? 12 : shoulder ? 7 : 2)
                    .add("HERITAGE_HISTORY", 16)
                    .add("MUSEUMS", winter ? 18 : 9)
                    .add("MICHELIN_INDUSTRIAL", 9)
                    .add("GASTRONOMY", 14)
                    .add("SPAS_WELLNESS", (winter ? 14 : 5) * (spa ? 4 : 1))
                    .add("FAMILY_KIDS", children > 0 ? 28 : 2)
                    // the short film festival in February
                    .add("EVENTS_FESTIVALS", (month == Month.FEBRUARY ? 22 : summer ? 12 : 6) * (resident ? 2 : 1))
                    .add("SHOPPING_CRAFTS", month == Month.DECEMBER ? 18 : 5)
                    // paragliding in summer, skiing at Super-Besse and Le Mont-Dore in winter
                    .add("OUTDOOR_SPORTS", summer ? 10 : winter && month != Month.NOVEMBER ? 9 : 5);
            return distinct(weights, count, references.interests());
        }

        private List<Long> questions(boolean remote, long desk, @Nullable StayLength stay, List<Long> interests) {
            var count = QUESTIONS.pick(random);
            if (count == 0) {
                return List.of();
            }
            var summit = references.summitDesk() != null && desk == references.summitDesk();
            var hiking = references.interests().get("HIKING");
            var hikingSeason = month.getValue() >= 6 && month.getValue() <= 9
                    ? 14
                    : month == Month.APRIL || month == Month.MAY || month == Month.OCTOBER ? 9 : 3;
            var weights = new Weighted<String>()
                    .add("DIRECTIONS_MAPS", remote ? 15 : 30)
                    .add("PRACTICAL_INFO", 16)
                    .add("BROCHURES", 14)
                    .add("HIKING_ROUTES", hikingSeason * (hiking != null && interests.contains(hiking) ? 2 : 1))
                    .add("RESTAURANTS", 10)
                    .add("ACCOMMODATION", 6 * (remote ? 3 : 1) * (stay == StayLength.PASSING_THROUGH ? 1.5 : 1))
                    .add("TRANSPORT", 10 * (summit ? 2 : 1))
                    .add("EVENTS", 8 * (month == Month.FEBRUARY || DemoCalendar.summer(day) ? 1.5 : 1))
                    .add("TICKETS", 6)
                    .add("WEATHER", 4 * (summit ? 3 : 1));
            return distinct(weights, count, references.questions());
        }

        private List<Outcome> outcomes(Channel channel) {
            var outcomes = new ArrayList<Outcome>(2);
            double brochures;
            double shop = 0;
            double followUp;
            switch (channel) {
                case DESK, OUTSIDE_EVENT -> {
                    brochures = 0.5;
                    shop = 0.07;
                    followUp = 0.02;
                }
                case PHONE -> {
                    brochures = 0.15;
                    followUp = 0.15;
                }
                case EMAIL -> {
                    brochures = 0.3;
                    followUp = 0.2;
                }
                case LETTER -> {
                    brochures = 0.8;
                    followUp = 0.05;
                }
                default -> {
                    brochures = 0.05;
                    followUp = 0.1;
                }
            }
            if (chance(brochures)) {
                outcomes.add(Outcome.BROCHURES_GIVEN);
            }
            if (chance(shop)) {
                outcomes.add(Outcome.SENT_TO_SHOP);
            }
            if (chance(followUp)) {
                outcomes.add(Outcome.FOLLOW_UP_NEEDED);
            }
            return outcomes;
        }

        /** One to four attractions open this month, those sharing the visitor's interests far more often. */
        private List<Long> picks(List<Long> interests) {
            var candidates = new Weighted<Long>();
            for (var attraction : references.attractions()) {
                if (attraction.monthsOpen().isEmpty() || attraction.monthsOpen().contains(month)) {
                    var shared = attraction.interestIds().stream()
                            .filter(interests::contains)
                            .count();
                    candidates.add(attraction.id(), 1 + 4.0 * shared);
                }
            }
            if (candidates.isEmpty()) {
                return List.of();
            }
            var count = PICK_COUNT.pick(random);
            var picks = new ArrayList<Long>(count);
            // a few draws more than needed: a repeated attraction is skipped
            for (int i = 0; i < count * 4 && picks.size() < count; i++) {
                var id = candidates.pick(random);
                if (!picks.contains(id)) {
                    picks.add(id);
                }
            }
            return picks;
        }

        /** Up to {@code count} different ids, drawn by code; codes missing from the database are skipped. */
        private List<Long> distinct(Weighted<String> codes, int count, Map<String, Long> ids) {
            var picked = new ArrayList<Long>(count);
            for (int i = 0; i < count * 4 && picked.size() < count; i++) {
                var id = ids.get(codes.pick(random));
                if (id != null && !picked.contains(id)) {
                    picked.add(id);
                }
            }
            return picked;
        }

        private @Nullable Long pickCodes(Weighted<String> codes, Map<String, Long> ids) {
            var id = ids.get(codes.pick(random));
            return id != null ? id : ids.values().stream().sorted().findFirst().orElse(null);
        }

        private boolean chance(double p) {
            return random.nextDouble() < p;
        }
    }
}
