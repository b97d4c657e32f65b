package org.comptoir.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.comptoir.ComptoirTest;
import org.comptoir.attraction.AttractionService;
import org.comptoir.base.RuleViolation;
import org.comptoir.contact.ContactDraft;
import org.comptoir.contact.ContactService;
import org.comptoir.security.AppRoles;
import org.comptoir.testmail.TestMailServer;
import org.comptoir.visit.ConversationLanguage;
import org.comptoir.visit.InteractionDetails;
import org.comptoir.visit.Interactions;
import org.comptoir.visit.VisitService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/** E-mails to visitors, received by a real SMTP server in the test JVM. */
@ComptoirTest
@Transactional
@WithMockUser(username = "counsellor", roles = AppRoles.COUNSELLOR)
@ExtendWith(OutputCaptureExtension.class)
class FollowUpMailTest {

    @Autowired
    FollowUpService followUps;

    @Autowired
    ContactService contacts;

    @Autowired
    VisitService visits;

    @Autowired
    AttractionService attractions;

    @Autowired
    MailLogRepository mailRows;

    @BeforeEach
    void emptyMailbox() {
        TestMailServer.clear();
    }

    @Test
    void the_suggestion_sheet_arrives_as_a_pdf_naming_the_picks_with_a_french_message() throws Exception {
        var call = Interactions.phoneCall(visits, attractions, ConversationLanguage.FR, 2);
        var followUp = followUpWithEmail(call, "marie.dupont@example.fr");

        assertThat(followUps.sendSheet(followUp.id()).sent()).isTrue();

        assertThat(TestMailServer.awaitMessages(1)).isTrue();
        var message = TestMailServer.received().getFirst();
        assertThat(message.getAllRecipients()).extracting(Object::toString).containsExactly("marie.dupont@example.fr");
        assertThat(message.getFrom()).extracting(Object::toString).containsExactly(TestMailServer.FROM);
        assertThat(message.getSubject()).startsWith("Vos idées de visite");
        var parts = parts(message);
        assertThat(text(parts)).contains("Bonjour", "fiche jointe");
        var pdf = parts.stream().filter(p -> isPdf(p)).findFirst().orElseThrow();
        assertThat(pdf.getFileName()).endsWith(".pdf");
        // a long name may wrap on the sheet: compare words separated by any white space
        var pdfText = pdfText(pdf).replaceAll("\\s+", " ");
        assertThat(pdfText)
                .contains(Interactions.pickNames(attractions, call, Locale.FRENCH).stream()
                        .map(name -> name.replaceAll("\\s+", " "))
                        .toArray(String[]::new));
        assertThat(followUps.history(followUp.id()))
                .extracting(FollowUpHistoryEntry::action)
                .containsExactly(FollowUpAction.CREATED, FollowUpAction.MAIL_SENT);
        assertThat(followUps.mails(followUp.id())).singleElement().satisfies(mail -> {
            assertThat(mail.sent()).isTrue();
            assertThat(mail.kind()).isEqualTo(MailKind.SHEET);
        });
    }

    @Test
    void a_german_visitor_gets_the_message_in_english_and_the_sheet_in_german() throws Exception {
        var call = Interactions.phoneCall(visits, attractions, ConversationLanguage.DE, 1);
        var followUp = followUpWithEmail(call, "anna@example.de");

        followUps.sendSheet(followUp.id());

        assertThat(TestMailServer.awaitMessages(1)).isTrue();
        var message = TestMailServer.received().getFirst();
        assertThat(message.getSubject()).startsWith("Your visit ideas");
        assertThat(text(parts(message))).contains("Hello");
        assertThat(parts(message))
                .filteredOn(FollowUpMailTest::isPdf)
                .singleElement()
                .satisfies(pdf -> assertThat(pdf.getFileName()).containsIgnoringCase("de"));
    }

    @Test
    void a_written_answer_arrives_with_its_subject_and_text() throws Exception {
        var followUp = followUpWithEmail(
                Interactions.phoneCall(visits, attractions, ConversationLanguage.EN, 0), "john@example.co.uk");

        assertThat(followUps
                        .sendAnswer(
                                followUp.id(),
                                "Bus times to the Puy de Dôme",
                                "The panoramic train leaves every 20 minutes.")
                        .sent())
                .isTrue();

        assertThat(TestMailServer.awaitMessages(1)).isTrue();
        var message = TestMailServer.received().getFirst();
        assertThat(message.getSubject()).isEqualTo("Bus times to the Puy de Dôme");
        assertThat(message.getContent().toString()).contains("every 20 minutes");
        assertThat(followUps.mails(followUp.id()))
                .singleElement()
                .satisfies(mail -> assertThat(mail.kind()).isEqualTo(MailKind.ANSWER));
    }

    @Test
    void when_the_mail_server_does_not_answer_the_failure_is_written_down_and_a_retry_sends_it(CapturedOutput log)
            throws Exception {
        var followUp = followUpWithEmail(
                Interactions.phoneCall(visits, attractions, ConversationLanguage.FR, 1), "paul@example.fr");

        TestMailServer.stop();
        MailResult failed;
        try {
            failed = followUps.sendSheet(followUp.id());
        } finally {
            TestMailServer.resume();
        }
        assertThat(failed.sent()).isFalse();
        assertThat(log.getAll())
                .as("the failure is logged by follow-up id, never by address")
                .contains("for follow-up " + followUp.id() + " not sent")
                .doesNotContain("paul@example.fr");
        assertThat(followUps.mails(followUp.id())).singleElement().satisfies(mail -> {
            assertThat(mail.sent()).isFalse();
            assertThat(mail.error()).isNotBlank().doesNotContain("paul");
        });
        assertThat(followUps.history(followUp.id()))
                .extracting(FollowUpHistoryEntry::action)
                .containsExactly(FollowUpAction.CREATED, FollowUpAction.MAIL_FAILED);

        var retried = followUps.sendSheet(followUp.id());

        assertThat(retried.sent()).isTrue();
        assertThat(TestMailServer.awaitMessages(1)).isTrue();
        assertThat(TestMailServer.received())
                .singleElement()
                .satisfies(m -> assertThat(m.getAllRecipients())
                        .extracting(Object::toString)
                        .containsExactly("paul@example.fr"));
        assertThat(followUps.history(followUp.id()))
                .extracting(FollowUpHistoryEntry::action)
                .containsExactly(FollowUpAction.CREATED, FollowUpAction.MAIL_FAILED, FollowUpAction.MAIL_SENT);
    }

    // Review finding 6: the attempt is written down before the mail server is called.
    @Test
    void a_double_click_on_send_sends_one_mail() throws Exception {
        var followUp = followUpWithEmail(
                Interactions.phoneCall(visits, attractions, ConversationLanguage.FR, 1), "claire@example.fr");

        assertThat(followUps.sendSheet(followUp.id()).sent()).isTrue();
        assertThat(followUps.sendSheet(followUp.id()).sent()).isTrue();

        assertThat(TestMailServer.awaitMessages(1)).isTrue();
        assertThat(TestMailServer.received()).hasSize(1);
        assertThat(followUps.mails(followUp.id()))
                .singleElement()
                .satisfies(mail -> assertThat(mail.sent()).isTrue());
        assertThat(followUps.history(followUp.id()))
                .extracting(FollowUpHistoryEntry::action)
                .containsExactly(FollowUpAction.CREATED, FollowUpAction.MAIL_SENT);
    }

    @Test
    void no_mail_goes_to_a_visitor_who_gave_no_email_or_only_agreed_to_the_newsletter() {
        var call = Interactions.phoneCall(visits, attractions, ConversationLanguage.FR, 1);
        var phoneOnly = contacts.save(call.id(), new ContactDraft(null, null, "06 12 34 56 78", null, true, false));
        var followUp = followUps.create(
                call.id(), phoneOnly.id(), new FollowUpDraft(FollowUpKind.CALL_BACK, null, null, null));
        var newsletterOnly = contacts.save(call.id(), new ContactDraft(null, "n@example.fr", null, null, false, true));
        var other = followUps.create(
                call.id(), newsletterOnly.id(), new FollowUpDraft(FollowUpKind.SEND_DOCUMENTATION, null, null, null));

        for (var id : List.of(followUp.id(), other.id())) {
            assertThatThrownBy(() -> followUps.sendSheet(id))
                    .isInstanceOfSatisfying(
                            RuleViolation.class,
                            refused -> assertThat(refused.messageKey()).isEqualTo("mail.no-address"));
        }
        assertThat(mailRows.findByFollowUpIdOrderByAtAscIdAsc(followUp.id())).isEmpty();
    }

    @Test
    void without_a_mail_host_mail_is_not_set_up_and_nothing_is_sent() {
        var unconfigured = new Mailer(
                new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class),
                new MailSettings("accueil@example.org"));

        assertThat(unconfigured.ready()).isFalse();
        assertThatThrownBy(() -> unconfigured.send("a@example.org", "s", "t", null))
                .hasMessageNotContaining("a@example.org");
        assertThat(followUps.mailReady())
                .as("the tests' mail server is configured")
                .isTrue();
    }

    @Test
    void a_blank_mail_host_as_docker_compose_passes_an_unset_one_means_mail_is_not_set_up() {
        var blank = new JavaMailSenderImpl();
        blank.setHost("");
        var blankHost = new Mailer(
                new StaticListableBeanFactory(Map.of("mailSender", blank)).getBeanProvider(JavaMailSender.class),
                new MailSettings("accueil@example.org"));
        var server = new JavaMailSenderImpl();
        server.setHost("smtp.example.org");
        var withHost = new Mailer(
                new StaticListableBeanFactory(Map.of("mailSender", server)).getBeanProvider(JavaMailSender.class),
                new MailSettings("accueil@example.org"));

        assertThat(blankHost.ready()).isFalse();
        assertThat(withHost.ready()).isTrue();
    }

    private FollowUpDetails followUpWithEmail(InteractionDetails call, String email) {
        var contact = contacts.save(call.id(), new ContactDraft("Visitor", email, null, null, true, false));
        return followUps.create(
                call.id(), contact.id(), new FollowUpDraft(FollowUpKind.SEND_DOCUMENTATION, null, null, "the sheet"));
    }

    static List<BodyPart> parts(MimeMessage message) throws Exception {
        var parts = new ArrayList<BodyPart>();
        collect(message.getContent(), parts);
        return parts;
    }

    private static void collect(Object content, List<BodyPart> parts) throws Exception {
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                var part = multipart.getBodyPart(i);
                if (part.getContent() instanceof Multipart nested) {
                    collect(nested, parts);
                } else {
                    parts.add(part);
                }
            }
        }
    }

    static String text(List<BodyPart> parts) throws Exception {
        var text = new StringBuilder();
        for (var part : parts) {
            if (part.isMimeType("text/plain")) {
                text.append(part.getContent());
            }
        }
        return text.toString();
    }

    static boolean isPdf(BodyPart part) {
        try {
            return part.isMimeType("application/pdf");
        } catch (MessagingException e) {
            return false;
        }
    }

    static String pdfText(BodyPart pdf) throws Exception {
        var bytes = new ByteArrayOutputStream();
        pdf.getDataHandler().writeTo(bytes);
        try (var document = Loader.loadPDF(bytes.toByteArray())) {
            return new PDFTextStripper().getText(document);
        }
    }
}
