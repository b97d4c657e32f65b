package org.comptoir.attraction.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.concurrent.CompletableFuture;
import org.comptoir.attraction.datatourisme.DuplicateChoice;
import org.comptoir.attraction.datatourisme.FeedDraft;
import org.comptoir.attraction.datatourisme.FeedReview;
import org.comptoir.attraction.datatourisme.FeedRun;
import org.comptoir.attraction.datatourisme.FeedService;
import org.comptoir.attraction.datatourisme.FeedSettings;
import org.comptoir.base.BackgroundWork;
import org.comptoir.base.ComptoirProperties;
import org.comptoir.base.RuleViolation;
import org.comptoir.base.ui.ActOnce;
import org.comptoir.base.ui.InBackground;
import org.comptoir.base.ui.WorkingBar;
import org.comptoir.security.AppRoles;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Admin › Import › Feed: the office's DATAtourisme feed (address, key, schedule), "run now", the log of
 * the last runs, and the points waiting for a decision because they probably duplicate an attraction.
 */
@Route("admin/import/feed")
@RolesAllowed(AppRoles.ADMIN)
class FeedView extends VerticalLayout implements HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(FeedView.class);

    static final int RUNS_SHOWN = 50;

    final TextField url = new TextField();
    final TextField header = new TextField();
    final PasswordField secret = new PasswordField();
    final Span secretHint = new Span();
    final TextField cron = new TextField();
    final IntegerField timeout = new IntegerField();
    final Checkbox enabled = new Checkbox();
    final Button save = new Button();
    final Button runNow = new Button();
    final Paragraph message = new Paragraph();
    final Grid<FeedRun> runs = new Grid<>();
    final Grid<FeedReview> reviews = new Grid<>();

    /** The run's progress while it runs in the background. */
    final WorkingBar working = new WorkingBar();
    /** The run started here, until the screen has shown its result. */
    @Nullable
    CompletableFuture<Void> running;

    private final FeedService feeds;
    private final BackgroundWork background;
    private final DateTimeFormatter time;

    FeedView(FeedService feeds, ComptoirProperties properties, BackgroundWork background) {
        this.feeds = feeds;
        this.background = background;
        this.time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(getLocale())
                .withZone(properties.timeZone());
        addClassName("feed-view");
        setSizeFull();

        url.setLabel(getTranslation("feed.url"));
        url.setWidthFull();
        header.setLabel(getTranslation("feed.header"));
        secret.setLabel(getTranslation("feed.secret"));
        cron.setLabel(getTranslation("feed.cron"));
        timeout.setLabel(getTranslation("feed.timeout"));
        timeout.setMin(1);
        timeout.setMax(3600);
        enabled.setLabel(getTranslation("feed.enabled"));
        save.setText(getTranslation("feed.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ActOnce.onClick(save, this::save);
        runNow.setText(getTranslation("feed.run-now"));
        runNow.setIcon(VaadinIcon.PLAY.create());
        // usable again once the click is handled, unless the run it started goes on in the background
        ActOnce.onClick(runNow, this::run, () -> running == null);
        message.addClassName("import-message");
        message.setVisible(false);

        var form = new FormLayout(url, header, secret, cron, timeout, enabled);
        form.setColspan(url, 2);
        configureRuns();
        configureReviews();
        add(
                new Paragraph(getTranslation("feed.intro")),
                form,
                secretHint,
                new HorizontalLayout(save, runNow),
                working,
                message,
                new H3(getTranslation("feed.reviews")),
                reviews,
                new H3(getTranslation("feed.runs")),
                runs);
        show(feeds.settings());
        refresh();
    }

    private void configureRuns() {
        runs.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        runs.addColumn(run -> time.format(run.startedAt()))
                .setHeader(getTranslation("feed.column.started"))
                .setWidth("10em")
                .setFlexGrow(0);
        runs.addColumn(run -> getTranslation("feed.status." + run.status()))
                .setHeader(getTranslation("feed.column.status"))
                .setWidth("8em")
                .setFlexGrow(0);
        runs.addColumn(run -> run.created() + " / " + run.updated() + " / " + run.unchanged() + " / " + run.rejected())
                .setHeader(getTranslation("feed.column.counts"))
                .setWidth("12em")
                .setFlexGrow(0);
        runs.addColumn(run -> run.linked() + " / " + run.toReview() + " / " + run.retired())
                .setHeader(getTranslation("feed.column.more"))
                .setWidth("10em")
                .setFlexGrow(0);
        runs.addColumn(this::detail)
                .setHeader(getTranslation("feed.column.detail"))
                .setFlexGrow(1)
                .setTooltipGenerator(this::detail);
        runs.setAllRowsVisible(true);
    }

    private void configureReviews() {
        reviews.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        reviews.addColumn(FeedReview::name)
                .setHeader(getTranslation("feed.column.point"))
                .setFlexGrow(1)
                .setTooltipGenerator(FeedReview::sourceUri);
        reviews.addColumn(FeedReview::attractionName)
                .setHeader(getTranslation("feed.column.attraction"))
                .setFlexGrow(1);
        reviews.addColumn(review -> review.meters() + " m")
                .setHeader(getTranslation("feed.column.distance"))
                .setWidth("7em")
                .setFlexGrow(0);
        reviews.addComponentColumn(this::decision)
                .setHeader(getTranslation("feed.column.decision"))
                .setWidth("12em")
                .setFlexGrow(0);
        reviews.setAllRowsVisible(true);
    }

    private Component decision(FeedReview review) {
        var choice = new Select<DuplicateChoice>();
        choice.setItems(DuplicateChoice.values());
        choice.setItemLabelGenerator(value -> getTranslation("import.duplicate." + value));
        choice.setPlaceholder("—");
        choice.setValue(review.decision());
        choice.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                feeds.decide(review.sourceUri(), e.getValue());
            }
        });
        return choice;
    }

    String detail(FeedRun run) {
        if (run.errorKey() != null) {
            return getTranslation("feed.run.failed", getTranslation(run.errorKey(), run.errorArguments()));
        }
        return run.rejectedLines() == null ? "" : run.rejectedLines();
    }

    private void show(FeedSettings settings) {
        url.setValue(settings.url() == null ? "" : settings.url());
        header.setValue(settings.headerName() == null ? "" : settings.headerName());
        secret.clear();
        secretHint.setText(
                settings.secretHint() == null ? "" : getTranslation("feed.secret.saved", settings.secretHint()));
        cron.setValue(settings.cron());
        timeout.setValue(settings.timeoutSeconds());
        enabled.setValue(settings.enabled());
    }

    private void refresh() {
        runs.setItems(feeds.runs(RUNS_SHOWN));
        var waiting = feeds.reviews();
        reviews.setItems(waiting);
        reviews.setVisible(!waiting.isEmpty());
    }

    private void save() {
        try {
            show(feeds.saveSettings(new FeedDraft(
                    url.getValue(),
                    header.getValue(),
                    secret.getValue(),
                    cron.getValue(),
                    timeout.getValue() == null ? 0 : timeout.getValue(),
                    enabled.getValue())));
            say(getTranslation("feed.saved"), false);
        } catch (RuleViolation refused) {
            say(getTranslation(refused.messageKey(), refused.arguments()), true);
        }
    }

    /** Fetches and writes the feed in the background: a large feed takes a while, the screen stays usable. */
    private void run() {
        if (running != null) {
            return;
        }
        runNow.setEnabled(false);
        running = InBackground.run(
                this,
                background,
                working,
                getTranslation("feed.working"),
                progress -> feeds.runNow(),
                run -> {
                    running = null;
                    runNow.setEnabled(true);
                    switch (run.status()) {
                        case DONE ->
                            say(
                                    getTranslation(
                                            "feed.run.done",
                                            run.created(),
                                            run.updated(),
                                            run.unchanged(),
                                            run.rejected(),
                                            run.linked(),
                                            run.toReview(),
                                            run.retired()),
                                    false);
                        case ALREADY_RUNNING -> say(getTranslation("feed.run.already"), true);
                        default -> say(detail(run), true);
                    }
                    refresh();
                },
                failure -> {
                    running = null;
                    runNow.setEnabled(true);
                    if (failure instanceof RuleViolation refused) {
                        say(getTranslation(refused.messageKey(), refused.arguments()), true);
                    } else {
                        log.error("The feed run failed", failure);
                        say(getTranslation("feed.run.error"), true);
                    }
                    refresh();
                });
    }

    private void say(String text, boolean error) {
        message.setText(text);
        message.setVisible(true);
        message.setClassName("import-error", error);
        message.setClassName("import-success", !error);
        Notification.show(text, 6000, Notification.Position.BOTTOM_START)
                .addThemeVariants(error ? NotificationVariant.LUMO_ERROR : NotificationVariant.LUMO_SUCCESS);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("feed.title");
    }
}
