package org.comptoir.report.aggregate;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.comptoir.visit.InteractionDetails;
import org.jspecify.annotations.Nullable;

/**
 * What one interaction counts under in the aggregates, and nothing else (no note, no contact): the day and
 * hour, the filters, its own keys and its persons. Kept in the outbox as one line of text between a save and
 * the fold ({@link #encode()}); "" where a value was not given, as in the aggregate tables.
 */
record Counted(
        LocalDate day,
        int hour,
        long deskId,
        String channel,
        String visitorType,
        String country,
        String departement,
        String stayLength,
        int persons,
        List<Long> interestIds,
        List<Long> questionIds,
        List<Long> pickIds,
        String counsellor) {

    private static final String SEPARATOR = "\u001f";

    Counted {
        interestIds = List.copyOf(interestIds);
        questionIds = List.copyOf(questionIds);
        pickIds = List.copyOf(pickIds);
    }

    static Counted of(InteractionDetails interaction) {
        return new Counted(
                interaction.occurredAt().toLocalDate(),
                interaction.occurredAt().getHour(),
                interaction.deskId(),
                interaction.channel().name(),
                text(interaction.visitorType()),
                text(interaction.country()),
                text(interaction.departement()),
                text(interaction.stayLength()),
                interaction.persons(),
                interaction.interestIds().stream().sorted().toList(),
                interaction.questionIds().stream().sorted().toList(),
                interaction.pickIds(),
                interaction.counsellor());
    }

    /** 1 = Monday, as the hours table keeps it. */
    int weekday() {
        return day.getDayOfWeek().getValue();
    }

    /** One line of text; the counsellor last, so that whatever their name holds it reads back whole. */
    String encode() {
        return String.join(
                SEPARATOR,
                day.toString(),
                String.valueOf(hour),
                String.valueOf(deskId),
                channel,
                visitorType,
                country,
                departement,
                stayLength,
                String.valueOf(persons),
                ids(interestIds),
                ids(questionIds),
                ids(pickIds),
                counsellor);
    }

    static Counted decode(String line) {
        var f = line.split(SEPARATOR, 13);
        return new Counted(
                LocalDate.parse(f[0]),
                Integer.parseInt(f[1]),
                Long.parseLong(f[2]),
                f[3],
                f[4],
                f[5],
                f[6],
                f[7],
                Integer.parseInt(f[8]),
                ids(f[9]),
                ids(f[10]),
                ids(f[11]),
                f[12]);
    }

    private static String ids(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static List<Long> ids(String text) {
        return text.isEmpty()
                ? List.of()
                : Arrays.stream(text.split(",")).map(Long::valueOf).toList();
    }

    private static String text(@Nullable Object value) {
        return value == null ? "" : value.toString();
    }
}
