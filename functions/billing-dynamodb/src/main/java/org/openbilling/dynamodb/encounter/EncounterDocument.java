package org.openbilling.dynamodb.encounter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.openbilling.domain.claim.Warning;
import org.openbilling.domain.codes.CodeSystem;
import org.openbilling.domain.common.EncounterId;
import org.openbilling.domain.common.Money;
import org.openbilling.domain.common.PracticeId;
import org.openbilling.domain.encounter.Coding;
import org.openbilling.domain.encounter.Encounter;
import org.openbilling.domain.encounter.EncounterStatus;
import org.openbilling.domain.encounter.Procedure;
import org.openbilling.dynamodb.StorageJson;
import org.openbilling.dynamodb.document.DetailsDocument;
import org.openbilling.dynamodb.document.LegacyBodies;

/**
 * The stored document of an encounter (schema 2): its details (coverages as a list in payment order) and its coding
 * as parts, money as decimal strings. Bodies of schema 1 (the flat domain record with {@code coverage} and
 * {@code secondaryCoverage}) are read by {@link #read}. The version lives on the item.
 */
record EncounterDocument(int schema, String id, String practiceId, String status, DetailsDocument details,
                         CodingDocument coding, Instant createdAt, Instant updatedAt, List<WarningDocument> warnings) {
    static final int SCHEMA = 2;

    record CodingDocument(List<String> diagnoses, List<ProcedureDocument> procedures) {
    }

    record ProcedureDocument(String code, String system, List<String> modifiers, int units, String charge,
                             List<Integer> diagnosisPointers, LocalDate serviceDate, LocalDate serviceDateTo,
                             String ndc) {
    }

    record WarningDocument(String rule, String field, String message) {
    }

    static EncounterDocument of(Encounter e) {
        return new EncounterDocument(SCHEMA, e.id().value(), e.practiceId().value(), e.status().name(),
                DetailsDocument.of(e.details()),
                new CodingDocument(e.diagnoses(), e.procedures().stream().map(p -> new ProcedureDocument(p.code(),
                        p.system().name(), p.modifiers(), p.units(), p.charge().toString(), p.diagnosisPointers(),
                        p.serviceDate(), p.serviceDateTo(), p.ndc())).toList()),
                e.createdAt(), e.updatedAt(),
                e.warnings().stream().map(w -> new WarningDocument(w.rule(), w.field(), w.message())).toList());
    }

    Encounter toDomain(long version) {
        Coding c = new Coding(coding.diagnoses, coding.procedures.stream().map(p -> new Procedure(p.code,
                CodeSystem.valueOf(p.system), p.modifiers, p.units, Money.of(p.charge), p.diagnosisPointers,
                p.serviceDate, p.serviceDateTo, p.ndc)).toList());
        return new Encounter(new EncounterId(id), new PracticeId(practiceId), EncounterStatus.valueOf(status),
                details.toDomain(), c, createdAt, updatedAt, version,
                warnings == null ? List.of() : warnings.stream().map(w -> new Warning(w.rule, w.field, w.message)).toList());
    }

    /** The encounter in a stored body of any schema. */
    static Encounter read(String body, long version) {
        if (LegacyBodies.startsWithSchema(body, SCHEMA)) {
            return StorageJson.read(body, EncounterDocument.class).toDomain(version);
        }
        JsonNode tree = StorageJson.readTree(body);
        JsonNode document = LegacyBodies.isSchema1(tree) ? fromSchema1(tree) : tree;
        return StorageJson.read(document, EncounterDocument.class).toDomain(version);
    }

    /** Schema 1 held the encounter flat; an encounter stored before warnings existed has none. */
    private static JsonNode fromSchema1(JsonNode raw) {
        JsonNode v1 = LegacyBodies.plain(raw);
        ObjectNode doc = LegacyBodies.pick(v1, "id", "practiceId", "status", "createdAt", "updatedAt", "warnings");
        doc.put("schema", 1);
        doc.set("details", LegacyBodies.details(LegacyBodies.pick(v1, "patient", "coverage", "secondaryCoverage",
                "billingProvider", "renderingProvider", "referringProvider", "serviceFacility", "priorAuthorization",
                "accident", "assignmentOfBenefits", "releaseOfInformation", "signatureOnFile", "serviceDate",
                "serviceDateTo", "placeOfService")));
        doc.set("coding", LegacyBodies.pick(v1, "diagnoses", "procedures"));
        return doc;
    }
}
