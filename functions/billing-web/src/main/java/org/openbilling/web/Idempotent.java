package org.openbilling.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;
import org.openbilling.domain.common.RuleViolationException;
import org.openbilling.dynamodb.idempotency.IdempotencyStore;
import org.openbilling.dynamodb.idempotency.IdempotencyStore.Acquired;
import org.openbilling.dynamodb.idempotency.IdempotencyStore.Mismatch;
import org.openbilling.dynamodb.idempotency.IdempotencyStore.Replay;
import org.openbilling.dynamodb.idempotency.IdempotencyStore.Running;

/**
 * Runs a POST at most once per Idempotency-Key, practice and route: a repeat with the same body gets the first
 * answer again; one with another body is 422 {@code idempotency-key-reused}; one that arrives while the first is
 * running waits up to 5 seconds for its answer, then gets 409 {@code idempotency-key-in-flight}.
 */
@ApplicationScoped
public class Idempotent {
    public static final String HEADER = "Idempotency-Key";
    static final Duration WAIT = Duration.ofSeconds(5);

    private final IdempotencyStore store;
    private final ObjectMapper mapper;
    private final Caller caller;

    public Idempotent(IdempotencyStore store, ObjectMapper mapper, Caller caller) {
        this.store = store;
        this.mapper = mapper;
        this.caller = caller;
    }

    public Response run(String route, String key, Object request, Supplier<Response> action) {
        if (key == null) {
            return action.get();
        }
        if (key.isBlank() || key.length() > 200 || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new RuleViolationException("idempotency-key-format", HEADER, "an Idempotency-Key is 1 to 200 printable characters");
        }
        String hash = hash(request);
        var claim = store.acquire(caller.practice(), route, key, hash);
        if (claim instanceof Acquired acquired) {
            Response response;
            try {
                response = action.get();
            } catch (RuntimeException e) {
                // nothing was done (or it was rolled back by its own rules): let a retry run afresh
                store.release(acquired);
                throw e;
            }
            String location = response.getLocation() == null ? null : response.getLocation().toString();
            store.complete(acquired, hash, response.getStatus(), write(response.getEntity()), location);
            return response;
        }
        if (claim instanceof Replay replay) {
            return replay(replay);
        }
        if (claim instanceof Mismatch) {
            throw new RuleViolationException("idempotency-key-reused", HEADER,
                    "this Idempotency-Key was used with another request body");
        }
        return awaitFirst((Running) claim);
    }

    /** Waits for the first request's answer with plain reads (its body was already matched against ours). */
    private Response awaitFirst(Running running) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            Optional<IdempotencyStore.Claim> now = store.poll(running.pk());
            if (now.isEmpty()) {
                // the first request failed and gave the key up: this one cannot safely redo it mid-flight
                throw new InFlightException();
            }
            if (now.get() instanceof Replay replay) {
                return replay(replay);
            }
        }
        throw new InFlightException();
    }

    private static Response replay(Replay replay) {
        Response.ResponseBuilder b = Response.status(replay.statusCode()).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(replay.body()).header("Idempotent-Replayed", "true");
        Optional.ofNullable(replay.location()).ifPresent(l -> b.header("Location", l));
        return b.build();
    }

    private String hash(Object request) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(write(request).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String write(Object value) {
        try {
            return value == null ? "" : value instanceof String s ? s : mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write an answer", e);
        }
    }

    /** The first request with this key is still running after the wait (HTTP 409). */
    public static class InFlightException extends RuntimeException {
        public InFlightException() {
            super("a request with this Idempotency-Key is still running; retry later");
        }
    }
}
