package org.comptoir.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Locale;
import org.comptoir.reference.WorldRegion.Market;
import org.junit.jupiter.api.Test;

class WorldRegionTest {

    @Test
    void every_country_of_the_origin_list_is_placed_in_an_m49_sub_region() {
        var unplaced = Arrays.stream(Locale.getISOCountries())
                .filter(code -> WorldRegion.of(code) == WorldRegion.OTHER)
                .toList();

        assertThat(unplaced).containsOnly("AQ");
    }

    @Test
    void markets_are_france_the_rest_of_europe_and_the_rest_of_the_world() {
        assertThat(WorldRegion.market("FR")).isEqualTo(Market.FRANCE);
        assertThat(WorldRegion.market("DE")).isEqualTo(Market.EUROPE);
        assertThat(WorldRegion.market("GB")).isEqualTo(Market.EUROPE);
        assertThat(WorldRegion.market("CH")).isEqualTo(Market.EUROPE);
        assertThat(WorldRegion.market("US")).isEqualTo(Market.LONG_HAUL);
        assertThat(WorldRegion.market("JP")).isEqualTo(Market.LONG_HAUL);
        assertThat(WorldRegion.market("TR"))
                .as("M49 places Turkey in Western Asia")
                .isEqualTo(Market.LONG_HAUL);
        assertThat(WorldRegion.of("NL")).isEqualTo(WorldRegion.WESTERN_EUROPE);
        assertThat(WorldRegion.of("CN").m49()).isEqualTo("030");
    }
}
