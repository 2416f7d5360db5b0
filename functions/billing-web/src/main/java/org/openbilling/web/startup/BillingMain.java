package org.openbilling.web.startup;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * The entry point of every app run as a server ({@code java -jar quarkus-run.jar}): starts the
 * {@link ClassPreloader}, then Quarkus as usual. On Lambda the runtime's handler starts Quarkus and this is not
 * used (SnapStart restores an initialized JVM there, primed by {@code billing.startup.priming=sync}).
 */
@QuarkusMain
public final class BillingMain {
    private BillingMain() {
    }

    public static void main(String... args) {
        ClassPreloader.start(BillingMain.class.getClassLoader());
        Quarkus.run(args);
    }
}
