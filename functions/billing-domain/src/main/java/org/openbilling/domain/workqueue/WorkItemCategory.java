package org.openbilling.domain.workqueue;

/** Why a work item exists: the kind of event or silence that needs a person. */
public enum WorkItemCategory {
    /** A 999 or 277CA refused the claim: fix it and send it again. */
    REJECTION,
    /** An 835 denied the claim or one of its lines (the denial category says which kind). */
    DENIAL,
    /** No 277CA (or 999) within the payer's days after submission. */
    NO_ACKNOWLEDGEMENT,
    /** No 835 within the payer's days after acceptance. */
    NO_PAYMENT,
    /** The payer's timely filing limit is close and the claim is not yet accepted. */
    FILING_DEADLINE,
    /** The appeal limit of a denied claim is close. */
    APPEAL_DEADLINE,
    /** A 277 answer to a claim status inquiry that needs a person (pending for information, denied, not found). */
    CLAIM_STATUS,
    /** A file from the clearinghouse that could not be posted and was set aside. */
    FILE_QUARANTINED
}
