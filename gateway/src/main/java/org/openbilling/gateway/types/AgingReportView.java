package org.openbilling.gateway.types;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.openbilling.domain.claim.AgeBasis;

/** A/R aging: open claims' insurance balances and invoices' patient balances by age, as of one day. */
@Name("AgingReport")
@Description("Accounts receivable by age as of a day: insurance (open claims' insuranceBalance, aged by ageBy: from "
        + "the date of service, or from first submission or creation while READY) and patient (outstanding invoices' "
        + "balance, aged from issuedOn).")
public record AgingReportView(@NonNull LocalDate asOf, @NonNull AgeBasis ageBy,
                              @NonNull List<@NonNull AgingBucketView> insurance,
                              @NonNull List<@NonNull AgingBucketView> patient,
                              @NonNull List<@NonNull PayerAgingView> byPayer) {

    /** One age bucket: items whose age in days is from minDays to maxDays (null: no upper bound). */
    @Name("AgingBucket")
    @Description("Items aged from minDays to maxDays (null: no upper bound): how many, and their balance summed.")
    public record AgingBucketView(@NonNull String label, int minDays, Integer maxDays, int count,
                                  @NonNull String balance) {
    }

    /** One payer's open claims at one place in the chain by age; total is the sum of its buckets. */
    @Name("PayerAging")
    @Description("One payer's open claims by age, at one place in the chain of payers (a payer that is primary for "
            + "some claims and secondary for others has a row for each); total sums its buckets. Largest total first.")
    public record PayerAgingView(@NonNull String payerId, String payerName, int count, @NonNull String total,
                                 @NonNull List<@NonNull AgingBucketView> buckets,
                                 @NonNull @Description("The payer's place: PRIMARY, SECONDARY or TERTIARY")
                                 String payerSequence) {
    }
}
