package org.comptoir.attraction.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.comptoir.attraction.datatourisme.DuplicateChoice;
import org.comptoir.attraction.datatourisme.ImportFormat;
import org.comptoir.attraction.datatourisme.ImportLimits;
import org.comptoir.attraction.datatourisme.ImportLine;
import org.comptoir.attraction.datatourisme.ImportOutcome;
import org.comptoir.attraction.datatourisme.ImportPreview;
import org.comptoir.attraction.datatourisme.ImportResult;
import org.comptoir.attraction.datatourisme.ImportService;
import org.comptoir.base.BackgroundWork;
import org.comptoir.base.RuleViolation;
import org.comptoir.base.ui.ActOnce;
import org.comptoir.base.ui.InBackground;
import org.comptoir.base.ui.PreviewUpload;
import org.comptoir.base.ui.WorkingBar;
import org.comptoir.security.AppRoles;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Admin › Import: a DATAtourisme file (JSON-LD or CSV) is uploaded, previewed record by record (new,
 * updated, unchanged, rejected and why), then committed all at once, or not at all.
 */
@Route("admin/import")
@RolesAllowed(AppRoles.ADMIN)
@Menu(title = "nav.import", order = 50, icon = "vaadin:upload")
class ImportView extends VerticalLayout implements HasDynamicTitle {

    /** Larger than the biggest regional export we know of (a 50 MB file holds some 30,000 points). */
    private static final Logger log = LoggerFactory.getLogger(ImportView.class);

    final Upload upload = new Upload();
    final Paragraph summary = new Paragraph();
    final Paragraph message = new Paragraph();
    final Select<ImportOutcome> filter = new Select<>();
    final Grid<ImportLine> grid = new Grid<>();
    final Button commit = new Button();
    /** The commit's progress while it runs in the background. */
    final WorkingBar working = new WorkingBar();

    final Button mapping = new Button();
    final Button feed = new Button();
    final Button pastCounts = new Button();
    /** What to do with each probable duplicate, by line number: keep both unless the admin chose. */
    final Map<Integer, DuplicateChoice> choices = new HashMap<>();

    private final ImportService imports;
    private final BackgroundWork background;
    /** The upload, saved and previewed outside the session lock. */
    final PreviewUpload<ImportPreview> files;

    private @Nullable ImportPreview preview;
    private List<ImportLine> shown = List.of();
    /** The commit running in the background, until the screen has shown its result. */
    @Nullable
    CompletableFuture<Void> committing;

    ImportView(ImportService imports, ImportLimits limits, BackgroundWork background) {
        this.imports = imports;
        this.background = background;
        addClassName("import-view");
        setSizeFull();

        var intro = new Paragraph(getTranslation("import.intro"));
        intro.addClassName("import-intro");
        mapping.setText(getTranslation("import.mapping.open"));
        mapping.setIcon(VaadinIcon.EXCHANGE.create());
        mapping.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(ImportMappingView.class)));
        feed.setText(getTranslation("feed.open"));
        feed.setIcon(VaadinIcon.CLOCK.create());
        feed.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(FeedView.class)));
        pastCounts.setText(getTranslation("past.open"));
        pastCounts.setIcon(VaadinIcon.CALENDAR.create());
        // report's view, named by its address: attraction does not depend on report
        pastCounts.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate("admin/import/past-counts")));
        var top = new HorizontalLayout(intro, new HorizontalLayout(pastCounts, feed, mapping));
        top.setWidthFull();
        top.setAlignItems(FlexComponent.Alignment.CENTER);
        top.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);

        files = new PreviewUpload<>(
                this,
                "import",
                limits.maxBytes().toBytes(),
                imports::preview,
                ImportPreview::file,
                this::show,
                this::failed);
        files.configure(
                upload, ".json", ".jsonld", ".csv", ".txt", "application/ld+json", "application/json", "text/csv");
        upload.setWidthFull();

        summary.addClassName("import-summary");
        message.addClassName("import-message");
        message.setVisible(false);

        filter.setLabel(getTranslation("import.filter"));
        filter.setItems(ImportOutcome.values());
        filter.setEmptySelectionAllowed(true);
        filter.setEmptySelectionCaption(getTranslation("import.filter.all"));
        filter.setItemLabelGenerator(this::outcomeWithCount);
        filter.addValueChangeListener(e -> refreshGrid());

        commit.setText(getTranslation("import.commit"));
        commit.setIcon(VaadinIcon.CHECK.create());
        commit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ActOnce.onClick(commit, this::confirmCommit);

        var toolbar = new HorizontalLayout(filter, commit);
        toolbar.setWidthFull();
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);

        configureGrid();
        add(top, upload, message, working, summary, toolbar, grid);
        show(null);
    }

    private void configureGrid() {
        grid.addClassName("import-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSizeFull();
        grid.addColumn(ImportLine::number)
                .setHeader(getTranslation("import.column.number"))
                .setWidth("5em")
                .setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(ImportLine::name)
                .setHeader(getTranslation("import.column.name"))
                .setWidth("14em")
                .setFlexGrow(2)
                .setTooltipGenerator(line -> line.sourceUri() == null ? "" : line.sourceUri());
        grid.addColumn(line -> line.category() == null ? "" : getTranslation("AttractionCategory." + line.category()))
                .setHeader(getTranslation("import.column.category"))
                .setWidth("10em")
                .setFlexGrow(1);
        grid.addComponentColumn(this::outcomeBadge)
                .setHeader(getTranslation("import.column.outcome"))
                .setWidth("8em")
                .setFlexGrow(0);
        grid.addColumn(this::reasons)
                .setHeader(getTranslation("import.column.reasons"))
                .setWidth("18em")
                .setFlexGrow(3)
                .setTooltipGenerator(this::reasons);
        grid.addComponentColumn(this::choice)
                .setHeader(getTranslation("import.column.duplicate"))
                .setWidth("11em")
                .setFlexGrow(0);
        grid.setItems(query -> shown.stream().skip(query.getOffset()).limit(query.getLimit()), query -> shown.size());
    }

    private Component outcomeBadge(ImportLine line) {
        var badge = new Span(getTranslation("import.outcome." + line.outcome()));
        badge.addClassName(
                switch (line.outcome()) {
                    case NEW, UPDATED -> "badge-ok";
                    case UNCHANGED -> "badge-neutral";
                    case REJECTED -> "badge-off";
                });
        return badge;
    }

    String reasons(ImportLine line) {
        var reasons = line.reasons().stream().map(reason -> reason.text(this::getTranslation));
        var duplicate = line.duplicate();
        if (duplicate != null) {
            reasons = Stream.concat(
                    Stream.of(getTranslation(
                            duplicate.sameWebsite() ? "import.duplicate.same-website" : "import.duplicate.of",
                            line.name(),
                            duplicate.name(),
                            duplicate.meters())),
                    reasons);
        }
        return reasons.collect(Collectors.joining(" ; "));
    }

    /** Link, keep both or skip, for a probable duplicate; nothing for the other lines. */
    private Component choice(ImportLine line) {
        if (line.duplicate() == null || line.outcome() != ImportOutcome.NEW) {
            return new Span();
        }
        var choice = new Select<DuplicateChoice>();
        choice.setItems(DuplicateChoice.values());
        choice.setItemLabelGenerator(value -> getTranslation("import.duplicate." + value));
        choice.setValue(choices.getOrDefault(line.number(), DuplicateChoice.KEEP_BOTH));
        choice.setAriaLabel(getTranslation("import.column.duplicate") + " " + line.number());
        choice.addValueChangeListener(e -> choices.put(line.number(), e.getValue()));
        choice.setWidthFull();
        return choice;
    }

    private String outcomeWithCount(@Nullable ImportOutcome outcome) {
        if (outcome == null) {
            return getTranslation("import.filter.all");
        }
        return getTranslation(
                "import.filter.outcome",
                getTranslation("import.outcome." + outcome),
                preview == null ? 0 : preview.count(outcome));
    }

    /** Shows a preview (or nothing yet), replacing the previous one and its file. */
    private void show(@Nullable ImportPreview next) {
        if (preview != null && (next == null || !preview.file().equals(next.file()))) {
            PreviewUpload.delete(preview.file());
        }
        preview = next;
        choices.clear();
        message.setVisible(false);
        message.removeClassNames("import-error", "import-success");
        if (next == null) {
            summary.setText(getTranslation("import.empty"));
        } else if (next.fileError() != null) {
            failed(getTranslation(
                    "import.file-error", next.fileName(), next.fileError().text(this::getTranslation)));
            summary.setText("");
        } else {
            var counts = next.counts();
            summary.setText(getTranslation(
                    "import.summary",
                    next.fileName(),
                    getTranslation(next.format() == ImportFormat.CSV ? "import.format.csv" : "import.format.json-ld"),
                    next.lines().size(),
                    counts.get(ImportOutcome.NEW),
                    counts.get(ImportOutcome.UPDATED),
                    counts.get(ImportOutcome.UNCHANGED),
                    counts.get(ImportOutcome.REJECTED)));
        }
        var hasLines = next != null && !next.lines().isEmpty();
        filter.setVisible(hasLines);
        grid.setVisible(hasLines);
        commit.setVisible(next != null && next.committable());
        // the counts in the filter's labels changed
        filter.setItems(ImportOutcome.values());
        filter.clear();
        refreshGrid();
    }

    private void refreshGrid() {
        var lines = preview == null ? List.<ImportLine>of() : preview.lines();
        var outcome = filter.getValue();
        shown = outcome == null
                ? lines
                : lines.stream().filter(line -> line.outcome() == outcome).toList();
        grid.getDataProvider().refreshAll();
    }

    /** The attraction database changes for everyone: the admin confirms, with what will be written. */
    private void confirmCommit() {
        var committing = preview;
        if (committing == null || !committing.committable()) {
            return;
        }
        var dialog = new ConfirmDialog();
        dialog.addClassName("import-confirm");
        dialog.setHeader(getTranslation("import.confirm.title"));
        dialog.setText(getTranslation(
                "import.confirm.text",
                committing.fileName(),
                committing.count(ImportOutcome.NEW),
                committing.count(ImportOutcome.UPDATED)));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("import.commit"));
        dialog.addConfirmListener(e -> commit());
        dialog.open();
    }

    /**
     * Writes the previewed points in the background (tens of thousands take a while): the bar shows how far,
     * the rest of the application stays usable, and the result comes as a message and a notification.
     */
    private void commit() {
        var previewed = preview;
        if (previewed == null || !previewed.committable() || committing != null) {
            return;
        }
        var chosen = Map.copyOf(choices);
        commit.setEnabled(false);
        upload.setEnabled(false);
        committing = InBackground.run(
                this,
                background,
                working,
                getTranslation("import.working", previewed.fileName()),
                progress -> imports.commit(previewed, chosen, DuplicateChoice.KEEP_BOTH, progress),
                result -> {
                    committing = null;
                    uploadAgain();
                    committed(result);
                },
                failure -> {
                    committing = null;
                    uploadAgain();
                    commit.setEnabled(true);
                    if (failure instanceof RuleViolation refused) {
                        failed(getTranslation(
                                "import.failed", getTranslation(refused.messageKey(), refused.arguments())));
                    } else {
                        // a database failure rolled everything back: say so, and keep the preview to try again
                        log.error("The import of {} failed; nothing was written", previewed.fileName(), failure);
                        failed(getTranslation("import.failed", getTranslation("import.commit.error")));
                    }
                });
    }

    private void uploadAgain() {
        upload.setEnabled(true);
    }

    private void committed(ImportResult result) {
        var text = result.linked() + result.skipped() == 0
                ? getTranslation(
                        "import.done", result.created(), result.updated(), result.unchanged(), result.rejected())
                : getTranslation(
                        "import.done.linked",
                        result.created(),
                        result.updated(),
                        result.unchanged(),
                        result.rejected(),
                        result.linked(),
                        result.skipped());
        show(null);
        succeeded(text);
        Notification.show(text, 5000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private void failed(String text) {
        message.setText(text);
        message.removeClassName("import-success");
        message.addClassName("import-error");
        message.setVisible(true);
        error(text);
    }

    private void succeeded(String text) {
        message.setText(text);
        message.removeClassName("import-error");
        message.addClassName("import-success");
        message.setVisible(true);
    }

    private static void error(String text) {
        Notification.show(text, 8000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /** The uploaded file goes with the page: nothing is left in the temporary folder. */
    @Override
    protected void onDetach(DetachEvent detachEvent) {
        super.onDetach(detachEvent);
        if (preview != null) {
            PreviewUpload.delete(preview.file());
            preview = null;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.import");
    }
}
