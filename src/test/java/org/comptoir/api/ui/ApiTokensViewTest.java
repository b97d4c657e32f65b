package org.comptoir.api.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;
import org.comptoir.ViewTest;
import org.comptoir.api.ApiScope;
import org.comptoir.security.AppRoles;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.context.support.WithMockUser;

/** Admin › API: an admin creates a token, sees its secret once, and revokes it. */
@WithMockUser(username = "admin", roles = AppRoles.ADMIN)
class ApiTokensViewTest extends ViewTest {

    @LocalServerPort
    int port;

    @Test
    void a_token_created_shows_its_secret_once_works_at_once_and_stops_working_when_revoked() throws Exception {
        var view = navigate(ApiTokensView.class);
        var name = "kiosk-" + System.nanoTime() % 1_000_000;

        test(view.name).setValue(name);
        view.scopes.setValue(Set.of(ApiScope.ATTRACTIONS_READ, ApiScope.REPORTS_READ));
        test(view.create).click();

        assertThat(view.created).isNotNull();
        assertThat(view.created.isOpened()).isTrue();
        var secret = view.secret.getValue();
        assertThat(secret).startsWith("cpt_");
        assertThat(status(secret)).isEqualTo(200);
        var row = row(view, name);
        assertThat(test(view.grid).getCellText(row, 1)).isEqualTo("reports:read, attractions:read");
        assertThat(test(view.grid).getCellText(row, 6)).isEqualTo("Actif");
        assertThat(test(view.grid).getCellText(row, 5)).isEqualTo("jamais");

        test((Button) test(view.grid).getCellComponent(row, 7)).click();
        test($(ConfirmDialog.class).single()).confirm();

        assertThat(test(view.grid).getCellText(row(view, name), 6)).isEqualTo("Révoqué");
        assertThat(test(view.grid).getCellText(row(view, name), 5))
                .as("its last use")
                .isNotEqualTo("jamais");
        assertThat(status(secret)).isEqualTo(401);
        assertThat(notifications()).contains("Jeton « " + name + " » révoqué.");
    }

    @Test
    void a_token_without_name_or_scope_is_refused_with_each_field_saying_why() {
        var view = navigate(ApiTokensView.class);

        test(view.create).click();

        assertThat(view.created).isNull();
        assertThat(view.name.isInvalid()).isTrue();
        assertThat(view.name.getErrorMessage()).isEqualTo("Donnez un nom.");
        assertThat(view.scopes.isInvalid()).isTrue();
        assertThat(view.scopes.getErrorMessage()).isEqualTo("Choisissez au moins un droit.");
    }

    @Test
    void the_view_speaks_english() {
        useLocale(Locale.ENGLISH);
        var view = navigate(ApiTokensView.class);

        assertThat(view.create.getText()).isEqualTo("Create token");
        assertThat(test(view.grid).getHeaderCell(5)).isEqualTo("Last used");
    }

    private int row(ApiTokensView view, String name) {
        var grid = test(view.grid);
        return IntStream.range(0, grid.size())
                .filter(i -> grid.getRow(i).name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private int status(String secret) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/attractions?size=1"))
                                .header("Authorization", "Bearer " + secret)
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }
}
