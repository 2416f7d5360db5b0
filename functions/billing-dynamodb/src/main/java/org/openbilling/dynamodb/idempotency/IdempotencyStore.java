package org.openbilling.dynamodb.idempotency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.openbilling.domain.common.PracticeId;
import org.openbilling.dynamodb.Tables;
import org.openbilling.dynamodb.support.Keys;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.model.PutItemEnhancedRequest;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * Claims an Idempotency-Key for one request and records its answer. A claim on a key that is still running is
 * a lease: if the process that took it died, a retry may take it over after {@link #LEASE} and finish the job.
 */
@ApplicationScoped
public class IdempotencyStore {
    public static final Duration RETENTION = Duration.ofHours(24);
    public static final Duration LEASE = Duration.ofSeconds(30);
    static final String RUNNING = "RUNNING";
    static final String DONE = "DONE";
    /** Stored answers start with this when gzipped; a JSON answer never does. */
    static final String GZIP_PREFIX = "gzip64:";
    static final int PACK_ABOVE = 64 * 1024;

    private final DynamoDbTable<IdempotencyItem> table;
    private final Clock clock;

    @Inject
    public IdempotencyStore(Tables tables) {
        this(tables.idempotency(), Clock.systemUTC());
    }

    IdempotencyStore(DynamoDbTable<IdempotencyItem> table, Clock clock) {
        this.table = table;
        this.clock = clock;
    }

    /** What the store knows about a key at the moment a request arrives. */
    public sealed interface Claim permits Acquired, Replay, Running, Mismatch {
    }

    /** The caller now owns the key and must {@link #complete} or {@link #release} it. */
    public record Acquired(String pk) implements Claim {
    }

    /** The key was answered before: send this answer again. */
    public record Replay(int statusCode, String body, String location) implements Claim {
    }

    /** Another request with this key is still running; {@link #poll} tells when it has answered. */
    public record Running(String pk) implements Claim {
    }

    /** The key was used with another request body. */
    public record Mismatch() implements Claim {
    }

    public Claim acquire(PracticeId practice, String route, String key, String requestHash) {
        String pk = Keys.of(practice, route, key);
        long now = clock.millis();
        IdempotencyItem fresh = new IdempotencyItem();
        fresh.setPk(pk);
        fresh.setState(RUNNING);
        fresh.setRequestHash(requestHash);
        fresh.setStartedAt(now);
        fresh.setExpiresAt((now + RETENTION.toMillis()) / 1000);
        if (put(fresh, "attribute_not_exists(pk)", Map.of())) {
            return new Acquired(pk);
        }
        IdempotencyItem existing = table.getItem(r -> r.key(Key.builder().partitionValue(pk).build()).consistentRead(true));
        if (existing == null) {
            return acquire(practice, route, key, requestHash);
        }
        boolean expired = existing.getExpiresAt() != null && existing.getExpiresAt() * 1000 <= now;
        boolean abandoned = RUNNING.equals(existing.getState()) && existing.getStartedAt() + LEASE.toMillis() <= now;
        if (expired || abandoned) {
            // take over only from exactly the record we saw, so that two retries cannot both win
            if (put(fresh, "startedAt = :seen", Map.of(":seen", AttributeValue.fromN(existing.getStartedAt().toString())))) {
                return new Acquired(pk);
            }
            return new Running(pk);
        }
        if (!existing.getRequestHash().equals(requestHash)) {
            return new Mismatch();
        }
        if (DONE.equals(existing.getState())) {
            return new Replay(existing.getStatusCode(), unpack(existing.getBody()), existing.getLocation());
        }
        return new Running(pk);
    }

    /** Looks again at a key that was running: its answer, still running, or empty once its request gave it up. */
    public Optional<Claim> poll(String pk) {
        IdempotencyItem item = table.getItem(r -> r.key(Key.builder().partitionValue(pk).build()).consistentRead(true));
        if (item == null) {
            return Optional.empty();
        }
        return Optional.of(DONE.equals(item.getState())
                ? new Replay(item.getStatusCode(), unpack(item.getBody()), item.getLocation())
                : new Running(pk));
    }

    /** Records the answer of the request that owned the key. */
    public void complete(Acquired acquired, String requestHash, int statusCode, String body, String location) {
        long now = clock.millis();
        IdempotencyItem done = new IdempotencyItem();
        done.setPk(acquired.pk());
        done.setState(DONE);
        done.setRequestHash(requestHash);
        done.setStatusCode(statusCode);
        done.setBody(pack(body));
        done.setLocation(location);
        done.setStartedAt(now);
        done.setExpiresAt((now + RETENTION.toMillis()) / 1000);
        table.putItem(done);
    }

    /** Frees a key whose request failed without an answer worth repeating (a server error), so a retry runs again. */
    public void release(Acquired acquired) {
        table.deleteItem(Key.builder().partitionValue(acquired.pk()).build());
    }

    /**
     * Large answers (an 837P batch of a thousand claims is 300 KB) are stored gzipped so that they stay far below
     * DynamoDB's 400 KB item limit.
     */
    static String pack(String body) {
        if (body == null || body.length() < PACK_ABOVE) {
            return body;
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(body.length() / 8 + 64);
        try (java.util.zip.GZIPOutputStream z = new java.util.zip.GZIPOutputStream(out)) {
            z.write(body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return GZIP_PREFIX + java.util.Base64.getEncoder().encodeToString(out.toByteArray());
    }

    static String unpack(String stored) {
        if (stored == null || !stored.startsWith(GZIP_PREFIX)) {
            return stored;
        }
        byte[] zipped = java.util.Base64.getDecoder().decode(stored.substring(GZIP_PREFIX.length()));
        try (java.util.zip.GZIPInputStream z = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(zipped))) {
            return new String(z.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private boolean put(IdempotencyItem item, String condition, Map<String, AttributeValue> values) {
        try {
            var expression = Expression.builder().expression(condition);
            if (!values.isEmpty()) {
                expression.expressionValues(values);
            }
            table.putItem(PutItemEnhancedRequest.builder(IdempotencyItem.class).item(item)
                    .conditionExpression(expression.build()).build());
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }
}
