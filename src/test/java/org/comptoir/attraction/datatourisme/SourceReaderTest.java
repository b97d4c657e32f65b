package org.comptoir.attraction.datatourisme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The streaming readers on realistic DATAtourisme files and on broken ones.
 */
class SourceReaderTest {

    @TempDir
    Path temp;

    @Test
    void a_json_ld_export_is_read_point_by_point_with_languages_places_contacts_and_themes() throws Exception {
        var records = readAll(Fixtures.path("clermont-sample.jsonld"));
        assertThat(records).hasSize(11);

        var museum = records.getFirst();
        assertThat(museum.number()).isEqualTo(1);
        assertThat(museum.uri()).isEqualTo(Fixtures.BASE + "a1f2c3d4-0001-4e5f-8a9b-gergovie0001");
        assertThat(museum.types())
                .containsExactly("schema:Museum", ":CulturalSite", ":PointOfInterest", "schema:TouristAttraction");
        assertThat(museum.labels())
                .containsEntry("fr", "Maison de site du plateau de Gergovie")
                .containsEntry("en", "Gergovie Plateau Visitor Centre")
                .containsEntry("de", "Besucherzentrum des Gergovia-Plateaus");
        assertThat(museum.comments().get("en")).startsWith("On the plateau where Vercingetorix");
        assertThat(museum.themes()).contains("kb:Archaeology", "Archéologie", "Patrimoine et histoire");
        assertThat(museum.latitude()).isEqualTo("45.7097");
        assertThat(museum.longitude()).isEqualTo("3.1236");
        assertThat(museum.street()).isEqualTo("Plateau de Gergovie");
        assertThat(museum.postalCode()).isEqualTo("63670");
        assertThat(museum.city()).isEqualTo("La Roche-Blanche");
        assertThat(museum.insee()).isEqualTo("63302");
        assertThat(museum.email()).isEqualTo("contact@gergovie.example.fr");
        assertThat(museum.phone()).isEqualTo("+33 4 73 79 42 98");
        assertThat(museum.website()).isEqualTo("https://www.gergovie.example.fr/");
        assertThat(museum.lastUpdate()).isEqualTo("2025-03-14");
        assertThat(museum.malformed()).isNull();
    }

    @Test
    void numbers_values_language_maps_and_plain_strings_are_all_understood() throws Exception {
        var records = readAll(Fixtures.path("clermont-sample.jsonld"));
        var trail = records.get(1);
        assertThat(trail.latitude()).as("a JSON number").isEqualTo("45.7561");
        assertThat(trail.comments()).as("a single language object").containsOnlyKeys("fr");
        var inn = records.get(2);
        assertThat(inn.labels())
                .as("a language map")
                .containsEntry("fr", "Auberge des Muletiers")
                .containsEntry("en", "Muletiers Inn");
        assertThat(inn.comments()).as("a plain string has no language").containsOnlyKeys("");
        assertThat(inn.latitude()).as("a typed @value").isEqualTo("45.7836");
        assertThat(inn.lastUpdate()).isEqualTo("2025-06-20T08:30:00Z");
        var festival = records.get(3);
        assertThat(festival.periods()).containsExactly(new SourceRecord.Period("2026-07-10", "2026-07-12"));
        var office = records.get(10);
        assertThat(office.latitude()).as("no schema:geo").isNull();
        assertThat(office.street()).isEqualTo("1 avenue Auguste-Rouzaud");
    }

    @Test
    void the_reader_fingerprints_the_whole_file() throws Exception {
        var file = Fixtures.path("clermont-sample.jsonld");
        try (var reader = SourceReader.open(file)) {
            assertThat(reader.format()).isEqualTo(ImportFormat.JSON_LD);
            assertThatThrownBy(reader::digest).isInstanceOf(IllegalStateException.class);
            while (reader.next() != null) {
                // read to the end
            }
            var expected = HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
            assertThat(reader.digest()).isEqualTo(expected);
        }
    }

    @Test
    void an_element_that_is_not_an_object_is_a_malformed_record_and_reading_goes_on() throws Exception {
        var records = readAll(Fixtures.path("broken-records.jsonld"));
        assertThat(records).hasSize(14);
        assertThat(records.get(8).malformed()).isEqualTo(ImportReason.of("import.reason.not-an-object"));
        assertThat(records.get(13).labels()).containsEntry("fr", "Musée aux contacts douteux");
    }

    @Test
    void a_bare_array_of_points_is_accepted_too() throws Exception {
        var file = Fixtures.write(
                temp.resolve("array.json"),
                "[{\"@id\": \"https://x.example/1\", "
                        + "\"rdfs:label\": \"Un point\"}, {\"@id\": \"https://x.example/2\"}]");
        var records = readAll(file);
        assertThat(records).extracting(SourceRecord::uri).containsExactly("https://x.example/1", "https://x.example/2");
        assertThat(records.getFirst().labels()).containsEntry("", "Un point");
    }

    @Test
    void a_semicolon_csv_with_a_bom_quotes_and_line_breaks_in_fields_is_read_line_by_line() throws Exception {
        var records = readAll(Fixtures.path("sample.csv"));
        assertThat(records)
                .extracting(SourceRecord::number)
                .as("the line each record starts on")
                .containsExactly(2, 4, 5, 6, 7);
        var castle = records.getFirst();
        assertThat(castle.uri()).isEqualTo(Fixtures.BASE + "c0000000-0001-4000-8000-labatisse01");
        assertThat(castle.labels()).containsEntry("fr", "Château de la Batisse");
        assertThat(castle.types()).containsExactly("CulturalSite", "Castle", "PointOfInterest");
        assertThat(castle.themes()).containsExactly("Patrimoine", "Châteaux et demeures");
        assertThat(castle.comments().get("fr"))
                .isEqualTo("Château des XIe–XVIIe siècles ; jardins à la française.\n" + "Visites guidées l’été.");
        assertThat(castle.insee()).isEqualTo("63084");
        assertThat(castle.lastUpdate()).isEqualTo("2025-02-03");
        assertThat(records.get(1).latitude())
                .as("French decimals are kept for the mapper")
                .isEqualTo("45,7050");
        assertThat(records.get(2).periods())
                .containsExactly(
                        new SourceRecord.Period("2026-05-01", "2026-05-01"),
                        new SourceRecord.Period("2026-09-06", "2026-09-06"));
        assertThat(records.get(3).labels()).containsEntry("fr", "Le \"Bouchon\" clermontois");
        assertThat(records.get(3).website()).isEqualTo("www.bouchon-clermontois.example.fr");
        assertThat(records.get(4).latitude()).isNull();
    }

    @Test
    void a_comma_csv_with_english_headers_and_english_names_is_read_too() throws Exception {
        var records = readAll(Fixtures.path("sample-comma.csv"));
        assertThat(records).hasSize(2);
        assertThat(records.getFirst().labels())
                .containsEntry("fr", "Donjon de Tournoël (visite nocturne)")
                .containsEntry("en", "Tournoël keep by night");
        assertThat(records.getFirst().types()).containsExactly("schema:TouristAttraction", ":Castle");
        assertThat(records.getFirst().comments()).containsEntry("fr", "Visites aux flambeaux, en été.");
        assertThat(records.get(1).themes()).containsExactly("Thermalisme", "Bien-être");
    }

    @Test
    void broken_csv_lines_are_malformed_records_and_the_others_are_read() throws Exception {
        var records = readAll(Fixtures.path("broken.csv"));
        assertThat(records).hasSize(5);
        assertThat(records.get(0).malformed()).isNull();
        assertThat(records.get(1).malformed()).isEqualTo(ImportReason.of("import.reason.csv-columns", 7, 16));
        assertThat(records.get(1).uri()).as("still named").endsWith("colonnes0002");
        assertThat(records.get(2).malformed()).isEqualTo(ImportReason.of("import.reason.csv-after-quote"));
        assertThat(records.get(3).malformed()).isNull();
        assertThat(records.get(4).malformed()).isEqualTo(ImportReason.of("import.reason.csv-quote"));
    }

    @Test
    void a_csv_line_too_long_to_be_a_record_is_refused_without_keeping_it() throws Exception {
        var header = "URI_ID_du_POI;Nom_du_POI;Latitude;Longitude\n";
        var file = Fixtures.write(
                temp.resolve("huge.csv"),
                header + "https://x.example/1;\"" + "a".repeat(300_000) + "\";45;3\nhttps://x.example/2;Petit;45;3\n");
        var records = readAll(file);
        assertThat(records).hasSize(2);
        assertThat(records.getFirst().malformed())
                .isEqualTo(ImportReason.of("import.reason.too-large", CsvRecords.MAX_RECORD));
        assertThat(records.get(1).labels()).containsEntry("fr", "Petit");
    }

    // Review finding 11: one JSON-LD record is bounded like a CSV line, before it is all in memory.
    @Test
    void a_json_ld_record_too_long_to_be_a_record_stops_the_file_with_its_number() throws Exception {
        var file = Fixtures.write(
                temp.resolve("huge.jsonld"),
                "{\"@graph\": [{\"@id\": \"https://x.example/1\"}, "
                        + "{\"@id\": \"https://x.example/2\", \"rdfs:comment\": [" + "\"a\",".repeat(150_000)
                        + "\"a\"]}]}");
        try (var reader = SourceReader.open(file)) {
            assertThat(reader.next()).isNotNull();
            assertThatThrownBy(reader::next).isInstanceOfSatisfying(ImportFileError.class, e -> {
                assertThat(e.messageKey()).isEqualTo("import.file.record-too-large");
                assertThat(e.arguments()).containsExactly(2, CsvRecords.MAX_RECORD);
            });
        }
    }

    @Test
    void files_that_cannot_be_read_give_a_clear_file_level_error() throws Exception {
        assertFileError(Fixtures.path("truncated.jsonld"), "import.file.json-truncated");
        assertFileError(Fixtures.path("syntax-error.jsonld"), "import.file.json-syntax");
        assertFileError(Fixtures.path("no-graph.json"), "import.file.no-graph");
        assertFileError(Fixtures.path("latin1.jsonld"), "import.file.not-utf8");
        assertFileError(Fixtures.path("not-utf8.csv"), "import.file.not-utf8");
        assertFileError(Fixtures.path("bad-header.csv"), "import.file.csv-header");
        assertFileError(Fixtures.write(temp.resolve("blank.jsonld"), "  \n"), "import.file.empty");
        assertFileError(Files.write(temp.resolve("empty.csv"), new byte[0]), "import.file.empty");
        assertFileError(
                Files.write(temp.resolve("image.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1}),
                "import.file.binary");
        var utf16 = new byte[] {(byte) 0xFF, (byte) 0xFE, '{', 0};
        assertFileError(Files.write(temp.resolve("utf16.jsonld"), utf16), "import.file.not-utf8");
    }

    @Test
    void invalid_utf8_is_located_near_its_line() throws Exception {
        var csv = "URI_ID_du_POI;Nom_du_POI;Latitude;Longitude\nhttps://x.example/1;Un;45;3\nhttps://x.example/2;"
                .getBytes(StandardCharsets.UTF_8);
        var file = temp.resolve("bad-byte.csv");
        Files.write(file, concat(csv, new byte[] {(byte) 0xE9}, ";45;3\n".getBytes(StandardCharsets.UTF_8)));
        try (var reader = SourceReader.open(file)) {
            assertThat(reader.next()).isNotNull();
            assertThatThrownBy(reader::next).isInstanceOfSatisfying(ImportFileError.class, e -> {
                assertThat(e.messageKey()).isEqualTo("import.file.not-utf8");
                assertThat(e.arguments()).containsExactly(3L);
            });
        }
    }

    private static void assertFileError(Path file, String key) {
        assertThatThrownBy(() -> readAll(file))
                .as(file.getFileName().toString())
                .isInstanceOfSatisfying(
                        ImportFileError.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    static List<SourceRecord> readAll(Path file) throws IOException {
        var records = new ArrayList<SourceRecord>();
        try (var reader = SourceReader.open(file)) {
            SourceRecord record;
            while ((record = reader.next()) != null) {
                records.add(record);
            }
            assertThat(reader.digest()).hasSize(64);
        }
        return records;
    }

    private static byte[] concat(byte[]... parts) {
        var out = new ByteArrayOutputStream();
        for (var part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
