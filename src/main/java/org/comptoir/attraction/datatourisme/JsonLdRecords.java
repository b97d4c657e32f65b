package org.comptoir.attraction.datatourisme;

import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The points of a DATAtourisme JSON-LD export, read one {@code @graph} element at a time: the parser
 * streams through the file and only the current element becomes a tree. Accepts {@code {"@graph": [...]}}
 * and a bare array of points. Properties are found by their local name, whatever the prefix
 * ({@code :isLocatedAt}, {@code isLocatedAt}, or a full URI).
 */
final class JsonLdRecords implements SourceReader.Records {

    // each element is bound on its own while the parser goes on: what follows it is not "trailing"
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final JsonParser parser;
    private final RecordBound bound;
    private boolean started;
    private boolean ended;
    private int number;

    JsonLdRecords(Reader text) {
        // one record may not be longer than a CSV record: a giant one is stopped before it fills the memory
        this.bound = new RecordBound(text, CsvRecords.MAX_RECORD);
        this.parser = MAPPER.createParser(bound);
    }

    @Override
    public @Nullable SourceRecord next() {
        if (ended) {
            return null;
        }
        if (!started) {
            started = true;
            findGraph();
        }
        var token = parser.nextToken();
        if (token == JsonToken.END_ARRAY) {
            readToEnd();
            ended = true;
            return null;
        }
        if (token == null) {
            throw new ImportFileError("import.file.json-truncated", line());
        }
        number++;
        bound.startRecord(number);
        JsonNode node = MAPPER.readTree(parser);
        if (node == null || !node.isObject()) {
            return SourceRecord.malformed(number, null, ImportReason.of("import.reason.not-an-object"));
        }
        return read(number, node);
    }

    @Override
    public long line() {
        return parser.currentLocation().getLineNr();
    }

    /** Moves to the start of the array of points. */
    private void findGraph() {
        var token = parser.nextToken();
        if (token == JsonToken.START_ARRAY) {
            return;
        }
        if (token != JsonToken.START_OBJECT) {
            throw new ImportFileError("import.file.no-graph");
        }
        while ((token = parser.nextToken()) == JsonToken.PROPERTY_NAME) {
            var name = parser.currentName();
            token = parser.nextToken();
            if ("@graph".equals(name) && token == JsonToken.START_ARRAY) {
                return;
            }
            parser.skipChildren();
        }
        throw new ImportFileError("import.file.no-graph");
    }

    /** Reads what follows the array, so that a truncated or damaged end is noticed too. */
    private void readToEnd() {
        JsonToken token;
        while ((token = parser.nextToken()) != null) {
            if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                parser.skipChildren();
            }
        }
        if (parser.streamReadContext() != null && !parser.streamReadContext().inRoot()) {
            throw new ImportFileError("import.file.json-truncated", line());
        }
    }

    static SourceRecord read(int number, JsonNode poi) {
        var uri = text(poi.get("@id"));
        var types = new ArrayList<String>();
        values(poi.get("@type")).forEach(t -> addText(types, t));
        var themes = new ArrayList<String>();
        for (var theme : values(prop(poi, "hasTheme"))) {
            if (theme.isObject()) {
                addText(themes, theme.get("@id"));
                langTexts(prop(theme, "label")).values().forEach(themes::add);
            } else {
                addText(themes, theme);
            }
        }
        var place = first(prop(poi, "isLocatedAt"));
        var geo = first(prop(place, "geo"));
        var address = first(prop(place, "address"));
        var street = String.join(
                ", ",
                values(prop(address, "streetAddress")).stream()
                        .map(JsonLdRecords::text)
                        .filter(s -> s != null && !s.isBlank())
                        .toList());
        var city = first(prop(address, "hasAddressCity"));
        var cityName = city != null && city.isObject() ? firstLang(langTexts(prop(city, "label"))) : text(city);
        if (cityName == null) {
            cityName = text(first(prop(address, "addressLocality")));
        }
        String email = null;
        String website = null;
        String phone = null;
        for (var contact : values(prop(poi, "hasContact"))) {
            email = email != null ? email : text(first(prop(contact, "email")));
            website = website != null ? website : text(first(prop(contact, "homepage")));
            phone = phone != null ? phone : text(first(prop(contact, "telephone")));
        }
        var periods = new ArrayList<SourceRecord.Period>();
        for (var period : values(prop(poi, "takesPlaceAt"))) {
            periods.add(new SourceRecord.Period(
                    text(first(prop(period, "startDate"))), text(first(prop(period, "endDate")))));
        }
        return new SourceRecord(
                number,
                uri,
                types,
                themes,
                langTexts(prop(poi, "label")),
                langTexts(prop(poi, "comment")),
                text(first(prop(geo, "latitude"))),
                text(first(prop(geo, "longitude"))),
                street.isEmpty() ? null : street,
                text(first(prop(address, "postalCode"))),
                cityName,
                city != null && city.isObject() ? text(first(prop(city, "insee"))) : null,
                email,
                website,
                phone,
                text(first(prop(poi, "lastUpdate"))),
                periods,
                null);
    }

    /** The value of the property with this local name (after the last ':', '#' or '/'), or null. */
    static @Nullable JsonNode prop(@Nullable JsonNode node, String localName) {
        if (node == null || !node.isObject()) {
            return null;
        }
        for (var entry : node.properties()) {
            if (localName(entry.getKey()).equals(localName)) {
                return entry.getValue();
            }
        }
        return null;
    }

    static String localName(String key) {
        var cut = Math.max(key.lastIndexOf(':'), Math.max(key.lastIndexOf('#'), key.lastIndexOf('/')));
        return key.substring(cut + 1);
    }

    /** A single value or each value of a list. */
    static List<JsonNode> values(@Nullable JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return List.of();
        }
        if (node.isArray()) {
            var list = new ArrayList<JsonNode>();
            node.forEach(list::add);
            return list;
        }
        return List.of(node);
    }

    static @Nullable JsonNode first(@Nullable JsonNode node) {
        var all = values(node);
        return all.isEmpty() ? null : all.getFirst();
    }

    /** A literal as text: a string, a number, {"@value": …} or a reference {"@id": …}. */
    static @Nullable String text(@Nullable JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isArray()) {
            return text(first(node));
        }
        if (node.isObject()) {
            var value = node.get("@value");
            return value != null ? text(value) : text(node.get("@id"));
        }
        if (node.isString() || node.isNumber() || node.isBoolean()) {
            var value = node.asString().strip();
            return value.isEmpty() ? null : value;
        }
        return null;
    }

    private static void addText(List<String> list, @Nullable JsonNode node) {
        var text = text(node);
        if (text != null) {
            list.add(text);
        }
    }

    /**
     * Texts by language from {"@language", "@value"} objects (one or a list), a plain string (no
     * language) or a language map ({"fr": ["…"], "en": "…"}). The first text of each language wins.
     */
    static Map<String, String> langTexts(@Nullable JsonNode node) {
        var texts = new LinkedHashMap<String, String>();
        for (var value : values(node)) {
            if (value.isObject() && value.has("@value")) {
                var text = text(value.get("@value"));
                if (text != null) {
                    texts.putIfAbsent(language(text(value.get("@language"))), text);
                }
            } else if (value.isObject()) {
                for (var entry : value.properties()) {
                    for (var item : values(entry.getValue())) {
                        var text = text(item);
                        if (text != null) {
                            texts.putIfAbsent(language(entry.getKey()), text);
                        }
                    }
                }
            } else {
                var text = text(value);
                if (text != null) {
                    texts.putIfAbsent("", text);
                }
            }
        }
        return texts;
    }

    private static @Nullable String firstLang(Map<String, String> texts) {
        var french = texts.get("fr");
        return french != null ? french : texts.values().stream().findFirst().orElse(null);
    }

    /** "fr-FR" → "fr"; none → "". */
    static String language(@Nullable String tag) {
        if (tag == null) {
            return "";
        }
        var dash = tag.indexOf('-');
        return (dash < 0 ? tag : tag.substring(0, dash)).strip().toLowerCase(Locale.ROOT);
    }
}
