package org.openbilling.domain.workqueue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Work item ids derive from the event that caused the item (its category and source key), never from a clock or a
 * random number: the same 835, 277CA or scheduled check seen again finds the item it made and makes nothing twice.
 */
public final class WorkItemIds {
    private WorkItemIds() {
    }

    public static String of(WorkItemCategory category, String sourceKey) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest((category.name() + "\n" + sourceKey)
                    .getBytes(StandardCharsets.UTF_8));
            return "w-" + HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
