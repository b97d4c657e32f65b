package org.comptoir.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.comptoir.ComptoirTest;
import org.comptoir.TestUsers;
import org.comptoir.attraction.datatourisme.ImportOutcome;
import org.comptoir.attraction.datatourisme.ImportPreview;
import org.comptoir.attraction.datatourisme.ImportService;
import org.comptoir.security.AppRoles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How the DATAtourisme import holds up with a big regional export: generates a ~50 MB JSON-LD file
 * (some 30,000 points, descriptions in French and English), previews it, commits it, previews it
 * again (all unchanged), and reports records per second and heap use (target/bench/import-benchmark.md).
 * The target is a minute for the whole import in bounded memory; the assertions only catch a broken
 * measurement. Excluded from the normal build; run it with the bench profile, or
 * {@code -Dgroups=bench -Dsurefire.excludedGroups=none -Dtest=ImportBenchmark}.
 */
@Tag("bench")
@ComptoirTest
class ImportBenchmark {

    /** File size to generate; {@code -Dcomptoir.bench.import-mb=5} for a quick try. */
    private static final long TARGET_BYTES = Long.getLong("comptoir.bench.import-mb", 50) * 1024 * 1024;

    private static final Path FILE = Path.of("target", "bench", "import-benchmark.jsonld");
    private static final Path REPORT = Path.of("target", "bench", "import-benchmark.md");
    private static final String PREFIX = "https://data.datatourisme.fr/bench/";

    @Autowired
    ImportService imports;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void deleteTheImportedPoints() {
        jdbc.update("delete from attraction where source_uri like ?", PREFIX + "%");
    }

    @Test
    void a_50_mb_export_is_previewed_and_committed_in_bounded_memory() throws Exception {
        var generated = generate(FILE, TARGET_BYTES);
        var bytes = Files.size(FILE);
        var baseline = settledHeap();
        var sampler = new HeapSampler();
        sampler.start();

        var start = System.nanoTime();
        var preview = TestUsers.as(
                "admin",
                AppRoles.ADMIN,
                () -> imports.preview(FILE, FILE.getFileName().toString()));
        var previewSeconds = seconds(start);
        var retainedByPreview = settledHeap() - baseline;

        start = System.nanoTime();
        var result = TestUsers.as("admin", AppRoles.ADMIN, () -> imports.commit(preview));
        var commitSeconds = seconds(start);

        start = System.nanoTime();
        var again = TestUsers.as(
                "admin",
                AppRoles.ADMIN,
                () -> imports.preview(FILE, FILE.getFileName().toString()));
        var reviewSeconds = seconds(start);
        sampler.stopSampling();

        assertThat(preview.fileError()).isNull();
        assertThat(preview.lines()).hasSize(generated);
        assertThat(result.created()).isEqualTo(preview.count(ImportOutcome.NEW)).isPositive();
        assertThat(again.count(ImportOutcome.UNCHANGED)).isEqualTo(result.created());
        var imported = jdbc.queryForObject(
                "select count(*) from attraction where source_uri like ?", Integer.class, PREFIX + "%");
        assertThat(imported).isEqualTo(result.created());

        var report = report(
                bytes,
                generated,
                preview,
                previewSeconds,
                commitSeconds,
                reviewSeconds,
                baseline,
                sampler.peak() - baseline,
                retainedByPreview);
        System.out.println(report);
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, report, StandardCharsets.UTF_8);
    }

    private static String report(
            long bytes,
            int records,
            ImportPreview preview,
            double previewSeconds,
            double commitSeconds,
            double reviewSeconds,
            long baseline,
            long peakAbove,
            long retained) {
        var maxHeap = Runtime.getRuntime().maxMemory();
        var total = previewSeconds + commitSeconds;
        return String.format(
                Locale.ROOT,
                """
                # DATAtourisme import benchmark

                Generated JSON-LD file: %.1f MB, %,d points (%,d new, %,d rejected: no coordinates).
                Machine: %d cores, Java %s, heap max %d MB. Target: under a minute, bounded memory.

                | step | seconds | records/s |
                |---|---:|---:|
                | preview (parse, map, compare with the database) | %.1f | %,.0f |
                | commit (parse again, write %,d points in one transaction) | %.1f | %,.0f |
                | **preview + commit** | **%.1f** | **%,.0f** |
                | preview again (all unchanged) | %.1f | %,.0f |

                Heap: %d MB in use before (application and test context, after GC); peak %d MB above that
                during the whole run (sampled every 10 ms, garbage not yet collected included); the preview
                kept for the commit holds %d MB after GC (one small line per point, no attraction drafts).
                """,
                bytes / 1e6,
                records,
                preview.count(ImportOutcome.NEW),
                preview.count(ImportOutcome.REJECTED),
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"),
                mb(maxHeap),
                previewSeconds,
                records / previewSeconds,
                preview.count(ImportOutcome.NEW),
                commitSeconds,
                records / commitSeconds,
                total,
                records / total,
                reviewSeconds,
                records / reviewSeconds,
                mb(baseline),
                mb(peakAbove),
                mb(Math.max(retained, 0)));
    }

    /** A realistic export: varied types, themes, two languages, addresses and contacts; 1% without coordinates. */
    static int generate(Path file, long targetBytes) throws IOException {
        Files.createDirectories(file.getParent());
        var random = new Random(63000);
        var kinds = List.of(
                new Kind("\"schema:Museum\", \":CulturalSite\", \":PointOfInterest\"", "Musée", "Museum", "Patrimoine"),
                new Kind("\":Tour\", \":WalkingTour\", \":PointOfInterest\"", "Sentier", "Trail", "Randonnée pédestre"),
                new Kind(
                        "\"schema:Restaurant\", \":FoodEstablishment\", \":PointOfInterest\"",
                        "Auberge",
                        "Inn",
                        "Gastronomie"),
                new Kind(
                        "\":EntertainmentAndEvent\", \":CulturalEvent\", \":PointOfInterest\"",
                        "Fête",
                        "Festival",
                        "Festival"),
                new Kind(
                        "\":ReligiousSite\", \"schema:Church\", \":PointOfInterest\"",
                        "Église",
                        "Church",
                        "Patrimoine"),
                new Kind("\":NaturalHeritage\", \":PointOfInterest\"", "Site naturel", "Natural site", "Volcanisme"),
                new Kind("\":SportsAndLeisurePlace\", \":PointOfInterest\"", "Espace", "Centre", "Thermalisme"),
                new Kind("\":Store\", \":LocalBusiness\", \":PointOfInterest\"", "Boutique", "Shop", "Artisanat"));
        var places = List.of(
                "Orcines",
                "Royat",
                "Aydat",
                "Volvic",
                "Riom",
                "Thiers",
                "Issoire",
                "Besse",
                "Murol",
                "Saint-Nectaire",
                "Le Mont-Dore",
                "La Bourboule",
                "Ambert",
                "Billom",
                "Chamalières",
                "Ceyssat");
        var sentencesFr = List.of(
                "Au cœur de la Chaîne des Puys, classée au patrimoine mondial de l’UNESCO.",
                "Accueil chaleureux, visites commentées et animations pour les familles pendant les vacances.",
                "Parking gratuit à proximité, accès facile depuis Clermont-Ferrand par la D941.",
                "Panorama exceptionnel sur les volcans d’Auvergne et la faille de Limagne.",
                "Produits du terroir, saint-nectaire fermier et vins des Côtes d’Auvergne.",
                "Ouvert toute l’année sauf en janvier ; réservation conseillée en juillet et en août.");
        var sentencesEn = List.of(
                "In the heart of the Chaîne des Puys, a UNESCO World Heritage site.",
                "A warm welcome, guided tours and family activities during the school holidays.",
                "Free parking nearby, easy access from Clermont-Ferrand on the D941.",
                "Outstanding views over the Auvergne volcanoes and the Limagne fault.",
                "Local produce, farmhouse Saint-Nectaire cheese and Côtes d’Auvergne wines.");
        int count = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(
                    "{\"@context\": {\"schema\": \"http://schema.org/\", \"rdfs\": \"http://www.w3.org/2000/01/rdf-schema#\", "
                            + "\"foaf\": \"http://xmlns.com/foaf/0.1/\", \"\": \"https://www.datatourisme.fr/ontology/core#\"},\n"
                            + "\"@graph\": [\n");
            long written = 200;
            while (written < targetBytes) {
                count++;
                var kind = kinds.get(random.nextInt(kinds.size()));
                var place = places.get(random.nextInt(places.size()));
                var lat = 45.3 + random.nextDouble() * 0.9;
                var lon = 2.4 + random.nextDouble() * 1.5;
                var fr = new StringBuilder();
                var en = new StringBuilder();
                for (int i = 0; i < 8; i++) {
                    fr.append(sentencesFr.get(random.nextInt(sentencesFr.size())))
                            .append(' ');
                    en.append(sentencesEn.get(random.nextInt(sentencesEn.size())))
                            .append(' ');
                }
                var geo = count % 100 == 0
                        ? ""
                        : String.format(
                                Locale.ROOT,
                                "\"schema:geo\": {\"schema:latitude\": \"%.6f\", \"schema:longitude\": \"%.6f\"}, ",
                                lat,
                                lon);
                var dates = kind.fr().equals("Fête")
                        ? ", \":takesPlaceAt\": [{\":startDate\": \"2026-07-1" + random.nextInt(10)
                                + "\", \":endDate\": \"2026-07-2" + random.nextInt(10) + "\"}]"
                        : "";
                var record = String.format(
                        Locale.ROOT,
                        """
                        %s{"@id": "%s%08d", "@type": [%s],
                          "rdfs:label": [{"@language": "fr", "@value": "%s de %s n° %d"}, {"@language": "en", "@value": "%s of %s no. %d"}],
                          "rdfs:comment": [{"@language": "fr", "@value": "%s"}, {"@language": "en", "@value": "%s"}],
                          ":hasTheme": [{"rdfs:label": [{"@language": "fr", "@value": "%s"}]}],
                          ":isLocatedAt": [{%s"schema:address": [{"schema:streetAddress": ["%d rue des Volcans"], "schema:postalCode": "63%03d", ":hasAddressCity": {"rdfs:label": [{"@language": "fr", "@value": "%s"}], ":insee": "63%03d"}}]}],
                          ":hasContact": [{"schema:email": ["contact%d@example.fr"], "schema:telephone": ["04 73 %02d %02d %02d"], "foaf:homepage": "https://www.example.fr/poi/%d"}],
                          ":lastUpdate": "2025-%02d-%02d"%s}""",
                        count == 1 ? "" : ",\n",
                        PREFIX,
                        count,
                        kind.types(),
                        kind.fr(),
                        place,
                        count,
                        kind.en(),
                        place,
                        count,
                        fr.toString().strip(),
                        en.toString().strip(),
                        kind.theme(),
                        geo,
                        1 + random.nextInt(120),
                        random.nextInt(1000),
                        place,
                        random.nextInt(1000),
                        count,
                        random.nextInt(100),
                        random.nextInt(100),
                        random.nextInt(100),
                        count,
                        1 + random.nextInt(12),
                        1 + random.nextInt(28),
                        dates);
                out.write(record);
                written += record.getBytes(StandardCharsets.UTF_8).length;
            }
            out.write("\n]}\n");
        }
        return count;
    }

    private record Kind(String types, String fr, String en, String theme) {}

    /** Heap in use once the garbage is collected. */
    private static long settledHeap() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        return heap.getUsed();
    }

    /** The most heap in use, sampled every 10 ms on a thread of its own. */
    private static final class HeapSampler extends Thread {
        private final AtomicLong peak = new AtomicLong();
        private volatile boolean running = true;

        HeapSampler() {
            super("heap-sampler");
            setDaemon(true);
        }

        @Override
        public void run() {
            var runtime = Runtime.getRuntime();
            while (running) {
                peak.accumulateAndGet(runtime.totalMemory() - runtime.freeMemory(), Math::max);
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        void stopSampling() throws InterruptedException {
            running = false;
            join();
        }

        long peak() {
            return peak.get();
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static long mb(long bytes) {
        return bytes / (1024 * 1024);
    }
}
