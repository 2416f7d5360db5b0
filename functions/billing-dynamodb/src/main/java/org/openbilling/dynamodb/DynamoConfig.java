package org.openbilling.dynamodb;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** Typed storage settings; in AWS the stack sets them through environment variables (BILLING_DYNAMODB_...). */
@ConfigMapping(prefix = "billing.dynamodb")
public interface DynamoConfig {
    /** Prefix of every physical table name, e.g. {@code billing-}. */
    @WithDefault("billing-")
    String tablePrefix();

    /** Create missing tables at start-up: true for the local run and tests, false in AWS (the stack owns them). */
    @WithDefault("false")
    boolean createTables();

    /** Secret that signs pagination cursors so that clients cannot edit them; required outside dev and test. */
    Optional<String> cursorSecret();

    /** Settings given in code, outside Quarkus (operator commands, tests of the storage on its own). */
    static DynamoConfig of(String tablePrefix, boolean createTables, Optional<String> cursorSecret) {
        return new DynamoConfig() {
            @Override
            public String tablePrefix() {
                return tablePrefix;
            }

            @Override
            public boolean createTables() {
                return createTables;
            }

            @Override
            public Optional<String> cursorSecret() {
                return cursorSecret;
            }
        };
    }
}
