package org.openbilling.dynamodb.encounter;

import org.openbilling.domain.encounter.Encounter;
import org.openbilling.dynamodb.StorageJson;
import org.openbilling.dynamodb.support.Keys;

/** The one place where encounter items and encounters meet. */
final class EncounterMapper {
    private EncounterMapper() {
    }

    static EncounterItem toItem(Encounter e) {
        EncounterItem i = new EncounterItem();
        i.setPk(Keys.of(e.practiceId(), e.id().value()));
        i.setPracticePk(e.practiceId().value());
        i.setStatusPk(Keys.of(e.practiceId(), e.status().name()));
        i.setDateSk(e.serviceDate() + "#" + e.id().value());
        i.setId(e.id().value());
        i.setPracticeId(e.practiceId().value());
        i.setStatus(e.status().name());
        i.setVersion(e.version());
        i.setCreatedAt(e.createdAt().toString());
        i.setUpdatedAt(e.updatedAt().toString());
        i.setBody(StorageJson.write(EncounterDocument.of(e)));
        return i;
    }

    static Encounter toDomain(EncounterItem i) {
        // the item's version is the truth: the body was written before the version moved on
        return EncounterDocument.read(i.getBody(), i.getVersion());
    }
}
