package org.comptoir.attraction.datatourisme;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.comptoir.base.RuleViolation;
import org.comptoir.base.StartupOrder;
import org.comptoir.base.Translations;
import org.comptoir.security.CurrentUser;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * The import from the command line, without the web server:
 * {@code java -jar comptoir.jar --comptoir.import.file=poi.jsonld [--comptoir.import.commit=true]
 * [--comptoir.import.language=en]}. Prints the preview's summary and every rejected record, commits
 * only when asked, then stops the application with exit code 0 (done), 1 (file not readable) or 2
 * (commit refused, nothing written). Runs as the admin role; exists only when the file is given.
 */
@Component
@ConditionalOnProperty(ImportCommand.FILE)
@Order(StartupOrder.COMMANDS)
class ImportCommand implements ApplicationRunner {

    static final String FILE = "comptoir.import.file";
    static final String COMMIT = "comptoir.import.commit";
    static final String LANGUAGE = "comptoir.import.language";
    static final int OK = 0;
    static final int FILE_ERROR = 1;
    static final int COMMIT_FAILED = 2;

    private final ImportService imports;
    private final Translations translations;
    private final Environment environment;
    private final ConfigurableApplicationContext context;

    ImportCommand(
            ImportService imports,
            Translations translations,
            Environment environment,
            ConfigurableApplicationContext context) {
        this.imports = imports;
        this.translations = translations;
        this.environment = environment;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        var file = Path.of(environment.getRequiredProperty(FILE));
        var commit = environment.getProperty(COMMIT, Boolean.class, false);
        var locale = Translations.supported(Locale.forLanguageTag(environment.getProperty(LANGUAGE, "fr")));
        var code = execute(file, commit, locale, System.out);
        System.exit(SpringApplication.exit(context, () -> code));
    }

    /** Previews the file, prints what it found, commits when asked; the exit code. */
    int execute(Path file, boolean commit, Locale locale, PrintStream out) {
        ImportReason.Translator t = (key, params) -> translations.getTranslation(key, locale, params);
        return CurrentUser.asAdmin("import", () -> {
            if (!Files.isRegularFile(file)) {
                out.println(t.get("import.cli.no-file", file));
                return FILE_ERROR;
            }
            var preview = imports.preview(file, file.getFileName().toString());
            if (preview.fileError() != null) {
                out.println(t.get(
                        "import.cli.file-error",
                        preview.fileName(),
                        preview.fileError().text(t)));
                return FILE_ERROR;
            }
            var counts = preview.counts();
            out.println(t.get(
                    "import.cli.summary",
                    preview.fileName(),
                    preview.lines().size(),
                    counts.get(ImportOutcome.NEW),
                    counts.get(ImportOutcome.UPDATED),
                    counts.get(ImportOutcome.UNCHANGED),
                    counts.get(ImportOutcome.REJECTED)));
            preview.lines().stream()
                    .filter(line -> line.outcome() == ImportOutcome.REJECTED)
                    .forEach(line -> out.println("  "
                            + t.get(
                                    "import.cli.rejected",
                                    line.number(),
                                    line.name(),
                                    String.join(
                                            " ; ",
                                            line.reasons().stream()
                                                    .map(r -> r.text(t))
                                                    .toList()))));
            if (!commit) {
                out.println(t.get("import.cli.preview-only"));
                return OK;
            }
            if (!preview.committable()) {
                out.println(t.get("import.cli.nothing"));
                return OK;
            }
            try {
                var result = imports.commit(preview);
                out.println(t.get(
                        "import.done", result.created(), result.updated(), result.unchanged(), result.rejected()));
                return OK;
            } catch (RuleViolation refused) {
                out.println(t.get("import.failed", t.get(refused.messageKey(), refused.arguments())));
                return COMMIT_FAILED;
            } catch (DataAccessException failure) {
                out.println(t.get(
                        "import.failed",
                        String.valueOf(failure.getMostSpecificCause().getMessage())));
                return COMMIT_FAILED;
            }
        });
    }
}
