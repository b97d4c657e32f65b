package org.comptoir.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import org.comptoir.base.BoundedCopy;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The upload of a file that is previewed before anything is written (the DATAtourisme import, the past counts).
 * The file is copied to a temporary file within a bound and previewed outside the session lock, then the preview
 * is shown, or the refusal said, in the screen. Its words are the screen's ({@code <words>.upload.add}, {@code
 * .drop}, {@code .too-big}, {@code .wrong-type}, {@code .too-many}, {@code .rejected}, {@code
 * <words>.preview.failed}) and the shared {@code upload.*} ones.
 *
 * @param <T> the preview
 */
public final class PreviewUpload<T> {

    private static final Logger log = LoggerFactory.getLogger(PreviewUpload.class);

    private final Component screen;
    private final String words;
    private final long maxBytes;
    private final BiFunction<Path, String, T> preview;
    private final Function<T, Path> fileOf;
    private final Consumer<T> show;
    private final Consumer<String> failed;

    /**
     * @param preview reads the saved file (and its name as uploaded) into a preview
     * @param fileOf the preview's file, deleted when nobody is left to see the preview
     * @param show shows a preview, with the screen locked
     * @param failed says why a file was refused, with the screen locked
     */
    public PreviewUpload(
            Component screen,
            String words,
            long maxBytes,
            BiFunction<Path, String, T> preview,
            Function<T, Path> fileOf,
            Consumer<T> show,
            Consumer<String> failed) {
        this.screen = screen;
        this.words = words;
        this.maxBytes = maxBytes;
        this.preview = preview;
        this.fileOf = fileOf;
        this.show = show;
        this.failed = failed;
    }

    /** One file at a time, within the bound, of these types, in the reader's language. */
    public void configure(Upload upload, String... acceptedTypes) {
        upload.setUploadHandler(handler(upload));
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(maxBytes, Integer.MAX_VALUE));
        upload.setAcceptedFileTypes(acceptedTypes);
        upload.setI18n(uploadWords());
        upload.addFileRejectedListener(e -> failed.accept(t(words + ".upload.rejected", e.getErrorMessage())));
    }

    /** Keeps the upload out of the session lock: the file is saved and previewed first, then shown. */
    private UploadHandler handler(Upload upload) {
        return event -> {
            var ui = event.getUI();
            var fileName = event.getFileName();
            if (event.getFileSize() > maxBytes) {
                // the browser's limit is the browser's: a client of its own is refused here, unread
                ui.access(() -> failed.accept(tooBig()));
                return;
            }
            try (var in = event.getInputStream()) {
                var result = receive(fileName, in);
                ui.access(() -> {
                    result.run();
                    // ready for the next file: the summary names this one
                    upload.clearFileList();
                });
            }
        };
    }

    /**
     * Saves an uploaded file to a temporary file and previews it, without touching the screen; hands back what
     * shows the result (run it with the screen locked).
     */
    public Runnable receive(String fileName, InputStream in) {
        Path file = null;
        try {
            file = Files.createTempFile("comptoir-" + words + "-", ".upload");
            if (BoundedCopy.copy(in, file, maxBytes) == BoundedCopy.TOO_LARGE) {
                delete(file);
                return () -> failed.accept(tooBig());
            }
            var result = preview.apply(file, fileName);
            return () -> {
                if (screen.isAttached()) {
                    show.accept(result);
                } else {
                    // the admin left while the file was read: nobody will commit it
                    delete(fileOf.apply(result));
                }
            };
        } catch (IOException | RuntimeException e) {
            log.error("Could not preview the upload {}", fileName, e);
            delete(file);
            return () -> failed.accept(t(words + ".preview.failed", fileName));
        }
    }

    /** A previewed file no longer wanted: another file replaced it, or the screen is gone. */
    public static void delete(@Nullable Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                log.warn("Could not delete the uploaded file {}", file, e);
            }
        }
    }

    private String tooBig() {
        return t(words + ".upload.too-big", Math.max(1, maxBytes / (1024 * 1024)));
    }

    /** Every word the upload shows, in the reader's language: its buttons, its progress, its errors. */
    private UploadI18N uploadWords() {
        return new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles()
                        .setOne(t(words + ".upload.add"))
                        .setMany(t(words + ".upload.add")))
                .setDropFiles(new UploadI18N.DropFiles()
                        .setOne(t(words + ".upload.drop"))
                        .setMany(t(words + ".upload.drop")))
                .setError(new UploadI18N.Error()
                        .setFileIsTooBig(tooBig())
                        .setIncorrectFileType(t(words + ".upload.wrong-type"))
                        .setTooManyFiles(t(words + ".upload.too-many")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status()
                                .setConnecting(t("upload.connecting"))
                                .setStalled(t("upload.stalled"))
                                .setProcessing(t("upload.processing"))
                                .setHeld(t("upload.held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                                .setPrefix(t("upload.remaining"))
                                .setUnknown(t("upload.remaining.unknown")))
                        .setError(new UploadI18N.Uploading.Error()
                                .setServerUnavailable(t("upload.error.server-unavailable"))
                                .setUnexpectedServerError(t("upload.error.unexpected"))
                                .setForbidden(t("upload.error.forbidden"))
                                .setFileTooLarge(tooBig())))
                .setFile(new UploadI18N.File()
                        .setRetry(t("upload.file.retry"))
                        .setStart(t("upload.file.start"))
                        .setRemove(t("upload.file.remove")))
                .setUnits(List.of(t("upload.units").split(",")));
    }

    private String t(String key, Object... arguments) {
        return screen.getTranslation(key, arguments);
    }
}
