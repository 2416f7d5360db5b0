package org.openbilling.clearinghouse.secrets;

import java.util.Optional;

/**
 * Where connection secrets live (AWS Secrets Manager in AWS; an owner-only file under the data folder locally).
 * Values are never logged and never answered back by an API: only the stores read them, and only to sign in.
 */
public interface SecretStore {
    /** Stores or replaces a secret. */
    void put(String name, String value);

    Optional<String> get(String name);

    /** Removes a secret; removing one that is not there is fine. */
    void delete(String name);
}
