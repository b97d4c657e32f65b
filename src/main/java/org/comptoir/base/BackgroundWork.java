package org.comptoir.base;

import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Long work off the request thread (decision 0026): an import's commit runs here while its screen shows the
 * progress and the rest of the application stays usable. At most {@link #THREADS} jobs run at once over all the
 * sessions, the others wait their turn: each holds a database connection for its whole run, and the desks must
 * always find one. A job runs as the user who started it, so that the services check their rights as usual.
 */
@Component
public class BackgroundWork implements DisposableBean {

    static final int THREADS = 2;

    private final ExecutorService threads;
    /** Who has a job running now, on this instance. */
    private final Set<String> running = ConcurrentHashMap.newKeySet();

    BackgroundWork() {
        var count = new AtomicInteger();
        this.threads = Executors.newFixedThreadPool(THREADS, job -> {
            var thread = new Thread(job, "comptoir-background-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Starts the job as the signed-in user; it tells {@code progress} how far it is. A person runs one job at a
     * time (two tabs, two commits): a second one fails at once with {@code background.busy}, nothing done.
     */
    public <T> CompletableFuture<T> start(Function<Progress, T> job, Progress progress) {
        // read now, on the request's thread: the request's context is loaded lazily and gone once it has ended
        var user = SecurityContextHolder.getContext().getAuthentication();
        var name = user == null ? "" : user.getName();
        if (!running.add(name)) {
            return CompletableFuture.failedFuture(new RuleViolation("background.busy"));
        }
        return startAs(user, job, progress).whenComplete((result, failure) -> running.remove(name));
    }

    private <T> CompletableFuture<T> startAs(
            @Nullable Authentication user, Function<Progress, T> job, Progress progress) {
        return CompletableFuture.supplyAsync(
                () -> {
                    var context = SecurityContextHolder.createEmptyContext();
                    context.setAuthentication(user);
                    SecurityContextHolder.setContext(context);
                    try {
                        return job.apply(progress);
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                },
                threads);
    }

    @Override
    public void destroy() {
        threads.shutdown();
    }
}
