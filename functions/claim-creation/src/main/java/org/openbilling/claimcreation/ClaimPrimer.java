package org.openbilling.claimcreation;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.openbilling.codesets.scrub.ClaimScrubber;
import org.openbilling.domain.claim.Claim;
import org.openbilling.domain.claim.ClaimFactory;
import org.openbilling.domain.common.ClaimId;
import org.openbilling.domain.common.EncounterId;
import org.openbilling.domain.common.PracticeId;
import org.openbilling.domain.encounter.Encounter;
import org.openbilling.domain.encounter.EncounterFactory;
import org.openbilling.domain.encounter.EncounterInput;
import org.openbilling.dynamodb.StorageJson;
import org.openbilling.dynamodb.Tables;
import org.openbilling.dynamodb.priming.Primer;

/**
 * The work of a first {@code POST /claims} that needs no caller and stores nothing, done at start-up on a synthetic
 * encounter: the schemas of the tables it uses, the encounter's JSON read and its codes checked against the code
 * sets, the stored form written and read back, the claim built and scrubbed (NCCI, MUE, MCE tables) and written as
 * the API answers it. Nothing is logged.
 */
@ApplicationScoped
public class ClaimPrimer implements Primer {
    private static final String ENCOUNTER = """
            {"patient":{"id":"PRIMING-1","firstName":"Priming","lastName":"Sample","dateOfBirth":"1958-03-14","sex":"F",
             "address":{"line1":"1 Sample Street","city":"Springfield","state":"IL","postalCode":"62704"}},
             "coverage":{"payerId":"60054","payerName":"Sample Payer","memberId":"PRIMING001","relationship":"SELF","filingIndicator":"CI"},
             "billingProvider":{"npi":"1234567893","taxId":"123456789","organizationName":"Sample Practice","taxonomyCode":"207Q00000X",
              "address":{"line1":"1 Main Street","city":"Springfield","state":"IL","postalCode":"62701"}},
             "renderingProvider":{"npi":"1245319599","firstName":"Sample","lastName":"Doctor","taxonomyCode":"207Q00000X"},
             "assignmentOfBenefits":true,"releaseOfInformation":"Y","signatureOnFile":true,"serviceDate":"2026-08-12","placeOfService":"11",
             "diagnoses":["E11.9","I10"],"procedures":[{"code":"99214","charge":"165.00","diagnosisPointers":[1,2]},
              {"code":"83036","charge":"45.50","diagnosisPointers":[1]}]}""";

    private final ObjectMapper mapper;
    private final Tables tables;
    private final EncounterFactory encounters;
    private final ClaimScrubber scrubber;

    public ClaimPrimer(ObjectMapper mapper, Tables tables, EncounterFactory encounters, ClaimScrubber scrubber) {
        this.mapper = mapper;
        this.tables = tables;
        this.encounters = encounters;
        this.scrubber = scrubber;
    }

    @Override
    public void prime() throws Exception {
        tables.encounters();
        tables.claims();
        tables.claimNumbers();
        tables.idempotency();
        tables.audit();
        EncounterFactory.Parsed parsed = encounters.parse(mapper.readValue(ENCOUNTER, EncounterInput.class));
        Instant now = Instant.now();
        Encounter encounter = Encounter.create(EncounterId.newId(), new PracticeId("priming"), parsed.details(),
                parsed.diagnoses(), parsed.procedures(), now);
        encounter = StorageJson.read(StorageJson.write(encounter), Encounter.class);
        Claim claim = ClaimFactory.fromEncounter(encounter, ClaimId.newId(), ClaimFactory.newClaimNumber(), List.of(), "priming", now);
        scrubber.scrub(claim, LocalDate.now(ZoneOffset.UTC));
        StorageJson.read(StorageJson.write(claim), Claim.class);
        mapper.writeValueAsString(claim);
    }
}
