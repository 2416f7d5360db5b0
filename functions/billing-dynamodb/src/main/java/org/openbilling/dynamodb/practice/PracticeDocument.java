package org.openbilling.dynamodb.practice;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.ZoneId;
import org.openbilling.domain.common.PracticeId;
import org.openbilling.domain.practice.PracticeSettings;
import org.openbilling.dynamodb.StorageJson;
import org.openbilling.dynamodb.document.LegacyBodies;

/**
 * The stored document of a practice's settings (schema 2): the practice id as a plain string, the time zone as its
 * id. The version lives on the item. Bodies of schema 1 (the domain record as Jackson wrote it, its version inside)
 * are read by {@link #read}.
 */
record PracticeDocument(int schema, String practiceId, String submitterId, String submitterName,
                        ContactDocument submitterContact, String receiverId, String receiverName,
                        String usageIndicator, String timeZone, int statementDueDays) {
    static final int SCHEMA = 2;

    record ContactDocument(String name, String phone, String email) {
    }

    static PracticeDocument of(PracticeSettings s) {
        PracticeSettings.Contact c = s.submitterContact();
        return new PracticeDocument(SCHEMA, s.practiceId().value(), s.submitterId(), s.submitterName(),
                c == null ? null : new ContactDocument(c.name(), c.phone(), c.email()), s.receiverId(),
                s.receiverName(), s.usageIndicator(), s.timeZone() == null ? null : s.timeZone().getId(),
                s.statementDueDays());
    }

    PracticeSettings toDomain(long version) {
        ContactDocument c = submitterContact;
        return new PracticeSettings(new PracticeId(practiceId), submitterId, submitterName,
                c == null ? null : new PracticeSettings.Contact(c.name, c.phone, c.email), receiverId, receiverName,
                usageIndicator, timeZone == null ? null : ZoneId.of(timeZone), statementDueDays, version);
    }

    /** The settings in a stored body of any schema, at the item's version. */
    static PracticeSettings read(String body, long version) {
        if (LegacyBodies.startsWithSchema(body, SCHEMA)) {
            return StorageJson.read(body, PracticeDocument.class).toDomain(version);
        }
        JsonNode tree = StorageJson.readTree(body);
        if (LegacyBodies.isSchema1(tree)) {
            ObjectNode plain = (ObjectNode) LegacyBodies.plain(tree);
            plain.remove("version");
            plain.put("schema", 1);
            tree = plain;
        }
        return StorageJson.read(tree, PracticeDocument.class).toDomain(version);
    }
}
