package org.openbilling.gateway;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.openbilling.contract.AcknowledgementAnswer;
import org.openbilling.contract.RemittanceAnswer;
import org.openbilling.contract.Requests;
import org.openbilling.contract.SubmissionAnswer;
import org.openbilling.gateway.functions.Functions;
import org.openbilling.gateway.types.Views;

/**
 * Sending claims (837P batches), asking payers where claims stand (276), and posting what comes back (999, 277CA,
 * 277, 835), through the claim-status function.
 */
@GraphQLApi
@ApplicationScoped
public class SubmissionsGraph {
    /** Lambda caps a request at 6 MB; the function refuses X12 over its own limit with 413 body-too-large. */
    static final int MAX_X12_CHARS = 5 * 1024 * 1024;


    private final Functions functions;

    public SubmissionsGraph(Functions functions) {
        this.functions = functions;
    }

    @Name("ControlNumbers")
    public record ControlNumbers(String interchange, String group, List<String> transactions) {
    }

    @Name("Submission")
    public record Submission(@Id String id, List<String> claimIds, ControlNumbers controlNumbers, String x12) {
    }

    @Name("RemittancePosting")
    public record RemittancePosting(int claimsPaid, int claimsPartiallyPaid, int claimsDenied, int claimsReversed,
                                    List<String> invoicesCreated, List<String> unmatched, boolean alreadyPosted,
                                    @Description("Claims found that could not take the payer's verdict, each with "
                                            + "the rule it broke; posting the file again tries exactly these again.")
                                    List<NotPosted> notPosted,
                                    @Description("Patient invoices voided because the adjudication they billed was "
                                            + "reversed; credit is what the patient had paid on them.")
                                    List<VoidedInvoice> invoicesVoided,
                                    @Description("Findings about the remittance as a whole, e.g. a BPR total that is "
                                            + "not its claim payments less its provider adjustments.")
                                    List<RemittanceWarning> warnings) {
        static RemittancePosting of(RemittanceAnswer a) {
            return new RemittancePosting(a.claimsPaid(), a.claimsPartiallyPaid(), a.claimsDenied(), a.claimsReversed(),
                    a.invoicesCreated(), a.unmatched(), a.alreadyPosted(),
                    Views.each(a.notPosted(), n -> new NotPosted(n.claimNumber(), n.rule(), n.message())),
                    Views.each(a.invoicesVoided(), v -> new VoidedInvoice(v.invoiceId(), v.claimNumber(), v.credit())),
                    Views.each(a.warnings(), w -> new RemittanceWarning(w.traceNumber(), w.rule(), w.message())));
        }
    }

    @Name("NotPosted")
    public record NotPosted(String claimNumber, String rule, String message) {
    }

    @Name("VoidedInvoice")
    public record VoidedInvoice(String invoiceId, String claimNumber, String credit) {
    }

    @Name("RemittanceWarning")
    public record RemittanceWarning(String traceNumber, String rule, String message) {
    }

    @Name("InquiredClaim")
    public record InquiredClaim(String claimId, String claimNumber,
                                @Description("TRN02 of the 276: the payer's 277 echoes it, which is how the answer "
                                        + "finds its claim.") String trace) {
    }

    @Name("ClaimStatusInquiry")
    public record ClaimStatusInquiry(@Id String id, List<InquiredClaim> claims, ControlNumbers controlNumbers,
                                     String x12, String createdAt) {
    }

    @Name("ClaimStatusResult")
    public record ClaimStatusResult(String claimId, String claimNumber, String trace,
                                    @Description("STC01-1: A acknowledged, P pending, F finalized, R request for "
                                            + "information, E/D no answer possible.") String category,
                                    @Description("ACKNOWLEDGED, PENDING, FINALIZED, REQUEST_FOR_INFORMATION or ERROR.")
                                    String kind,
                                    List<String> statusCodes, String paidAmount,
                                    @Description("False when an earlier post of the same answer recorded it already.")
                                    boolean recorded,
                                    @Description("The CLAIM_STATUS work item the answer calls for, if any.")
                                    String workItemId) {
        static ClaimStatusResult of(AcknowledgementAnswer.ClaimStatus c) {
            return new ClaimStatusResult(c.claimId(), c.claimNumber(), c.trace(), c.category(), c.kind(),
                    c.statusCodes(), c.paidAmount(), c.recorded(), c.workItemId());
        }
    }

    @Name("AcknowledgementPosting")
    public record AcknowledgementPosting(@Description("999, 277CA or 277 (a claim status response).")
                                         String transactionSet, int accepted, int rejected, List<String> unmatched,
                                         List<String> late,
                                         @Description("A 277's answer per claim; empty for a 999 or 277CA.")
                                         List<ClaimStatusResult> statuses) {
        static AcknowledgementPosting of(AcknowledgementAnswer a) {
            return new AcknowledgementPosting(a.transactionSet(), a.accepted(), a.rejected(), a.unmatched(), a.late(),
                    Views.each(a.statuses(), ClaimStatusResult::of));
        }
    }

    @Mutation("inquireClaimStatus")
    @Description("A 276 claim status inquiry (005010X212) of the named claims (SUBMITTED, ACCEPTED or APPEALED), or "
            + "with an empty list of every ACCEPTED claim still waiting on its 835; each claim's history notes it "
            + "(claim-status's POST /claim-status-inquiries).")
    // [String!]! as submitClaims (see there); an empty list is "every ACCEPTED claim"
    public @NonNull ClaimStatusInquiry inquireClaimStatus(@NonNull List<@NonNull String> claimIds, String idempotencyKey) {
        if (claimIds.size() > 1000) {
            throw new GatewayError("too-many-claims", "claimIds", "an inquiry holds at most 1000 claims");
        }
        return functions.claimStatus(api -> api.inquireClaimStatus(functions.auth(), idempotencyKey,
                new Requests.StatusInquiry(claimIds)));
    }

    @Mutation("postAcknowledgement")
    @Description("Posts a 999, a 277CA or a 277 claim status response (claim-status's POST /acknowledgements): "
            + "verdicts and statuses go into the claims' histories once.")
    public @NonNull AcknowledgementPosting postAcknowledgement(@NonNull String x12) {
        if (x12.length() > MAX_X12_CHARS) {
            throw new GatewayError("body-too-large", "x12", "an acknowledgement is at most 5 MB");
        }
        return AcknowledgementPosting.of(functions.claimStatus(api -> api.postAcknowledgement(functions.auth(), x12)));
    }

    @Mutation("submitClaims")
    @Description("One 837P batch of READY claims (and pending voids); the claims become SUBMITTED (claim-status's POST /submissions).")
    // [String!]!, not the contract's [ID!]!: SmallRye GraphQL 2 declares @Id on a list but cannot coerce its
    // elements at run time ("Unknown Scalar Type [java.util.List]"); an @Id String[] fails the same way ("Unknown
    // Scalar Type [[Ljava.lang.String;]", tried 2026-12-04) and @Id is no type-use annotation (List<@Id String> does
    // not compile); ids are strings either way
    public @NonNull Submission submitClaims(@NonNull List<@NonNull String> claimIds, String idempotencyKey) {
        if (claimIds.isEmpty() || claimIds.size() > 1000) {
            throw new GatewayError("claim-ids-count", "claimIds", "send 1 to 1000 claim ids");
        }
        SubmissionAnswer s = functions.claimStatus(api -> api.submit(functions.auth(), idempotencyKey,
                new Requests.Submit(claimIds)));
        SubmissionAnswer.ControlNumbers n = s.controlNumbers();
        return new Submission(s.id(), s.claimIds(),
                n == null ? null : new ControlNumbers(n.interchange(), n.group(), n.transactions()), s.x12());
    }

    @Mutation("postRemittance")
    @Description("Posts an X12 835 (claim-status's POST /remittances): payments, adjustments, patient shares; once per trace number and payer.")
    public @NonNull RemittancePosting postRemittance(@NonNull String x12) {
        if (x12.length() > MAX_X12_CHARS) {
            throw new GatewayError("body-too-large", "x12", "an 835 is at most 5 MB");
        }
        return RemittancePosting.of(functions.claimStatus(api -> api.postRemittance(functions.auth(), x12)));
    }
}
