package org.comptoir.attraction.datatourisme;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.comptoir.attraction.AttractionDetails;
import org.comptoir.reference.Text;
import org.jspecify.annotations.Nullable;

/**
 * When a new point probably is an attraction the database already has: close names (the significant
 * words of one all found in the other's, "Musée de la Bataille de Gergovie" in "Musée archéologique de
 * la bataille de Gergovie") a short distance apart, or the same website whatever the distance.
 */
final class DuplicateRules {

    /** Words that tell nothing about a place; "d'" and "l'" fold to "d" and "l". */
    static final Set<String> STOP_WORDS =
            Set.of("de", "la", "le", "les", "du", "des", "d", "l", "et", "a", "au", "aux", "en", "sur", "the", "of");

    private static final double EARTH_METRES = 6_371_000;

    private DuplicateRules() {}

    /** The folded words of a name that tell places apart. */
    static Set<String> words(String name) {
        return Arrays.stream(Text.fold(name).split(" "))
                .filter(word -> !word.isEmpty())
                .filter(word -> !STOP_WORDS.contains(word))
                .collect(Collectors.toSet());
    }

    /** Same significant words, or those of one all found in the other's. */
    static boolean closeNames(String a, String b) {
        return close(words(a), words(b));
    }

    private static boolean close(Set<String> first, Set<String> second) {
        if (first.isEmpty() || second.isEmpty()) {
            return false;
        }
        return first.containsAll(second) || second.containsAll(first);
    }

    /** Great-circle distance, in metres. */
    static double metres(double lat1, double lon1, double lat2, double lon2) {
        var p1 = Math.toRadians(lat1);
        var p2 = Math.toRadians(lat2);
        var dp = p2 - p1;
        var dl = Math.toRadians(lon2 - lon1);
        var h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * EARTH_METRES * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    /** "https://www.Site.fr/visite/" and "site.fr/visite" are the same site; null when there is none. */
    static @Nullable String website(@Nullable String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        var value = url.strip().toLowerCase(Locale.ROOT).replaceFirst("^[a-z][a-z0-9+.-]*://", "");
        if (value.startsWith("www.")) {
            value = value.substring(4);
        }
        while (value.endsWith("/")) {
            value = value.substring(0, value.length() - 1);
        }
        return value.isEmpty() ? null : value;
    }

    /** The attractions a point may duplicate, their words and website folded once for a whole file. */
    static final class Candidates {

        private record Candidate(
                AttractionDetails attraction,
                Set<String> words,
                @Nullable String website) {}

        private final List<Candidate> all;

        Candidates(Collection<AttractionDetails> attractions) {
            all = attractions.stream()
                    .map(a -> new Candidate(a, words(a.nameFr()), website(a.website())))
                    .toList();
        }
    }

    static Optional<Duplicate> find(
            String name,
            double latitude,
            double longitude,
            @Nullable String website,
            Collection<AttractionDetails> candidates,
            int maxMetres) {
        return find(name, latitude, longitude, website, new Candidates(candidates), maxMetres);
    }

    /**
     * The attraction this point most probably duplicates: the same website first, then the nearest one
     * with a close name within {@code maxMetres}; empty when none.
     */
    static Optional<Duplicate> find(
            String name,
            double latitude,
            double longitude,
            @Nullable String website,
            Candidates candidates,
            int maxMetres) {
        var site = website(website);
        var words = words(name);
        Duplicate best = null;
        for (var candidate : candidates.all) {
            var attraction = candidate.attraction();
            var distance = (int) Math.round(metres(latitude, longitude, attraction.latitude(), attraction.longitude()));
            var sameSite = site != null && site.equals(candidate.website());
            var nearAndAlike = distance <= maxMetres && close(words, candidate.words());
            if (!sameSite && !nearAndAlike) {
                continue;
            }
            var found = new Duplicate(attraction.id(), attraction.nameFr(), distance, sameSite);
            if (best == null
                    || found.sameWebsite() && !best.sameWebsite()
                    || found.sameWebsite() == best.sameWebsite() && found.meters() < best.meters()) {
                best = found;
            }
        }
        return Optional.ofNullable(best);
    }
}
