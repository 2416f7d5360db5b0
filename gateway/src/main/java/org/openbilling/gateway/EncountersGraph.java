package org.openbilling.gateway;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.openbilling.contract.EncounterAnswer;
import org.openbilling.contract.EncounterRequest;
import org.openbilling.domain.common.EncounterId;
import org.openbilling.domain.common.InvalidValueException;
import org.openbilling.domain.common.PracticeId;
import org.openbilling.domain.encounter.Encounter;
import org.openbilling.domain.encounter.EncounterStatus;
import org.openbilling.dynamodb.encounter.EncounterRepository;
import org.openbilling.gateway.functions.Functions;
import org.openbilling.gateway.types.Connections;
import org.openbilling.gateway.types.Connections.EncounterConnection;
import org.openbilling.gateway.types.EncounterView;
import org.openbilling.gateway.types.Inputs.EncounterInput;
import org.openbilling.gateway.types.Inputs.ProcedureInput;
import org.openbilling.gateway.types.Views;
import org.openbilling.web.Caller;

/** Encounters: reads from DynamoDB; intake and coding through the code-validation function. */
@GraphQLApi
@ApplicationScoped
public class EncountersGraph {

    private final EncounterRepository encounters;
    private final Functions functions;
    private final Caller caller;
    private final RecordReads reads;

    public EncountersGraph(EncounterRepository encounters, Functions functions, Caller caller, RecordReads reads) {
        this.reads = reads;
        this.encounters = encounters;
        this.functions = functions;
        this.caller = caller;
    }

    @Query("encounter")
    @Description("One encounter of the caller's practice; null with a not-found error for any other id.")
    public EncounterView encounter(@NonNull @Id String id) {
        Encounter e;
        try {
            e = load(caller.practice(), id);
        } catch (GatewayError notFound) {
            reads.byId("encounter", ClaimsGraph.safeId(id), 0, false);
            throw notFound;
        }
        reads.byId("encounter", e.id().value(), e.version(), true);
        return EncounterView.of(e, true);
    }

    @Query("encounters")
    @Description("Encounters of the practice, newest date of service first, optionally of one status.")
    public @NonNull EncounterConnection encounters(EncounterStatus status, Integer first, String after) {
        int n = Views.first(first);
        return Connections.encounters(ClaimsGraph.cursorSafe(() -> encounters.list(caller.practice(), status, n, after)),
                EncounterView::of);
    }

    @Mutation("createEncounter")
    @Description("Encounter intake, with or without coding; every code is checked on the date of service.")
    public @NonNull EncounterView createEncounter(@NonNull @Name("encounter") EncounterInput encounter, String idempotencyKey) {
        EncounterRequest body = encounter.toRequest();
        return EncounterView.of(functions.<EncounterAnswer>codeValidation(api -> api.createEncounter(functions.auth(), idempotencyKey,
                body)), true);
    }

    @Mutation("codeEncounter")
    @Description("Replaces an encounter's diagnoses and procedures (expectedVersion guards against lost updates).")
    public @NonNull EncounterView codeEncounter(@NonNull @Id String id, @NonNull List<@NonNull String> diagnoses,
                                                @NonNull List<@NonNull ProcedureInput> procedures, Integer expectedVersion) {
        EncounterRequest.Coding body = new EncounterRequest.Coding(diagnoses, ProcedureInput.toRequests(procedures),
                expectedVersion == null ? null : expectedVersion.longValue());
        return EncounterView.of(functions.<EncounterAnswer>codeValidation(api -> api.codeEncounter(functions.auth(), id, body)), true);
    }

    private Encounter load(PracticeId practice, String id) {
        EncounterId encounterId;
        try {
            encounterId = new EncounterId(id);
        } catch (InvalidValueException e) {
            throw new GatewayError("not-found", "id", "no such encounter");
        }
        return encounters.find(practice, encounterId)
                .orElseThrow(() -> new GatewayError("not-found", "id", "no such encounter"));
    }
}
