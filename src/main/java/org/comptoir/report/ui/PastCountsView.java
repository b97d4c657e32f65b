package org.comptoir.report.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.comptoir.base.BackgroundWork;
import org.comptoir.base.ComptoirProperties;
import org.comptoir.base.RuleViolation;
import org.comptoir.base.ui.ActOnce;
import org.comptoir.base.ui.InBackground;
import org.comptoir.base.ui.PreviewUpload;
import org.comptoir.base.ui.WorkingBar;
import org.comptoir.report.past.PastCountFormat;
import org.comptoir.report.past.PastCountImport;
import org.comptoir.report.past.PastCountLimits;
import org.comptoir.report.past.PastCountPreview;
import org.comptoir.report.past.PastCountRejection;
import org.comptoir.report.past.PastCountService;
import org.comptoir.report.past.PastCountYear;
import org.comptoir.security.AppRoles;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Admin › Import › Past counts (issue 18): the template to download, a file of the months before Comptoir
 * uploaded and previewed (rows read, months covered, totals per year, rows refused and why), committed whole or
 * not at all, and the list of imports, each of which can be undone.
 */
@Route(PastCountsView.ROUTE)
@RolesAllowed(AppRoles.ADMIN)
class PastCountsView extends VerticalLayout implements HasDynamicTitle {

    static final String ROUTE = "admin/import/past-counts";
    /** Admin › Import (attraction.ui), named by its address: report does not depend on that view. */
    private static final String IMPORT_ROUTE = "admin/import";

    private static final Logger log = LoggerFactory.getLogger(PastCountsView.class);

    final Upload upload = new Upload();
    final Paragraph message = new Paragraph();
    final Paragraph summary = new Paragraph();
    final Grid<PastCountYear> years = new Grid<>();
    final Paragraph rejectedMore = new Paragraph();
    final Grid<PastCountRejection> rejected = new Grid<>();
    final Paragraph blocked = new Paragraph();
    final Button commit = new Button();
    /** The commit's progress while it runs in the background. */
    final WorkingBar working = new WorkingBar();

    final Button back = new Button();
    final Grid<PastCountImport> imports = new Grid<>();
    final Paragraph noImport = new Paragraph();
    final Anchor templateCsv;
    final Anchor templateXlsx;
    final Anchor loggedCsv;
    final Anchor loggedXlsx;

    private final PastCountService pastCounts;
    private final BackgroundWork background;
    /** The upload, saved and previewed outside the session lock. */
    final PreviewUpload<PastCountPreview> files;

    private final ZoneId zone;
    private @Nullable PastCountPreview preview;
    /** The commit running in the background, until the screen has shown its result. */
    @Nullable
    CompletableFuture<Void> committing;

    PastCountsView(
            PastCountService pastCounts,
            PastCountLimits limits,
            ComptoirProperties properties,
            BackgroundWork background) {
        this.pastCounts = pastCounts;
        this.background = background;
        this.zone = properties.timeZone();
        addClassName("past-counts-view");
        setWidthFull();

        var intro = new Paragraph(getTranslation("past.intro"));
        intro.addClassName("import-intro");
        back.setText(getTranslation("past.back"));
        back.setIcon(VaadinIcon.ARROW_LEFT.create());
        back.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(IMPORT_ROUTE)));
        var top = new HorizontalLayout(intro, back);
        top.setWidthFull();
        top.setAlignItems(FlexComponent.Alignment.CENTER);
        top.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);

        templateCsv = template(PastCountFormat.CSV);
        templateXlsx = template(PastCountFormat.XLSX);
        loggedCsv = logged(PastCountFormat.CSV);
        loggedXlsx = logged(PastCountFormat.XLSX);
        var downloadRow = new HorizontalLayout(templateXlsx, templateCsv, loggedXlsx, loggedCsv);
        downloadRow.addClassName("past-downloads");

        files = new PreviewUpload<>(
                this,
                "past",
                limits.maxBytes().toBytes(),
                pastCounts::preview,
                PastCountPreview::file,
                this::show,
                this::failed);
        files.configure(
                upload,
                ".csv",
                ".txt",
                ".xlsx",
                "text/csv",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        upload.setWidthFull();

        message.addClassName("import-message");
        message.setVisible(false);
        summary.addClassName("import-summary");

        configureYears();
        configureRejected();
        blocked.setText(getTranslation("past.commit.blocked"));
        blocked.addClassName("import-intro");
        commit.setText(getTranslation("past.commit"));
        commit.setIcon(VaadinIcon.CHECK.create());
        commit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ActOnce.onClick(commit, this::confirmCommit);

        configureImports();
        noImport.setText(getTranslation("past.imports.none"));

        add(
                top,
                downloadRow,
                upload,
                message,
                working,
                summary,
                years,
                commit,
                blocked,
                rejectedMore,
                rejected,
                new H2(getTranslation("past.imports.title")),
                noImport,
                imports);
        show(null);
        refreshImports();
    }

    @FunctionalInterface
    private interface FileWriter {
        void write(OutputStream out) throws IOException;
    }

    private Anchor template(PastCountFormat format) {
        return download(
                "past.template." + format.extension(),
                VaadinIcon.FILE_TABLE,
                format.templateName(),
                format,
                out -> pastCounts.template(format, getLocale(), out));
    }

    private Anchor logged(PastCountFormat format) {
        return download(
                "past.logged." + format.extension(),
                VaadinIcon.DOWNLOAD,
                format.loggedName(),
                format,
                out -> pastCounts.logged(format, getLocale(), out));
    }

    private Anchor download(
            String labelKey, VaadinIcon icon, String fileName, PastCountFormat format, FileWriter writer) {
        DownloadHandler handler = event -> {
            event.setFileName(fileName);
            event.setContentType(format.mediaType());
            try {
                writer.write(event.getOutputStream());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        var link = new Anchor(handler, AttachmentType.DOWNLOAD, getTranslation(labelKey));
        link.addComponentAsFirst(icon.create());
        link.addClassName("report-export");
        return link;
    }

    private void configureYears() {
        years.addClassName("past-years");
        years.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        years.setAllRowsVisible(true);
        years.addColumn(PastCountYear::year).setHeader(getTranslation("past.years.year"));
        years.addColumn(PastCountYear::months)
                .setHeader(getTranslation("past.years.months"))
                .setTextAlign(ColumnTextAlign.END);
        years.addColumn(y -> number(y.interactions()))
                .setHeader(getTranslation("past.years.contacts"))
                .setTextAlign(ColumnTextAlign.END);
        years.addColumn(y -> number(y.persons()))
                .setHeader(getTranslation("past.years.visitors"))
                .setTextAlign(ColumnTextAlign.END);
    }

    private void configureRejected() {
        rejected.addClassName("past-rejected");
        rejected.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        rejected.setAllRowsVisible(false);
        rejected.setHeight("22em");
        rejected.addColumn(PastCountRejection::line)
                .setHeader(getTranslation("past.rejected.line"))
                .setWidth("6em")
                .setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        rejected.addColumn(PastCountRejection::rows)
                .setHeader(getTranslation("past.rejected.rows"))
                .setWidth("6em")
                .setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        rejected.addColumn(PastCountRejection::cells)
                .setHeader(getTranslation("past.rejected.cells"))
                .setFlexGrow(2);
        rejected.addColumn(this::reasons)
                .setHeader(getTranslation("past.rejected.reasons"))
                .setFlexGrow(3)
                .setTooltipGenerator(this::reasons);
    }

    String reasons(PastCountRejection rejection) {
        return rejection.text(this::getTranslation);
    }

    private void configureImports() {
        imports.addClassName("past-imports");
        imports.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        imports.setAllRowsVisible(true);
        imports.addColumn(PastCountImport::fileName)
                .setHeader(getTranslation("past.imports.file"))
                .setFlexGrow(2)
                .setTooltipGenerator(PastCountImport::fileName);
        imports.addColumn(i -> i.firstMonth() + " – " + i.lastMonth())
                .setHeader(getTranslation("past.imports.months"))
                .setFlexGrow(1);
        imports.addColumn(i -> number(i.rows()))
                .setHeader(getTranslation("past.imports.rows"))
                .setTextAlign(ColumnTextAlign.END);
        imports.addColumn(i -> number(i.interactions()))
                .setHeader(getTranslation("past.imports.contacts"))
                .setTextAlign(ColumnTextAlign.END);
        imports.addColumn(i -> number(i.persons()))
                .setHeader(getTranslation("past.imports.visitors"))
                .setTextAlign(ColumnTextAlign.END);
        imports.addColumn(i -> getTranslation("past.imports.imported-by", when(i.importedAt()), i.importedBy()))
                .setHeader(getTranslation("past.imports.imported"))
                .setFlexGrow(1);
        imports.addColumn(i -> i.undoneAt() == null
                        ? getTranslation("past.imports.active")
                        : getTranslation("past.imports.undone", when(i.undoneAt()), i.undoneBy()))
                .setHeader(getTranslation("past.imports.status"))
                .setFlexGrow(2);
        imports.addComponentColumn(this::undoButton).setWidth("11em").setFlexGrow(0);
    }

    private Component undoButton(PastCountImport done) {
        if (done.undone()) {
            return new Span();
        }
        var button = new Button(getTranslation("past.undo"), VaadinIcon.ARROW_BACKWARD.create());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        button.addClassName("past-undo");
        button.addClickListener(e -> confirmUndo(done));
        return button;
    }

    private void confirmUndo(PastCountImport done) {
        var dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("past.undo.title", done.fileName()));
        dialog.setText(getTranslation(
                "past.undo.text",
                number(done.rows()),
                done.firstMonth().toString(),
                done.lastMonth().toString()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("past.undo.cancel"));
        dialog.setConfirmText(getTranslation("past.undo.confirm"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> {
            try {
                pastCounts.undo(done.id());
                var text = getTranslation("past.undo.done", done.fileName());
                succeeded(text);
                Notification.show(text, 5000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (RuleViolation refused) {
                failed(getTranslation(refused.messageKey(), refused.arguments()));
            }
            refreshImports();
        });
        dialog.open();
    }

    void refreshImports() {
        var list = pastCounts.imports();
        imports.setItems(list);
        imports.setVisible(!list.isEmpty());
        noImport.setVisible(list.isEmpty());
    }

    /** Shows a preview (or nothing yet), replacing the previous one and its file. */
    private void show(@Nullable PastCountPreview next) {
        if (preview != null && (next == null || !preview.file().equals(next.file()))) {
            PreviewUpload.delete(preview.file());
        }
        preview = next;
        message.setVisible(false);
        message.removeClassNames("import-error", "import-success");
        if (next == null) {
            summary.setText(getTranslation("past.empty"));
        } else if (next.fileError() != null) {
            failed(getTranslation(
                    "past.file-error", next.fileName(), next.fileError().text(this::getTranslation)));
            summary.setText("");
        } else {
            summary.setText(getTranslation(
                    "past.summary",
                    next.fileName(),
                    next.format() == null ? "" : getTranslation("past.format." + next.format()),
                    number(next.rowsRead()),
                    number(next.rowsAccepted()),
                    number(next.rejectedRows()),
                    monthRuns(next.months())));
        }
        var read = next != null && next.fileError() == null;
        years.setItems(read ? next.years() : List.of());
        years.setVisible(read && !next.years().isEmpty());
        var refusals = read ? next.rejected() : List.<PastCountRejection>of();
        rejected.setItems(refusals);
        rejected.setVisible(!refusals.isEmpty());
        rejectedMore.setVisible(read
                && next.rejectedRows()
                        > refusals.stream().mapToInt(PastCountRejection::rows).sum());
        if (rejectedMore.isVisible()) {
            rejectedMore.setText(getTranslation("past.rejected.more", number(next.rejectedRows()), refusals.size()));
        }
        commit.setVisible(next != null && next.committable());
        blocked.setVisible(read && next.rejectedRows() > 0);
    }

    /** "2016-01 – 2019-12, 2021-03": runs of consecutive months. */
    private String monthRuns(List<YearMonth> months) {
        if (months.isEmpty()) {
            return getTranslation("past.summary.no-month");
        }
        var runs = new ArrayList<String>();
        var start = months.getFirst();
        var end = start;
        for (var month : months.subList(1, months.size())) {
            if (month.equals(end.plusMonths(1))) {
                end = month;
            } else {
                runs.add(start.equals(end) ? start.toString() : start + " – " + end);
                start = month;
                end = month;
            }
        }
        runs.add(start.equals(end) ? start.toString() : start + " – " + end);
        return String.join(", ", runs);
    }

    /** The reports change for everyone: the admin confirms, with what will be counted. */
    private void confirmCommit() {
        var previewed = preview;
        if (previewed == null || !previewed.committable() || previewed.months().isEmpty()) {
            return;
        }
        var dialog = new ConfirmDialog();
        dialog.addClassName("past-confirm");
        dialog.setHeader(getTranslation("past.confirm.title"));
        dialog.setText(getTranslation(
                "past.confirm.text",
                previewed.fileName(),
                number(previewed.rowsAccepted()),
                previewed.months().getFirst().toString(),
                previewed.months().getLast().toString()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("past.undo.cancel"));
        dialog.setConfirmText(getTranslation("past.commit"));
        dialog.addConfirmListener(e -> commit());
        dialog.open();
    }

    /** Writes the counts in the background: the rest of the application stays usable meanwhile. */
    private void commit() {
        var previewed = preview;
        if (previewed == null || !previewed.committable() || committing != null) {
            return;
        }
        commit.setEnabled(false);
        upload.setEnabled(false);
        committing = InBackground.run(
                this,
                background,
                working,
                getTranslation("past.working", previewed.fileName()),
                progress -> pastCounts.commit(previewed),
                done -> {
                    committing = null;
                    upload.setEnabled(true);
                    var text = getTranslation(
                            "past.done",
                            number(done.rows()),
                            done.firstMonth().toString(),
                            done.lastMonth().toString(),
                            number(done.interactions()),
                            number(done.persons()));
                    show(null);
                    succeeded(text);
                    Notification.show(text, 5000, Notification.Position.BOTTOM_START)
                            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    refreshImports();
                },
                failure -> {
                    committing = null;
                    upload.setEnabled(true);
                    commit.setEnabled(true);
                    if (failure instanceof RuleViolation refused) {
                        failed(getTranslation(
                                "past.failed", getTranslation(refused.messageKey(), refused.arguments())));
                    } else {
                        log.error(
                                "The past counts of {} could not be imported; nothing was written",
                                previewed.fileName(),
                                failure);
                        failed(getTranslation("past.failed", getTranslation("past.commit.error")));
                    }
                });
    }

    private String number(long value) {
        return String.format(getLocale(), "%,d", value);
    }

    private String when(Instant instant) {
        return instant.atZone(zone)
                .toLocalDateTime()
                .format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(getLocale()));
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
        return getTranslation("past.title");
    }
}
