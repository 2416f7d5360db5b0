package org.openbilling.dynamodb.priming;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.interceptor.Interceptor;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Runs the app's {@link Primer}s once at start-up, so that the first real request finds its classes loaded, its
 * schemas built and its DynamoDB connection made. {@code billing.startup.priming}:
 * <ul>
 *   <li>{@code background} (default; the local run and any long-running server): on a thread of its own, while
 *   the HTTP server starts; a request that arrives first waits for nothing but what it needs itself;</li>
 *   <li>{@code sync}: before start-up ends (the Lambda packagings: with SnapStart, start-up runs before the
 *   snapshot, so every restored instance starts primed);</li>
 *   <li>{@code off} (tests, where a background DynamoDB read would disturb the call counts).</li>
 * </ul>
 * A primer that fails costs nothing but its own head start: it is logged (its exception's class only) and the
 * others still run.
 */
@ApplicationScoped
public class Priming {
    private static final Logger LOG = Logger.getLogger(Priming.class);

    private final Instance<Primer> primers;
    private final String mode;

    public Priming(@Any Instance<Primer> primers, @ConfigProperty(name = "billing.startup.priming", defaultValue = "background") String mode) {
        this.primers = primers;
        this.mode = mode;
    }

    // after the other start-up observers (table creation in the local run)
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 1000) StartupEvent event) {
        switch (mode) {
            case "off" -> {
            }
            case "sync" -> primeNow();
            case "background" -> {
                Thread thread = new Thread(this::primeNow, "billing-priming");
                thread.setDaemon(true);
                thread.start();
            }
            default -> LOG.warnf("billing.startup.priming=%s is not one of background, sync, off: no priming", mode);
        }
    }

    /** Runs every primer now, on this thread; answers the names of those that failed. */
    public List<String> primeNow() {
        long t0 = System.nanoTime();
        List<String> failed = new ArrayList<>();
        for (Primer primer : primers) {
            try {
                primer.prime();
            } catch (Exception | LinkageError e) {
                String name = primer.getClass().getSimpleName().replace("_ClientProxy", "");
                failed.add(name);
                LOG.infof("priming: %s failed (%s); the first request will do its work", name, e.getClass().getSimpleName());
            }
        }
        LOG.debugf("primed in %d ms", (System.nanoTime() - t0) / 1_000_000);
        return failed;
    }
}
