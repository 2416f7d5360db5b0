package org.openbilling.clearinghouse.secrets;

import java.util.Optional;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.ResourceNotFoundException;

/**
 * Secrets in AWS Secrets Manager, each under {@code prefix + name} and encrypted with the platform's customer key.
 * The stack's role lets the function manage only secrets under its prefix.
 */
public final class SecretsManagerSecretStore implements SecretStore {
    private final SecretsManagerClient client;
    private final String prefix;
    private final Optional<String> kmsKeyId;

    public SecretsManagerSecretStore(SecretsManagerClient client, String prefix, Optional<String> kmsKeyId) {
        this.client = client;
        this.prefix = prefix;
        this.kmsKeyId = kmsKeyId.filter(k -> !k.isBlank());
    }

    @Override
    public void put(String name, String value) {
        String id = prefix + name;
        try {
            client.putSecretValue(r -> r.secretId(id).secretString(value));
        } catch (ResourceNotFoundException e) {
            client.createSecret(r -> {
                r.name(id).secretString(value).description("clearinghouse connection credential");
                kmsKeyId.ifPresent(r::kmsKeyId);
            });
        }
    }

    @Override
    public Optional<String> get(String name) {
        try {
            return Optional.ofNullable(client.getSecretValue(r -> r.secretId(prefix + name)).secretString());
        } catch (ResourceNotFoundException e) {
            return Optional.empty();
        }
    }

    @Override
    public void delete(String name) {
        try {
            client.deleteSecret(r -> r.secretId(prefix + name).recoveryWindowInDays(7L));
        } catch (ResourceNotFoundException e) {
            // already gone
        }
    }
}
