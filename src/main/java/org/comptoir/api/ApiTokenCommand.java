package org.comptoir.api;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import org.comptoir.base.StartupOrder;
import org.comptoir.base.Translations;
import org.comptoir.security.CurrentUser;
import org.comptoir.security.DeskDirectory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Creates a token from the command line, for a shell session or a provisioning script (the README's):
 * {@code java -jar comptoir.jar --comptoir.api-token.create=kiosk --comptoir.api-token.scopes=interactions:write}
 * prints the secret alone on the standard output, then stops (exit 0; 2 when refused). Like Admin › API, it is
 * audited, as the admin "command-line". Exists only when asked.
 */
@Component
@ConditionalOnProperty(ApiTokenCommand.CREATE)
@Order(StartupOrder.COMMANDS)
class ApiTokenCommand implements ApplicationRunner {

    static final String CREATE = "comptoir.api-token.create";
    static final String SCOPES = "comptoir.api-token.scopes";
    static final String DESK = "comptoir.api-token.desk";
    static final String PER_MINUTE = "comptoir.api-token.per-minute";
    static final String EXPIRES = "comptoir.api-token.expires";
    static final int OK = 0;
    static final int REFUSED = 2;

    private final ApiTokenService tokens;
    private final DeskDirectory desks;
    private final Translations translations;
    private final Environment environment;
    private final ConfigurableApplicationContext context;

    ApiTokenCommand(
            ApiTokenService tokens,
            DeskDirectory desks,
            Translations translations,
            Environment environment,
            ConfigurableApplicationContext context) {
        this.tokens = tokens;
        this.desks = desks;
        this.translations = translations;
        this.environment = environment;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        var code = execute(System.out, System.err);
        System.exit(SpringApplication.exit(context, () -> code));
    }

    int execute(PrintStream out, PrintStream err) {
        return CurrentUser.asAdmin("command-line", () -> {
            var scopes = EnumSet.noneOf(ApiScope.class);
            for (var code : environment.getProperty(SCOPES, "").split(",")) {
                if (code.isBlank()) {
                    continue;
                }
                var scope = ApiScope.fromCode(code.strip());
                if (scope.isEmpty()) {
                    err.println("unknown scope " + code.strip() + ": "
                            + String.join(
                                    ", ",
                                    Arrays.stream(ApiScope.values())
                                            .map(ApiScope::code)
                                            .toList()));
                    return REFUSED;
                }
                scopes.add(scope.get());
            }
            var desk = Optional.ofNullable(environment.getProperty(DESK, Long.class))
                    .or(() -> desks.activeDesks(Locale.FRENCH).stream()
                            .findFirst()
                            .map(DeskDirectory.DeskOption::id))
                    .orElse(-1L);
            LocalDate expires;
            try {
                var day = environment.getProperty(EXPIRES);
                expires = day == null || day.isBlank() ? null : LocalDate.parse(day.strip());
            } catch (DateTimeParseException wrong) {
                err.println(EXPIRES + ": a day, e.g. 2027-12-31");
                return REFUSED;
            }
            try {
                var created = tokens.create(new ApiTokenDraft(
                        environment.getRequiredProperty(CREATE),
                        scopes,
                        desk,
                        environment.getProperty(PER_MINUTE, Integer.class, ApiTokenDraft.DEFAULT_PER_MINUTE),
                        expires));
                out.println(created.secret());
                return OK;
            } catch (ApiTokenInvalid invalid) {
                invalid.fieldErrors()
                        .forEach((field, key) ->
                                err.println(field + ": " + translations.getTranslation(key, Locale.ENGLISH)));
                return REFUSED;
            }
        });
    }
}
