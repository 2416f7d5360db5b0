package org.openbilling.gateway;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.openbilling.contract.Requests;
import org.openbilling.contract.SubmissionAnswer;
import org.openbilling.gateway.functions.Functions;

/** Sending claims (837P batches) and posting the payer's remittances (835), through the claim-status function. */
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
        return functions.claimStatus(api -> api.postRemittance(functions.auth(), x12));
    }
}
