package org.openbilling.dynamodb;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.openbilling.domain.common.InvalidValueException;
import org.openbilling.domain.common.PracticeId;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Opaque pagination cursors: the last key of a page, bound to the practice and the list (with its filters) and
 * signed, so that an edited cursor cannot read another practice or another list.
 */
public final class CursorCodec {
    private final byte[] secret;

    public CursorCodec(String secret) {
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    /** Encodes a start key for {@code list} (a name plus its filters) within one practice. */
    public String encode(PracticeId practice, String list, Map<String, AttributeValue> key) {
        Map<String, String> sorted = new TreeMap<>();
        key.forEach((k, v) -> sorted.put(k, v.s()));
        String payload = StorageJson.write(Map.of("k", sorted));
        String body = b64(payload.getBytes(StandardCharsets.UTF_8));
        return body + "." + b64(mac(practice.value() + "\n" + list + "\n" + body));
    }

    /** The start key in a cursor, or an {@code cursor-invalid} rule violation if it was edited or belongs elsewhere. */
    @SuppressWarnings("unchecked")
    public Map<String, AttributeValue> decode(PracticeId practice, String list, String cursor) {
        int dot = cursor == null ? -1 : cursor.indexOf('.');
        if (dot <= 0 || cursor.length() > 4096) {
            throw invalid();
        }
        String body = cursor.substring(0, dot);
        byte[] given;
        try {
            given = Base64.getUrlDecoder().decode(cursor.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
        if (!MessageDigest.isEqual(given, mac(practice.value() + "\n" + list + "\n" + body))) {
            throw invalid();
        }
        Map<String, Object> payload = StorageJson.read(new String(Base64.getUrlDecoder().decode(body), StandardCharsets.UTF_8), Map.class);
        Map<String, String> keys = (Map<String, String>) payload.get("k");
        Map<String, AttributeValue> out = new TreeMap<>();
        keys.forEach((k, v) -> out.put(k, AttributeValue.fromS(v)));
        return out;
    }

    private static InvalidValueException invalid() {
        return new InvalidValueException("cursor-invalid", "the cursor is not one this list handed out");
    }

    private byte[] mac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
