package org.openbilling.web.startup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

/**
 * Loads, on a second thread, the classes the app is about to need, while the main thread starts Quarkus.
 *
 * <p>Starting an app is mostly class loading on one thread: claim-creation loads about 3,900 classes from jars or
 * from the JDK's modules outside its shared archive before its port opens, each read, parsed and defined when first
 * touched. {@code META-INF/billing/preload-classes.txt.gz}, recorded from a real start up to its open port
 * ({@code infrastructure/bench/coldstart.sh} with {@code COLDSTART_RECORD_CLASSES=1}), lists them in the order they
 * were needed (the classes of the first request are left to its own threads and the primers: a preloader still busy
 * then only takes their CPU); this thread loads them in that order without initializing any
 * ({@code Class.forName(name, false, loader)}: no static initializer runs, so nothing happens earlier or in
 * another order than it would have), and the main thread finds them ready. A name that no longer exists is skipped,
 * so a list recorded from an older build only loses some of its effect. Off with {@code -Dbilling.preload-classes=false}
 * or {@code BILLING_PRELOAD_CLASSES=false}.
 */
public final class ClassPreloader {
    static final String LIST = "META-INF/billing/preload-classes.txt.gz";

    private ClassPreloader() {
    }

    /** Starts the preloading thread when the app carries a list and preloading is not switched off. */
    public static void start(ClassLoader loader) {
        String off = System.getProperty("billing.preload-classes", System.getenv("BILLING_PRELOAD_CLASSES"));
        if ("false".equalsIgnoreCase(off) || loader.getResource(LIST) == null) {
            return;
        }
        Thread thread = new Thread(() -> preload(loader), "billing-class-preload");
        thread.setDaemon(true);
        thread.start();
    }

    /** How many classes the list names, and how many of them loaded. */
    public record Preloaded(int listed, int loaded) {
    }

    /** Loads every class of the list that exists, on this thread. */
    public static Preloaded preload(ClassLoader loader) {
        int listed = 0;
        int loaded = 0;
        try (InputStream in = loader.getResourceAsStream(LIST);
             BufferedReader names = new BufferedReader(new InputStreamReader(new GZIPInputStream(in, 1 << 16), StandardCharsets.UTF_8))) {
            for (String name = names.readLine(); name != null; name = names.readLine()) {
                listed++;
                try {
                    Class.forName(name, false, loader);
                    loaded++;
                } catch (ClassNotFoundException | LinkageError skipped) {
                    // gone since the list was recorded, or not loadable here: the main thread decides what that means
                }
            }
        } catch (IOException | RuntimeException e) {
            // a missing or damaged list costs its head start, nothing else
        }
        return new Preloaded(listed, loaded);
    }
}
