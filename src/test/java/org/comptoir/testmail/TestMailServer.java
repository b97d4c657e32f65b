package org.comptoir.testmail;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.List;

/**
 * A real SMTP server (GreenMail) in the test JVM, started once on a free port before the one Spring
 * context; the context's {@code spring.mail.*} point at it. Tests read what arrived, and stop it for a
 * while to see a send fail.
 */
public final class TestMailServer {

    /** The sender the tests' Comptoir writes from. */
    public static final String FROM = "accueil@comptoir.test";

    private static GreenMail server;
    private static int port;

    private TestMailServer() {}

    /** Starts the server once; the same port for the whole run. */
    static synchronized int start() {
        if (server == null) {
            port = freePort();
            server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
        return port;
    }

    /** The messages received since the last {@link #clear()}. */
    public static synchronized List<MimeMessage> received() {
        return List.of(server.getReceivedMessages());
    }

    /** Waits (a few seconds at most) for a number of messages; true when they all arrived. */
    public static boolean awaitMessages(int count) {
        return server.waitForIncomingEmail(5000, count);
    }

    public static synchronized void clear() {
        try {
            server.purgeEmailFromAllMailboxes();
        } catch (FolderException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The mail server goes away: sends fail until {@link #resume()}. */
    public static synchronized void stop() {
        server.stop();
    }

    /** The mail server answers again, on the same port. */
    public static synchronized void resume() {
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
