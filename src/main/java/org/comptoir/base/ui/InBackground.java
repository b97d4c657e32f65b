package org.comptoir.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Function;
import org.comptoir.base.BackgroundWork;
import org.comptoir.base.Progress;

/**
 * A screen's long job in the background (decision 0026): the job runs on {@link BackgroundWork}'s threads; the
 * screen asks the server every half second while it runs (polling: the pre-compiled bundle has no push), shows
 * its progress in a bar, then the result. The user may use the rest of the application meanwhile; one who leaves
 * the screen, or closes the tab, leaves the job to finish all the same, and finds its result where it is listed.
 */
public final class InBackground {

    static final int POLL_MILLIS = 500;
    /** How long a download's click keeps the screen polling before its download has started. */
    static final Duration DOWNLOAD_GRACE = Duration.ofSeconds(12);

    private InBackground() {}

    /**
     * Starts {@code job}; {@code bar} shows {@code words} and how far the job is while it runs, and is hidden
     * when it ends; then {@code done} or {@code failed} runs in the screen. The future completes once the screen
     * was told.
     */
    public static <T> CompletableFuture<Void> run(
            Component screen,
            BackgroundWork work,
            WorkingBar bar,
            String words,
            Function<Progress, T> job,
            Consumer<T> done,
            Consumer<RuntimeException> failed) {
        var ui = screen.getUI().orElseThrow(() -> new IllegalStateException("the screen is not shown"));
        var progress = new Progress();
        bar.start(words);
        var polling = ui.addPollListener(poll -> bar.show(progress));
        polls(ui, +1);
        return work.start(job, progress).handle((result, error) -> {
            try {
                ui.access(() -> {
                    polling.remove();
                    polls(ui, -1);
                    bar.stop();
                    if (error == null) {
                        done.accept(result);
                    } else {
                        failed.accept(unwrapped(error));
                    }
                });
            } catch (UIDetachedException gone) {
                // the tab was closed: the job is done all the same, and listed where it belongs
            }
            return null;
        });
    }

    /**
     * A download written in its own request (a large export): the session is not locked while it is written, so
     * the screen stays usable; {@code bar} shows {@code words} and how far the writer is, then hides. The screen
     * learns it through its polls ({@link #watchDownload}). Returns what the writer returns; its failure is the
     * caller's.
     */
    public static <T> T whileWriting(UI ui, WorkingBar bar, String words, Function<Progress, T> write) {
        var progress = new Progress();
        var polling = new Registration[1];
        tell(ui, () -> {
            bar.start(words);
            polling[0] = ui.addPollListener(poll -> bar.show(progress));
        });
        try {
            return write.apply(progress);
        } finally {
            tell(ui, () -> {
                if (polling[0] != null) {
                    polling[0].remove();
                }
                bar.stop();
            });
        }
    }

    /**
     * On the click that starts a download: the screen polls until the download's bar is gone, so that its
     * progress and its result reach the screen (a download's own request cannot answer the screen). The first
     * seconds count even without a bar: a download may wait its turn ({@code ExportLimit}) before it starts.
     */
    public static void watchDownload(UI ui, WorkingBar bar) {
        var since = System.nanoTime();
        var watching = new Registration[1];
        polls(ui, +1);
        watching[0] = ui.addPollListener(poll -> {
            if (!bar.isVisible() && System.nanoTime() - since > DOWNLOAD_GRACE.toNanos()) {
                watching[0].remove();
                polls(ui, -1);
            }
        });
    }

    /** Runs {@code change} in the screen from another thread; nothing when the tab was closed meanwhile. */
    public static void tell(UI ui, Command change) {
        try {
            ui.access(change);
        } catch (UIDetachedException gone) {
            // the tab was closed: nobody to tell
        }
    }

    /** The screen polls while one of its jobs runs, and stops when the last one ends. */
    private static void polls(UI ui, int change) {
        var running = ComponentUtil.getData(ui, Running.class);
        var now = (running == null ? 0 : running.jobs()) + change;
        ComponentUtil.setData(ui, Running.class, new Running(now));
        ui.setPollInterval(now > 0 ? POLL_MILLIS : -1);
    }

    private static RuntimeException unwrapped(Throwable error) {
        var cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        return cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
    }

    private record Running(int jobs) {}
}
