package org.openbilling.claimstatus;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A bounded pool for the per-claim writes of one request (a thousand claims of an 835 are a thousand independent
 * conditional writes: in parallel they take a fraction of the time). Tasks must not touch request-scoped beans:
 * callers capture the practice and actor first.
 */
@ApplicationScoped
public class ClaimWorkers {
    private final ExecutorService pool;

    public ClaimWorkers(@ConfigProperty(name = "billing.claim-status.parallelism", defaultValue = "8") int parallelism) {
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(Math.max(1, parallelism), r -> {
            Thread t = new Thread(r, "claim-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Runs {@code task} on every item, in parallel, and returns the results in the items' order. The first failure
     * cancels what has not started and is rethrown once every running task has stopped.
     */
    public <T, R> List<R> each(List<T> items, Function<T, R> task) {
        if (items.size() <= 1) {
            return items.stream().map(task).toList();
        }
        List<Future<R>> futures = new ArrayList<>(items.size());
        for (T item : items) {
            futures.add(pool.submit(() -> task.apply(item)));
        }
        List<R> out = new ArrayList<>(items.size());
        RuntimeException failure = null;
        for (Future<R> f : futures) {
            if (failure != null) {
                f.cancel(false);
                continue;
            }
            try {
                out.add(f.get());
            } catch (ExecutionException e) {
                failure = e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                futures.forEach(other -> other.cancel(false));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure = new IllegalStateException("interrupted", e);
                futures.forEach(other -> other.cancel(false));
            }
        }
        if (failure != null) {
            for (Future<R> f : futures) {
                try {
                    if (!f.isCancelled()) {
                        f.get();
                    }
                } catch (Exception ignored) {
                    // the first failure is the one reported
                }
            }
            throw failure;
        }
        return out;
    }

    /**
     * Runs {@code task} on chunks of at most {@code size} items, the chunks in parallel, and returns the results of
     * all chunks in the items' order: for work that reads its claims together (a few BatchGetItem calls per chunk)
     * while small chunks keep the workers evenly busy and bound what is held in memory.
     */
    public <T, R> List<R> eachChunk(List<T> items, int size, Function<List<T>, List<R>> task) {
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < items.size(); from += size) {
            chunks.add(items.subList(from, Math.min(items.size(), from + size)));
        }
        List<R> out = new ArrayList<>(items.size());
        each(chunks, task).forEach(out::addAll);
        return out;
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }
}
