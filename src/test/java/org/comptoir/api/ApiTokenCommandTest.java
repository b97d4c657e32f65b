package org.comptoir.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.comptoir.ComptoirTest;
import org.comptoir.base.Translations;
import org.comptoir.security.DeskDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.env.MockEnvironment;

/** The README's shell session: a token created from the command line, its secret alone on the output. */
@ComptoirTest
class ApiTokenCommandTest {

    @LocalServerPort
    int port;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    DeskDirectory desks;

    @Autowired
    Translations translations;

    @Autowired
    ConfigurableApplicationContext context;

    @Test
    void the_command_prints_a_secret_that_works_at_once() {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();

        var code = command(new MockEnvironment()
                        .withProperty(ApiTokenCommand.CREATE, "cli-" + System.nanoTime() % 1_000_000)
                        .withProperty(ApiTokenCommand.SCOPES, "attractions:read, reports:read"))
                .execute(print(out), print(err));

        assertThat(code).isZero();
        var secret = out.toString(StandardCharsets.UTF_8).strip();
        assertThat(secret).startsWith("cpt_").doesNotContain("\n");
        assertThat(new ApiClient(port).get("/api/v1/attractions?size=1", secret).statusCode())
                .isEqualTo(200);
    }

    @Test
    void an_unknown_scope_or_a_missing_one_is_refused_with_exit_code_2_saying_why() {
        var err = new ByteArrayOutputStream();
        var none = new ByteArrayOutputStream();

        var unknown = command(new MockEnvironment()
                        .withProperty(ApiTokenCommand.CREATE, "cli-bad")
                        .withProperty(ApiTokenCommand.SCOPES, "everything"))
                .execute(print(new ByteArrayOutputStream()), print(err));
        var missing = command(new MockEnvironment().withProperty(ApiTokenCommand.CREATE, "cli-none"))
                .execute(print(new ByteArrayOutputStream()), print(none));

        assertThat(unknown).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown scope everything", "interactions:write");
        assertThat(missing).isEqualTo(2);
        assertThat(none.toString(StandardCharsets.UTF_8)).contains("scopes: Choose at least one right.");
    }

    private ApiTokenCommand command(MockEnvironment environment) {
        return new ApiTokenCommand(tokens, desks, translations, environment, context);
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }
}
