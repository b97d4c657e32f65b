package org.comptoir.base.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The grids that list what happened to a record, oldest first: a follow-up's or a complaint's history (when, who,
 * what, the detail) and the e-mails sent for it. Compact, every row shown, the moment in the office's time zone.
 */
public final class HistoryGrids {

    public static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private HistoryGrids() {}

    /** Makes {@code grid} a log whose first column is the moment of each line. */
    public static <T> void log(Grid<T> grid, ZoneId zone, Function<T, Instant> at) {
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER);
        grid.setAllRowsVisible(true);
        grid.addColumn(item -> WHEN.format(at.apply(item).atZone(zone)))
                .setHeader(grid.getTranslation("followup.history.when"))
                .setWidth("10rem")
                .setFlexGrow(0);
    }

    /** Makes {@code grid} a history: when, who, what (already in words) and the detail. */
    public static <T> void history(
            Grid<T> grid,
            ZoneId zone,
            Function<T, Instant> at,
            Function<T, String> who,
            Function<T, String> what,
            Function<T, @Nullable String> detail) {
        log(grid, zone, at);
        grid.addColumn(who::apply)
                .setHeader(grid.getTranslation("followup.history.who"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(what::apply)
                .setHeader(grid.getTranslation("followup.history.what"))
                .setFlexGrow(1);
        grid.addColumn(item -> {
                    var text = detail.apply(item);
                    return text == null ? "" : text;
                })
                .setHeader(grid.getTranslation("followup.history.detail"))
                .setFlexGrow(1);
    }
}
