package org.comptoir.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.comptoir.ComptoirTest;
import org.comptoir.TestUsers;
import org.comptoir.attraction.AttractionService;
import org.comptoir.reference.WorldRegion.Market;
import org.comptoir.security.AppRoles;
import org.comptoir.suggestion.SheetLanguage;
import org.comptoir.visit.ConversationLanguage;
import org.comptoir.visit.InteractionDetails;
import org.comptoir.visit.InteractionSheetPdf;
import org.comptoir.visit.Interactions;
import org.comptoir.visit.VisitService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The suggestion sheet of a saved interaction carries the survey's QR code: a one-use code for that visitor, in the
 * conversation's language, that answers for the interaction's desk and market, and nothing of the visitor in it.
 */
@ComptoirTest
class SheetSurveyTest {

    @Autowired
    InteractionSheetPdf sheets;

    @Autowired
    VisitService visits;

    @Autowired
    AttractionService attractions;

    @Autowired
    SurveyService surveys;

    @BeforeEach
    void aRequestToTheOfficesAddress() {
        var request = new MockHttpServletRequest("GET", "/sheets/interactions/1.pdf");
        request.setScheme("https");
        request.setServerName("comptoir.example.org");
        request.setServerPort(443);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }

    @AfterEach
    void forgetTheRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void each_sheet_of_an_interaction_has_its_own_code_and_the_first_answer_closes_them_all() throws IOException {
        var interaction = asCounsellor(() -> Interactions.phoneCall(visits, attractions, ConversationLanguage.NL, 2));

        var first = surveyLink(interaction);
        var second = surveyLink(interaction);

        // the page, a token and the language: nothing else, nothing about the visitor
        assertThat(first)
                .matches("https://comptoir\\.example\\.org/survey/[A-Za-z0-9_-]{24}\\?lang=nl")
                .isNotEqualTo(second);
        var code = token(first);
        assertThat(surveys.invitation(code)).contains(new SurveyInvitation(interaction.deskId(), Market.EUROPE));
        var text = asCounsellor(
                () -> text(sheets.of(interaction.id()).orElseThrow().pdf()));
        assertThat(text).contains("Uw mening telt");

        asVisitor(() -> surveys.answerInvitation(
                code, SurveyAnswerDraft.in(SheetLanguage.NL).withScores(5, 5, 5, 10), "192.0.2.1"));

        assertThatThrownBy(() -> asVisitor(() -> surveys.answerInvitation(
                        token(second), SurveyAnswerDraft.in(SheetLanguage.NL).withScores(1, 1, 1, 0), "192.0.2.1")))
                .hasMessage(SurveyRefused.TOKEN);
    }

    private String surveyLink(InteractionDetails interaction) throws IOException {
        var pdf = asCounsellor(() -> sheets.of(interaction.id()).orElseThrow().pdf());
        return links(pdf).stream()
                .filter(link -> link.contains("/survey/"))
                .findFirst()
                .orElseThrow();
    }

    private static String token(String link) {
        return link.substring(link.indexOf("/survey/") + "/survey/".length(), link.indexOf('?'));
    }

    private static List<String> links(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            var links = new ArrayList<String>();
            for (var annotation : document.getPage(0).getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                    links.add(uri.getURI());
                }
            }
            return links;
        }
    }

    private static String text(byte[] pdf) {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T asCounsellor(Supplier<T> action) {
        return TestUsers.as("counsellor", AppRoles.COUNSELLOR, action);
    }

    private static void asVisitor(Runnable action) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new AnonymousAuthenticationToken(
                "visitor", "anonymous", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        SecurityContextHolder.setContext(context);
        try {
            action.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
