package org.openbilling.claimcreation;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.openbilling.codesets.scrub.ClaimScrubber;
import org.openbilling.contract.EncounterRequest;
import org.openbilling.contract.mapping.ClaimAnswers;
import org.openbilling.contract.mapping.EncounterRequests;
import org.openbilling.domain.claim.Claim;
import org.openbilling.domain.claim.ClaimFactory;
import org.openbilling.domain.common.ClaimId;
import org.openbilling.domain.common.EncounterId;
import org.openbilling.domain.common.PracticeId;
import org.openbilling.domain.encounter.Encounter;
import org.openbilling.domain.encounter.EncounterFactory;
import org.openbilling.domain.encounter.EncounterInput;
import org.openbilling.dynamodb.Tables;
import org.openbilling.dynamodb.claim.ClaimRepository;
import org.openbilling.dynamodb.encounter.EncounterRepository;
import org.openbilling.dynamodb.priming.Primer;

/**
 * The work of a first {@code POST /claims} that needs no caller and stores nothing, done at start-up on a synthetic
 * encounter ({@value #SAMPLE_ENCOUNTER}): the schemas of the tables it uses, the encounter's JSON read and its
 * codes checked against the code sets, the stored form written and read back, the claim built and scrubbed (NCCI,
 * MUE, MCE tables) and written as the API answers it. Nothing is logged.
 */
@ApplicationScoped
public class ClaimPrimer implements Primer {
    /** A synthetic coded encounter (no real person), also the one the cold-start bench stores for its probes. */
    static final String SAMPLE_ENCOUNTER = "META-INF/billing/sample-encounter.json";

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
        EncounterInput input;
        try (InputStream json = ClaimPrimer.class.getClassLoader().getResourceAsStream(SAMPLE_ENCOUNTER)) {
            input = EncounterRequests.toInput(mapper.readValue(json, EncounterRequest.class));
        }
        EncounterFactory.Parsed parsed = encounters.parse(input, LocalDate.now(ZoneOffset.UTC));
        Instant now = Instant.now();
        Encounter encounter = Encounter.create(EncounterId.newId(), new PracticeId("priming"), parsed.details(),
                parsed.coding(), now);
        encounter = EncounterRepository.throughDocument(encounter);
        Claim claim = ClaimFactory.fromEncounter(encounter, ClaimId.newId(), ClaimFactory.newClaimNumber(), List.of(), "priming", now);
        scrubber.scrub(claim, LocalDate.now(ZoneOffset.UTC));
        ClaimRepository.throughDocument(claim);
        mapper.writeValueAsString(ClaimAnswers.of(claim));
    }
}
