package org.comptoir.survey.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.Map;
import org.comptoir.reference.ReferenceListService;
import org.comptoir.security.AppRoles;
import org.comptoir.security.DeskDirectory.DeskOption;
import org.comptoir.survey.SurveyAnswerDetails;
import org.comptoir.survey.SurveyFigures;
import org.comptoir.survey.SurveyNumbers;
import org.comptoir.survey.SurveyService;
import org.comptoir.visit.VisitService;
import org.jspecify.annotations.Nullable;

/**
 * Satisfaction, for directors and admins: since the first of January, the answers, the mean satisfaction and the
 * NPS against the same dates last year; then the answers to read, newest first, with their comments (only here:
 * never shown to visitors or counsellors). A comment is shown as the plain text it was typed as, never as HTML.
 */
@Route("satisfaction")
@RolesAllowed({AppRoles.DIRECTOR, AppRoles.ADMIN})
@Menu(title = "survey.nav", order = 32, icon = "vaadin:smiley-o")
class SatisfactionView extends VerticalLayout implements HasDynamicTitle {

    final Paragraph summary = new Paragraph();
    final Select<DeskOption> desk = new Select<>();
    final Checkbox withComment = new Checkbox();
    final Grid<SurveyAnswerDetails> grid = new Grid<>();

    private final SurveyService surveys;
    private final Map<Long, String> deskNames = new HashMap<>();
    private final DateTimeFormatter dates;

    SatisfactionView(SurveyService surveys, SurveyFigures figures, ReferenceListService lists, VisitService visits) {
        this.surveys = surveys;
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        addClassName("satisfaction-view");
        setSizeFull();
        var desks = lists.activeDesks(getLocale());
        desks.forEach(d -> deskNames.put(d.id(), d.name()));

        var today = visits.officeNow().toLocalDate();
        var year = figures.compare(today.withDayOfYear(1), today, null);
        summary.setText(getTranslation(
                "survey.summary",
                numbers(year.period().total()),
                numbers(year.lastYear().total())));
        summary.addClassName("satisfaction-summary");

        desk.setLabel(getTranslation("survey.desk"));
        desk.setItems(desks);
        // the empty choice ("all desks") is labelled by its caption; the generator is asked for it too
        desk.setItemLabelGenerator(d -> d == null ? getTranslation("survey.desk.all") : d.name());
        desk.setEmptySelectionAllowed(true);
        desk.setEmptySelectionCaption(getTranslation("survey.desk.all"));
        desk.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        withComment.setLabel(getTranslation("survey.with-comment"));
        withComment.setValue(true);
        withComment.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSizeFull();
        grid.addColumn(a -> dates.format(a.answer().answeredOn()))
                .setHeader(getTranslation("survey.column.date"))
                .setWidth("8em")
                .setFlexGrow(0);
        grid.addColumn(a -> deskNames.getOrDefault(a.answer().deskId(), "?"))
                .setHeader(getTranslation("survey.column.desk"))
                .setWidth("10em")
                .setFlexGrow(0);
        grid.addColumn(a -> a.answer().market() == null
                        ? "—"
                        : getTranslation("Market." + a.answer().market().name()))
                .setHeader(getTranslation("survey.column.market"))
                .setWidth("8em")
                .setFlexGrow(0);
        grid.addColumn(a ->
                        getTranslation("survey.source." + a.answer().source().name()))
                .setHeader(getTranslation("survey.column.source"))
                .setWidth("6em")
                .setFlexGrow(0);
        grid.addColumn(a -> scores(a))
                .setHeader(getTranslation("survey.column.scores"))
                .setWidth("12em")
                .setFlexGrow(0);
        // a plain column: the comment is text, whatever it holds, never markup
        grid.addColumn(a -> a.answer().comment() == null ? "" : a.answer().comment())
                .setHeader(getTranslation("survey.column.comment"))
                .setFlexGrow(1);
        grid.setItems(query -> surveys
                .answers(
                        desk.getValue() == null ? null : desk.getValue().id(),
                        withComment.getValue(),
                        query.getOffset(),
                        query.getLimit())
                .stream());
        grid.setEmptyStateText(getTranslation("survey.none"));

        add(summary, new HorizontalLayout(desk, withComment), grid);
    }

    /** "Satisfaction 4/5 · welcome 5/5 · information 4/5 · recommend 9/10". */
    private String scores(SurveyAnswerDetails details) {
        var a = details.answer();
        return getTranslation(
                "survey.scores", a.satisfaction(), dash(a.welcome()), dash(a.usefulness()), dash(a.recommend()));
    }

    private static String dash(@Nullable Integer score) {
        return score == null ? "–" : String.valueOf(score);
    }

    /** "42 answers, satisfaction 4.3/5, NPS +38". */
    private String numbers(SurveyNumbers numbers) {
        if (numbers.answers() == 0) {
            return getTranslation("survey.summary.none");
        }
        var decimal = NumberFormat.getNumberInstance(getLocale());
        decimal.setMaximumFractionDigits(1);
        decimal.setMinimumFractionDigits(1);
        var nps = numbers.nps();
        return getTranslation(
                "survey.summary.numbers",
                numbers.answers(),
                decimal.format(numbers.satisfaction()),
                nps == null ? "–" : String.format(getLocale(), "%+.0f", nps));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("survey.nav");
    }
}
