package org.openbilling.gateway;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.openbilling.contract.ClaimAnswer;
import org.openbilling.contract.Requests;
import org.openbilling.domain.claim.AgeBasis;
import org.openbilling.domain.claim.Claim;
import org.openbilling.domain.claim.ClaimStatus;
import org.openbilling.domain.common.ClaimId;
import org.openbilling.domain.common.EncounterId;
import org.openbilling.domain.common.InvalidValueException;
import org.openbilling.domain.common.PracticeId;
import org.openbilling.domain.common.RuleViolationException;
import org.openbilling.domain.encounter.Encounter;
import org.openbilling.dynamodb.Page;
import org.openbilling.dynamodb.claim.ClaimRepository;
import org.openbilling.dynamodb.claim.OpenClaimsFilter;
import org.openbilling.dynamodb.encounter.EncounterRepository;
import org.openbilling.gateway.functions.Functions;
import org.openbilling.gateway.types.ClaimAge;
import org.openbilling.gateway.types.ClaimView;
import org.openbilling.gateway.types.Connections;
import org.openbilling.gateway.types.Connections.ClaimConnection;
import org.openbilling.gateway.types.EncounterView;
import org.openbilling.gateway.types.Inputs;
import org.openbilling.gateway.types.Views;
import org.openbilling.web.Caller;
import org.openbilling.dynamodb.practice.PracticeClock;

/** Claims: reads from DynamoDB's indexes; changes through the functions. */
@GraphQLApi
@ApplicationScoped
public class ClaimsGraph {
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private final ClaimRepository claims;
    private final EncounterRepository encounters;
    private final Functions functions;
    private final Caller caller;
    private final PracticeClock clock;
    private final RecordReads reads;

    public ClaimsGraph(ClaimRepository claims, EncounterRepository encounters, Functions functions, Caller caller,
                       PracticeClock clock, RecordReads reads) {
        this.reads = reads;
        this.claims = claims;
        this.encounters = encounters;
        this.functions = functions;
        this.caller = caller;
        this.clock = clock;
    }

    @Query("claim")
    @Description("One claim of the caller's practice; null with a not-found error for any other id.")
    public ClaimView claim(@NonNull @Id String id) {
        Claim c;
        try {
            c = load(caller.practice(), id);
        } catch (GatewayError notFound) {
            reads.byId("claim", safeId(id), 0, false);
            throw notFound;
        }
        reads.byId("claim", c.id().value(), c.version(), true);
        return oneRecord(c);
    }

    /** An id fit for an audit key: what the caller sent if it could be an id at all. */
    static String safeId(String id) {
        return id != null && SAFE_ID.matcher(id).matches() ? id : "invalid-id";
    }

    @Query("claims")
    @Description("Claims of the practice, newest first, optionally of some statuses and one payer.")
    public @NonNull ClaimConnection claims(List<ClaimStatus> statuses, String payerId, Integer first, String after) {
        Set<ClaimStatus> wanted = statusSet(statuses);
        Page<Claim> page = cursorSafe(() -> claims.list(caller.practice(), wanted, payerId, Views.first(first), after));
        ClaimAge age = age(AgeBasis.DATE_OF_SERVICE);
        return Connections.claims(page, c -> ClaimView.of(c, age));
    }

    @Query("openClaims")
    @Description("Open claims by age, from the open-claims indexes. ageBy: DATE_OF_SERVICE (the default, as most "
            + "practice systems age) or FIRST_SUBMISSION (creation while READY); minAgeDays, orderBy and each claim's "
            + "ageDays follow it. filingDeadlineWithinDays keeps claims whose filingDeadline is at most that many days "
            + "away in the practice's time zone, passed ones included.")
    public @NonNull ClaimConnection openClaims(List<ClaimStatus> statuses, String payerId, Integer minAgeDays,
                                               AgeOrder orderBy, Integer first, String after,
                                               @DefaultValue("DATE_OF_SERVICE") AgeBasis ageBy,
                                               Integer filingDeadlineWithinDays) {
        PracticeId practice = caller.practice();
        ClaimAge age = age(ageBy);
        OpenClaimsFilter filter;
        try {
            filter = OpenClaimsQuery.filter(statuses, payerId, minAgeDays, orderBy, age.basis(), age.today(), age.zone(),
                    filingDeadlineWithinDays);
        } catch (RuleViolationException e) {
            var v = e.violations().get(0);
            throw new GatewayError(v.rule(), v.field(), v.message());
        }
        int n = Views.first(first);
        Page<Claim> page = cursorSafe(() -> claims.open(practice, filter, n, after));
        return Connections.claims(page, c -> ClaimView.of(c, age));
    }

    @Mutation("createClaim")
    @Description("A READY claim from a coded encounter (claim-creation's POST /claims).")
    public @NonNull ClaimView createClaim(@NonNull @Id String encounterId, String idempotencyKey) {
        // the function's answer is the claim it stored (or, for a repeated idempotency key, its first answer)
        return oneRecord(functions.<ClaimAnswer>claimCreation(api -> api.createClaim(functions.auth(), idempotencyKey,
                new Requests.CreateClaim(encounterId))));
    }

    @Mutation("updateClaimStatus")
    @Description("Moves a claim along the contract's table of transitions (claim-status's POST /claims/{id}/status); "
            + "a move to PAID, PARTIALLY_PAID or DENIED may carry the payer's adjudication, entered by hand. VOIDED is "
            + "the void (claim-creation's POST /claims/{id}/void: a frequency-8 claim to the payer, the patient's "
            + "invoices withdrawn); REPLACED is refused (use-corrections-endpoint): a replacement comes from a correction.")
    public @NonNull ClaimView updateClaimStatus(@NonNull @Id String id, @NonNull ClaimStatus status, String reason,
                                                Integer expectedVersion, Inputs.AdjudicationInput adjudication,
                                                String idempotencyKey) {
        if (status == ClaimStatus.VOIDED && adjudication == null) {
            // the void's own flow, so that a void from any client tells the payer and settles the patient's invoices
            Requests.VoidClaim body = new Requests.VoidClaim(expectedVersion == null ? null : expectedVersion.longValue(),
                    reason == null || reason.isBlank() ? "voided (no reason given)" : reason);
            return oneRecord(functions.<ClaimAnswer>claimCreation(api -> api.voidClaim(functions.auth(), idempotencyKey, id, body)));
        }
        Requests.StatusChange body = new Requests.StatusChange(status.name(), reason,
                expectedVersion == null ? null : expectedVersion.longValue(),
                adjudication == null ? null : adjudication.toRequest());
        return oneRecord(functions.<ClaimAnswer>claimStatus(api -> api.moveClaim(functions.auth(), idempotencyKey, id, body)));
    }

    @Mutation("addLaterCoverage")
    @Description("Adds a coverage the patient reported after the claim was billed, after the claim's payer (the "
            + "secondary after a primary claim, the tertiary after a secondary one; claim-status's POST "
            + "/claims/{id}/coverages). When the claim's payer has decided, the next payer's claim is made at once "
            + "(nextClaim) and the patient's invoice is voided as moved to it; before, only the coverage is added.")
    public @NonNull ClaimView addLaterCoverage(@NonNull @Id String claimId, @NonNull Inputs.CoverageInput coverage,
                                               String idempotencyKey) {
        Requests.LaterCoverage body = new Requests.LaterCoverage(coverage.toRequest());
        return oneRecord(functions.<ClaimAnswer>claimStatus(api -> api.addLaterCoverage(functions.auth(), idempotencyKey,
                claimId, body)));
    }

    /**
     * Claim.x12Preview: claim-creation's GET /claims/{id}/837 with the caller's token (same roles). Batched only so
     * that a list asking for it is refused at once: each preview is a call to the function, one claim per request.
     */
    @Name("x12Preview")
    @Description("The claim as an X12 837P 005010X222A1 preview (claim-creation's GET /claims/{id}/837); "
            + "one claim per request.")
    public List<String> x12Preview(@Source List<ClaimView> source) {
        if (source.size() > 1) {
            throw new GatewayError("x12-preview-one-claim", "x12Preview", "ask for x12Preview of one claim at a time");
        }
        return source.stream().map(c -> functions.claimCreation(api -> api.preview837(functions.auth(), c.id())))
                .toList();
    }

    /** Claim.previousClaim, batched: one BatchGetItem for a page of claims. */
    @Name("previousClaim")
    @Description("The claim to the payer before this claim's payer (the primary's for a secondary claim); null for a "
            + "primary claim.")
    public List<ClaimView> previousClaim(@Source List<ClaimView> source) {
        return linked(source, source.stream().map(ClaimView::previousClaimId).toList());
    }

    /** Claim.nextClaim, batched: one BatchGetItem for a page of claims. */
    @Name("nextClaim")
    @Description("The claim to the payer after this claim's payer, made when this claim's adjudication was posted "
            + "and the visit has a later coverage; null otherwise.")
    public List<ClaimView> nextClaim(@Source List<ClaimView> source) {
        return linked(source, source.stream().map(ClaimView::nextClaimId).toList());
    }

    /** The claims of {@code ids} (one per source claim, null where none), audited when read through one record. */
    private List<ClaimView> linked(List<ClaimView> source, List<String> ids) {
        PracticeId practice = caller.practice();
        Map<ClaimId, Claim> found = claims.findAll(practice, ids.stream().filter(java.util.Objects::nonNull)
                .distinct().map(ClaimId::new).toList());
        ClaimAge age = age(AgeBasis.DATE_OF_SERVICE);
        List<ClaimView> out = new java.util.ArrayList<>(source.size());
        for (int i = 0; i < source.size(); i++) {
            Claim c = ids.get(i) == null ? null : found.get(new ClaimId(ids.get(i)));
            if (c != null && source.get(i).oneRecord()) {
                reads.linked("claim", c.id().value(), c.version());
            }
            out.add(c == null ? null : ClaimView.of(c, age, source.get(i).oneRecord()));
        }
        return out;
    }

    /**
     * Claim.encounter, batched: one BatchGetItem for a whole page of claims. Read through one patient's claim, the
     * encounter is audited as a read of that record ({@link RecordReads}).
     */
    @Name("encounter")
    public List<EncounterView> claimEncounter(@Source List<ClaimView> source) {
        PracticeId practice = caller.practice();
        Map<EncounterId, Encounter> found = encounters.findAll(practice,
                source.stream().map(c -> new EncounterId(c.encounterId())).toList());
        return source.stream().map(c -> {
            Encounter e = found.get(new EncounterId(c.encounterId()));
            if (e == null) {
                return null;
            }
            if (c.oneRecord()) {
                reads.linked("encounter", e.id().value(), e.version());
            }
            return EncounterView.of(e, c.oneRecord());
        }).toList();
    }

    /**
     * Encounter.claims, batched: one index Query per distinct encounter, never per field resolution. Read through
     * one patient's encounter, each claim is audited as a read of that record.
     */
    @Name("claims")
    public List<List<ClaimView>> encounterClaims(@Source List<EncounterView> source) {
        PracticeId practice = caller.practice();
        Map<EncounterId, List<Claim>> found = claims.byEncounters(practice,
                source.stream().map(e -> new EncounterId(e.id())).toList());
        ClaimAge age = age(AgeBasis.DATE_OF_SERVICE);
        return source.stream().map(e -> found.getOrDefault(new EncounterId(e.id()), List.of()).stream().map(c -> {
            if (e.oneRecord()) {
                reads.linked("claim", c.id().value(), c.version());
            }
            return ClaimView.of(c, age, e.oneRecord());
        }).toList()).toList();
    }

    private Claim load(PracticeId practice, String id) {
        ClaimId claimId;
        try {
            claimId = new ClaimId(id);
        } catch (InvalidValueException e) {
            throw notFound();
        }
        return claims.find(practice, claimId).orElseThrow(ClaimsGraph::notFound);
    }

    private static GatewayError notFound() {
        return new GatewayError("not-found", "id", "no such claim");
    }

    private ClaimView oneRecord(Claim c) {
        return ClaimView.of(c, age(AgeBasis.DATE_OF_SERVICE), true);
    }

    private ClaimView oneRecord(ClaimAnswer c) {
        return ClaimView.of(c, age(AgeBasis.DATE_OF_SERVICE), true);
    }

    private ClaimAge age(AgeBasis basis) {
        PracticeId practice = caller.practice();
        return new ClaimAge(basis == null ? AgeBasis.DATE_OF_SERVICE : basis, clock.today(practice), clock.zoneOf(practice));
    }

    private static Set<ClaimStatus> statusSet(List<ClaimStatus> statuses) {
        return OpenClaimsQuery.statusSet(statuses);
    }

    static <T> T cursorSafe(java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (InvalidValueException e) {
            throw new GatewayError(e.rule(), "after", e.getMessage());
        }
    }
}
