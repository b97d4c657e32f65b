package org.comptoir.demo;

import org.comptoir.complaint.ComplaintService;
import org.comptoir.complaint.ComplaintSettings;
import org.comptoir.security.CurrentUser;
import org.comptoir.survey.SurveyService;
import org.comptoir.visit.InteractionBulkWriter;
import org.comptoir.visit.VisitService;
import org.springframework.stereotype.Component;

/** Generates the demo history and writes it: what the start-up loader, the command line and the benchmarks share. */
@Component
public class DemoHistoryLoad {

    /**
     * What was written, and how long it took: the desks and users, then the rows and the report aggregates the
     * writer's event has rebuilt.
     */
    public record Result(long written, long setupMillis, long millis, long surveyAnswers, long complaints) {}

    private final DemoSetup setup;
    private final InteractionBulkWriter writer;
    private final VisitService visits;
    private final SurveyService surveys;
    private final ComplaintService complaints;
    private final ComplaintSettings complaintSettings;

    DemoHistoryLoad(
            DemoSetup setup,
            InteractionBulkWriter writer,
            VisitService visits,
            SurveyService surveys,
            ComplaintService complaints,
            ComplaintSettings complaintSettings) {
        this.setup = setup;
        this.writer = writer;
        this.visits = visits;
        this.surveys = surveys;
        this.complaints = complaints;
        this.complaintSettings = complaintSettings;
    }

    /** Interactions already in the database, deleted ones included. */
    long interactions() {
        return CurrentUser.asAdmin("demo-history", visits::countAll);
    }

    /**
     * Adds the desks and counsellors the history needs (in demo mode), then the history, the satisfaction answers
     * and the complaints that go with it; what it wrote.
     */
    public Result load(DemoHistorySettings settings) {
        var started = System.nanoTime();
        var references = setup.prepare();
        var prepared = System.nanoTime();
        var history = new DemoHistory(settings.seed(), settings.size(), settings.from(), settings.to(), references);
        var survey = new DemoSurvey();
        var written = CurrentUser.asAdmin(
                "demo-history", () -> writer.write(history.rows().peek(survey::count)));
        var answers = survey.answers(settings.seed(), settings.from(), settings.to());
        CurrentUser.asAdmin("demo-history", () -> surveys.importAnswers(answers));
        var register = DemoComplaints.complaints(
                settings.seed(), settings.from(), settings.to(), references, complaintSettings.answerWithin());
        CurrentUser.asAdmin("demo-history", () -> complaints.importPast(register));
        var done = System.nanoTime();
        return new Result(
                written,
                (prepared - started) / 1_000_000,
                (done - started) / 1_000_000,
                answers.size(),
                register.size());
    }
}
