package org.comptoir.attraction.datatourisme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/** The DATAtourisme files of src/test/resources/datatourisme, as they are or with their own identifiers. */
public final class Fixtures {

    public static final String BASE = "https://data.datatourisme.fr/10/";

    private Fixtures() {}

    public static Path path(String name) {
        try {
            return Path.of(Objects.requireNonNull(Fixtures.class.getResource("/datatourisme/" + name))
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String text(String name) {
        try {
            return Files.readString(path(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A copy whose points have identifiers of their own ({@code …/10/<tag>/…}), so that tests sharing the
     * database never meet each other's imports.
     */
    public static Path copy(String name, Path directory, String tag) {
        return write(directory.resolve(tag + "-" + name), text(name).replace(BASE, prefix(tag)));
    }

    public static String prefix(String tag) {
        return BASE + tag + "/";
    }

    public static Path write(Path file, String text) {
        try {
            return Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
