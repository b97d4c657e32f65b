package org.comptoir.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** The survey's defaults, in the code and in application.yml: the kiosk resets after 30 s of idleness. */
class SurveySettingsTest {

    @Test
    void the_kiosk_goes_back_to_its_first_screen_after_thirty_seconds_unless_set_otherwise() throws IOException {
        var defaults = SurveySettings.defaults();

        assertThat(defaults.kioskIdle()).isEqualTo(Duration.ofSeconds(30));
        assertThat(defaults.thanksFor()).isEqualTo(Duration.ofSeconds(10));
        assertThat(defaults.kioskUntil()).isEqualTo(LocalTime.of(23, 59));
        assertThat(defaults.sheetValidity()).isEqualTo(Duration.ofDays(30));
        assertThat(defaults.kioskPerMinute()).isEqualTo(20);
        assertThat(defaults.addressPerMinute()).isEqualTo(5);
        assertThat(defaults.enabled()).isTrue();
        assertThat(survey())
                .containsEntry("enabled", true)
                .containsEntry("kiosk-idle", "30s")
                .containsEntry("kiosk-until", "23:59")
                .containsEntry("sheet-validity", "30d")
                .containsEntry("kiosk-per-minute", 20)
                .containsEntry("address-per-minute", 5);
    }

    @Test
    void nonsense_values_fall_back_to_the_defaults() {
        var settings = new SurveySettings(true, Duration.ZERO, null, Duration.ofDays(-1), -3, 0);

        assertThat(settings.kioskIdle()).isEqualTo(SurveySettings.DEFAULT_KIOSK_IDLE);
        assertThat(settings.sheetValidity()).isEqualTo(SurveySettings.DEFAULT_SHEET_VALIDITY);
        assertThat(settings.kioskPerMinute()).isEqualTo(SurveySettings.DEFAULT_KIOSK_PER_MINUTE);
        assertThat(settings.addressPerMinute()).isEqualTo(SurveySettings.DEFAULT_ADDRESS_PER_MINUTE);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> survey() throws IOException {
        Map<String, Object> root = new Yaml().load(Files.readString(Path.of("src/main/resources/application.yml")));
        var comptoir = (Map<String, Object>) root.get("comptoir");
        return (Map<String, Object>) comptoir.get("survey");
    }
}
